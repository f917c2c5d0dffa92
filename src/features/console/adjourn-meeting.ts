import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { requestDecisionNotices } from "../decision-notices/issue-decision-notices-job.ts";

/**
 * The chair closes the meeting (hever møtet); the minutes' end time. Only an open meeting can
 * be closed, and only once. The decisions taken go to the case officers as decision notices
 * after commit. The caller has locked the meeting.
 */
export async function adjournMeeting({
  actor,
  meeting,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ closedAt: Date }>> {
  if (meeting.opened_at === null) return refused({ form: "Møtet er ikke satt ennå." });
  if (meeting.closed_at !== null) return refused({ form: "Møtet er allerede hevet." });
  await tx
    .updateTable("meeting")
    .set({ closed_at: now, updated_at: now })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.adjourn",
    // The live public page shows when the meeting was opened and closed.
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: { closedAt: now.toISOString() },
  });
  await requestDecisionNotices(tx, meeting.id);
  return succeeded({ closedAt: now });
}
