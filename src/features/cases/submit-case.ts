import type { Actor } from "../../audit.ts";
import { type Outcome, refused } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { takeCaseStep } from "./case-step.ts";
import type { LockedCase } from "./queries.ts";

/** Sends a draft to the one who signs for the chief executive; the caller has authorized it. */
export async function submitCase({
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
  // The recommendation is what the approver signs; without one there is nothing to approve.
  if (current.status === "draft" && current.recommendation.trim() === "")
    return refused({
      recommendation: "Skriv kommunedirektørens innstilling før du sender saken til godkjenning.",
    });
  // The comment of an earlier return has been answered; the audit log keeps it.
  return takeCaseStep({
    actor,
    current,
    step: "submit",
    set: { submitted_at: now, returned_comment: null, returned_at: null },
    now,
    tx,
  });
}
