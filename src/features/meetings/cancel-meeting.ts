import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";

/** Cancels a meeting that has not been held; the caller has locked its row. */
export async function cancelMeeting({
  actor,
  meeting,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  if (meeting.status === "cancelled") return refused({ form: "Møtet er allerede avlyst." });
  if (meeting.status !== "planned" && meeting.status !== "notice_published")
    return refused({ form: "Møtet er holdt og kan ikke avlyses." });
  await tx
    .updateTable("meeting")
    .set({ status: "cancelled", updated_at: now ?? new Date() })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.cancel",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: { previousStatus: meeting.status },
  });
  return succeeded({ meetingId: meeting.id });
}
