import { type Actor, writeAudit } from "../../audit.ts";
import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { agendaItems } from "./agenda-store.ts";
import { inactiveBodyError, type MeetingInput } from "./meeting-input.ts";
import { isHeld } from "./meeting-status.ts";

const sameInstant = (a: Date | null, b: Date | null): boolean =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Changes a meeting; the caller has locked its row with lockMeeting. */
export async function updateMeeting({
  actor,
  meeting,
  input,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  input: MeetingInput;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  if (meeting.status === "cancelled")
    return refused({ form: "Møtet er avlyst og kan ikke endres." });
  const bodyChanged = input.bodyId !== meeting.body_id;
  const timeChanged =
    !sameInstant(input.startsAt, meeting.starts_at) || !sameInstant(input.endsAt, meeting.ends_at);
  const errors: FieldErrors = {};
  if (isHeld(meeting.status)) {
    if (bodyChanged) errors.body = "Møtet er holdt, så utvalget kan ikke endres.";
    if (timeChanged) errors.date = "Møtet er holdt, så tidspunktet kan ikke endres.";
    if (Object.keys(errors).length > 0) return refused(errors);
  }
  const items = bodyChanged || timeChanged ? await agendaItems(tx, meeting.id) : [];
  if (bodyChanged) {
    // The cases on the agenda were chosen for this body's route and numbered in its series.
    const bodyError =
      items.length > 0
        ? "Utvalget kan ikke endres når møtet har saker på sakslisten."
        : await inactiveBodyError(tx, input.bodyId);
    if (bodyError) return refused({ body: bodyError });
  }
  const numberedYear =
    meeting.series_year ?? items.find((item) => item.series_year !== null)?.series_year;
  if (numberedYear !== undefined && seriesYear(input.startsAt) !== numberedYear)
    return refused({
      date: `Møtet og sakene er nummerert i ${numberedYear}-serien, så møtet kan ikke flyttes til et annet år.`,
    });
  await tx
    .updateTable("meeting")
    .set({
      body_id: input.bodyId,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      location: input.location,
      room: input.room,
      is_remote: input.isRemote,
      updated_at: new Date(),
    })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "meeting.update",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      bodyId: input.bodyId,
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt?.toISOString() ?? null,
      location: input.location,
      room: input.room,
      isRemote: input.isRemote,
      previous: {
        bodyId: meeting.body_id,
        startsAt: meeting.starts_at.toISOString(),
        endsAt: meeting.ends_at?.toISOString() ?? null,
        location: meeting.location,
        room: meeting.room,
        isRemote: meeting.is_remote,
      },
    },
  });
  return succeeded({ meetingId: meeting.id });
}
