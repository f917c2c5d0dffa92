import { osloDateTime, osloParts } from "../../domain/time.ts";

/** A calendar month in Norway; the calendar's `maned` parameter is "YYYY-MM". */
export interface Month {
  year: number;
  month: number;
}

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(value: string): Month | null {
  const match = MONTH_PATTERN.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function monthOf(at: Date): Month {
  const { year, month } = osloParts(at);
  return { year, month };
}

export function formatMonthParam({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The instant the month begins in Norway, midnight local time on the first. */
export function monthStart(month: Month): Date {
  return osloDateTime(`${formatMonthParam(month)}-01`, "00:00");
}
