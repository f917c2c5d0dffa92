import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { lockMeetingSeries, takenMeetingNumbers } from "./meeting-number-series.ts";
import { noticeIsPublished } from "./meeting-status.ts";

/**
 * Gives a meeting its number by hand before the notice, e.g. for an extra meeting the council's
 * plan already counts; null leaves it to be drawn with the notice. Once the notice is out the
 * number is printed on it and never changes. The caller has locked the meeting.
 */
export async function setMeetingNumber({
  actor,
  meeting,
  number,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  number: number | null;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  if (meeting.status === "cancelled")
    return refused({ form: "Møtet er avlyst og kan ikke endres." });
  if (noticeIsPublished(meeting))
    return refused({
      number: "Møtenummeret står på innkallingen som er sendt, og kan ikke endres.",
    });
  const year = seriesYear(meeting.starts_at);
  if (number !== null) {
    const series = await lockMeetingSeries(tx, meeting.body_id, year);
    if (number < series.first_number)
      return refused({
        number: `Utvalgets møteserie for ${year} starter på ${series.first_number}.`,
      });
    const taken = await takenMeetingNumbers(tx, {
      bodyId: meeting.body_id,
      year,
      exceptMeetingId: meeting.id,
    });
    if (taken.has(number) || number <= series.last_number)
      return refused({ number: `Møte ${number}/${year} er allerede brukt i utvalget.` });
  }
  await tx
    .updateTable("meeting")
    .set({ series_year: number === null ? null : year, series_number: number })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "meeting.set_number",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      seriesYear: number === null ? null : year,
      seriesNumber: number,
      previous: { seriesYear: meeting.series_year, seriesNumber: meeting.series_number },
    },
  });
  return succeeded({ meetingId: meeting.id });
}
