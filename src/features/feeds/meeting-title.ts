import { formatMeetingNumber } from "../../domain/numbering.ts";
import { formatTime, formatWeekdayDate } from "../../domain/time.ts";

/** "Formannskapet, møte 5/2026" once the notice has numbered the meeting; the body's name before. */
export function meetingTitle(row: {
  body_name: string;
  series_year: number | null;
  series_number: number | null;
}): string {
  return row.series_year !== null && row.series_number !== null
    ? `${row.body_name}, ${formatMeetingNumber({ year: row.series_year, number: row.series_number }).toLowerCase()}`
    : row.body_name;
}

/** Where the meeting is, as a calendar or a reader shows it. */
export function meetingPlace(row: { location: string; room: string; is_remote: boolean }): string {
  const place = [row.location, row.room].filter((part) => part !== "").join(", ");
  if (!row.is_remote) return place;
  return place === "" ? "Fjernmøte" : `${place} (også fjernmøte)`;
}

export const meetingWhen = (startsAt: Date): string =>
  `${formatWeekdayDate(startsAt)} kl. ${formatTime(startsAt)}`;
