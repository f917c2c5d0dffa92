import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { LockedCase } from "./queries.ts";

/** Ends a colleague's share in writing the case. */
export async function unshareCase({
  actor,
  current,
  userId,
  now = new Date(),
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  userId: number;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  const removed = await tx
    .deleteFrom("case_share")
    .where("case_id", "=", current.id)
    .where("user_id", "=", userId)
    .returning("user_id")
    .executeTakeFirst();
  if (!removed) return refused({ form: "Saken er ikke delt med denne brukeren." });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "case.unshare",
    visibility: "internal",
    entityType: "case",
    entityId: current.id,
    details: { userId },
  });
  return succeeded({ caseId: current.id });
}
