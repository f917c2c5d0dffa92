import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { requestDecisionNotices } from "../decision-notices/issue-decision-notices-job.ts";

/**
 * Records that the meeting took place and when it ended (møtet er hevet). Only a meeting whose
 * notice went out can have been held, and only once it is over. Its decisions go to the case
 * officers as decision notices after commit. The caller has locked it.
 */
export async function holdMeeting({
  actor,
  meeting,
  endsAt,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  endsAt: Date;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  if (meeting.status !== "notice_published")
    return refused({
      form:
        meeting.status === "planned"
          ? "Innkallingen er ikke sendt, så møtet kan ikke føres som holdt."
          : "Møtet er allerede holdt eller avlyst.",
    });
  if (endsAt <= meeting.starts_at) return refused({ end: "Sluttiden må være etter starttiden." });
  if (endsAt > now) return refused({ end: "Møtet kan ikke føres som holdt før det er slutt." });
  await tx
    .updateTable("meeting")
    .set({ status: "held", ends_at: endsAt, updated_at: now })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.hold",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: { endsAt: endsAt.toISOString() },
  });
  await requestDecisionNotices(tx, meeting.id);
  return succeeded({ meetingId: meeting.id });
}
