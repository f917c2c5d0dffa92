import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";

/**
 * The minutes (protokoll) of a held meeting are approved, usually at the body's next meeting;
 * after that its decisions stand as written. The caller has locked the meeting.
 */
export async function approveMinutes({
  actor,
  meeting,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  if (meeting.status !== "held")
    return refused({
      form:
        meeting.status === "minutes_approved"
          ? "Protokollen er allerede godkjent."
          : "Protokollen kan bare godkjennes for et møte som er holdt.",
    });
  await tx
    .updateTable("meeting")
    .set({ status: "minutes_approved", updated_at: now })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.approve_minutes",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
  });
  return succeeded({ meetingId: meeting.id });
}
