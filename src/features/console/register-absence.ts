import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { isMembershipValidOn } from "../../domain/membership.ts";
import { osloDay } from "../../domain/time.ts";
import { actorName, auditConsole } from "./console-audit.ts";
import { meetingItem } from "./meeting-items.ts";

/**
 * Forfall: a member (or a substitute) of the body reports that they cannot meet, for the whole
 * meeting or from an item on, with the reason the minutes give. A person has one absence at a
 * time per meeting. The caller has locked the meeting.
 */
export async function registerAbsence({
  actor,
  meeting,
  personId,
  fromItemId,
  reason,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  personId: number;
  /** Null for the whole meeting. */
  fromItemId: number | null;
  reason: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ absenceId: number }>> {
  const day = osloDay(meeting.starts_at);
  const seats = await tx
    .selectFrom("membership")
    .select(["starts_on", "ends_on", "role"])
    .where("body_id", "=", meeting.body_id)
    .where("person_id", "=", personId)
    .execute();
  if (
    !seats.some(
      (seat) =>
        seat.role !== "observer" &&
        isMembershipValidOn({ startsOn: seat.starts_on, endsOn: seat.ends_on }, day),
    )
  )
    return refused({ person: "Velg et medlem eller varamedlem av utvalget." });
  if (reason.trim() === "") return refused({ reason: "Skriv grunnen til forfallet." });
  if (fromItemId !== null) await meetingItem(tx, meeting.id, fromItemId);
  const existing = await tx
    .selectFrom("absence")
    .select("id")
    .where("meeting_id", "=", meeting.id)
    .where("person_id", "=", personId)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  if (existing) return refused({ person: "Forfall er allerede registrert for denne personen." });
  const row = await tx
    .insertInto("absence")
    .values({
      meeting_id: meeting.id,
      person_id: personId,
      from_agenda_item_id: fromItemId,
      reason: reason.trim(),
      reported_at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "absence.register",
    details: { absenceId: row.id, personId, fromItemId },
  });
  return succeeded({ absenceId: row.id });
}
