import type { Actor } from "../../audit.ts";
import type { Outcome } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { takeCaseStep } from "./case-step.ts";
import type { LockedCase } from "./queries.ts";

/** Hands the approved case to the secretariat, which puts it on the bodies' agendas. */
export async function markCaseReady({
  actor,
  current,
  now = new Date(),
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  return takeCaseStep({ actor, current, step: "markReady", now, tx });
}
