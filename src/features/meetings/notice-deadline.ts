import { osloDay } from "../../domain/time.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days in Norway from the notice to the meeting day. */
export function daysOfNotice(now: Date, meetingStart: Date): number {
  return Math.round(
    (Date.parse(`${osloDay(meetingStart)}T00:00:00Z`) - Date.parse(`${osloDay(now)}T00:00:00Z`)) /
      DAY_MS,
  );
}

/** A notice sent now comes later than the body's rules ask; warned about, not refused. */
export function isShortNotice({
  now,
  meetingStart,
  noticeDays,
}: {
  now: Date;
  meetingStart: Date;
  noticeDays: number;
}): boolean {
  return daysOfNotice(now, meetingStart) < noticeDays;
}
