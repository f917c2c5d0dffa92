import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";

/**
 * The case officer opened the notice: it is read from now on and leaves the unread count. Only
 * the first opening counts, so the time stays when they first saw it. The caller has authorized
 * the case officer for the notice.
 */
export async function markDecisionNoticeRead({
  actor,
  noticeId,
  now,
  tx,
}: {
  actor: Actor;
  noticeId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ marked: boolean }>> {
  const updated = await tx
    .updateTable("decision_notice")
    .set({ read_at: now })
    .where("id", "=", noticeId)
    .where("read_at", "is", null)
    .where("sent_at", "is not", null)
    .returning("id")
    .executeTakeFirst();
  if (!updated) return succeeded({ marked: false });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "decision_notice.read",
    visibility: "internal",
    entityType: "decision_notice",
    entityId: noticeId,
  });
  return succeeded({ marked: true });
}
