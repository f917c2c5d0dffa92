import type { Actor } from "../../audit.ts";
import { type Outcome, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { takeCaseStep } from "./case-step.ts";
import type { LockedCase } from "./queries.ts";
import { writeCaseVersion } from "./write-case-version.ts";

/**
 * Signs the submitted presentation for the chief executive: who and when are kept on the case,
 * and the texts as signed become version 1.
 */
export async function approveCase({
  actor,
  current,
  now = new Date(),
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number; version: number }>> {
  const version = 1;
  const stepped = await takeCaseStep({
    actor,
    current,
    step: "approve",
    set: {
      approved_at: now,
      approved_by_user_id: actor.kind === "user" ? actor.user.id : null,
      approved_by_name: actor.kind === "user" ? actor.user.displayName : actor.name,
      version,
    },
    details: { version },
    now,
    tx,
  });
  if (!stepped.ok) return stepped;
  await writeCaseVersion(tx, {
    actor,
    caseId: current.id,
    version,
    texts: current,
    reason: null,
    now,
  });
  return succeeded({ caseId: current.id, version });
}
