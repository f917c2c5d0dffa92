import type { Actor } from "../../audit.ts";
import { type Outcome, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { auditConsole } from "./console-audit.ts";

/**
 * Takes back an arrival or departure recorded by mistake; the audit log keeps what it was.
 * The caller has locked the meeting.
 */
export async function removeAttendance({
  actor,
  meeting,
  eventId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  eventId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ eventId: number }>> {
  const event = await tx
    .deleteFrom("attendance_event")
    .where("id", "=", eventId)
    .where("meeting_id", "=", meeting.id)
    .where("kind", "<>", "present")
    .returning(["person_id", "kind", "agenda_item_id"])
    .executeTakeFirst();
  if (!event) throw new NotFoundError();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "attendance.remove",
    details: { eventId, personId: event.person_id, kind: event.kind, itemId: event.agenda_item_id },
  });
  return succeeded({ eventId });
}
