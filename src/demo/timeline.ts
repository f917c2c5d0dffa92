import { addDays, osloDateTime, osloDay } from "../domain/time.ts";

/**
 * When things happen in the life of a generated meeting, shared by the demo seed and the large
 * generator so both tell the same plausible story relative to their `now`: the agenda is set
 * and the notice sent ten days ahead (more than the statutory default of seven), the meeting
 * lasts three hours, and it is entered as held an hour after it ends. Its decisions are taken
 * while it sits; nothing is held or approved before that moment.
 */

const HOUR_MS = 3_600_000;

export const MEETING_HOURS = 3;
export const NOTICE_DAYS = 10;

export const meetingEnd = (startsAt: Date): Date =>
  new Date(startsAt.getTime() + MEETING_HOURS * HOUR_MS);

/** The notice goes out at 09:00 in Norway, ten calendar days before the meeting day. */
export const noticeTime = (startsAt: Date): Date =>
  osloDateTime(addDays(osloDay(startsAt), -NOTICE_DAYS), "09:00");

/** The secretariat sets the agenda the hour before the notice goes out. */
export const agendaTime = (startsAt: Date): Date =>
  new Date(noticeTime(startsAt).getTime() - HOUR_MS);

/** The meeting is entered as held, with its decisions, an hour after it ended. */
export const minutesTime = (startsAt: Date): Date =>
  new Date(meetingEnd(startsAt).getTime() + HOUR_MS);

/**
 * The time the n-th item (from 0) of an agenda of `count` items was decided: spread over the
 * meeting, so every decision falls within it.
 */
export function decisionTime(startsAt: Date, index: number, count: number): Date {
  const step = (MEETING_HOURS * HOUR_MS) / (count + 1);
  return new Date(startsAt.getTime() + Math.round((index + 1) * step));
}
