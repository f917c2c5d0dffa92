import { TZDateMini } from "@date-fns/tz";

/**
 * Dates and times as Norwegians read them, always in Europe/Oslo whatever the server's zone.
 * The one place that knows the zone: formatting goes through Intl, calendar arithmetic and
 * wall-clock conversion through @date-fns/tz (Temporal needs a flag in Node 24).
 */
const ZONE = "Europe/Oslo";

const dateFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});
const weekdayDateFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const shortDateFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: ZONE,
  hour: "2-digit",
  minute: "2-digit",
});
const monthFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: ZONE,
  month: "long",
  year: "numeric",
});

/** "26. november 2026" */
export const formatDate = (at: Date): string => dateFormat.format(at);
/** "torsdag 26. november 2026" */
export const formatWeekdayDate = (at: Date): string => weekdayDateFormat.format(at);
/** "26.11.2026" */
export const formatShortDate = (at: Date): string => shortDateFormat.format(at);
/** "18:00" */
export const formatTime = (at: Date): string => timeFormat.format(at);
/** "november 2026" */
export const formatMonth = (at: Date): string => monthFormat.format(at);

interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** The wall clock and calendar in Norway at an instant. */
export function osloParts(at: Date): LocalParts {
  const local = new TZDateMini(at.getTime(), ZONE);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
    weekday: local.getDay(),
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The calendar day in Norway, "YYYY-MM-DD". */
export function osloDay(at: Date): string {
  const { year, month, day } = osloParts(at);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The instant of a wall-clock time in Norway ("2026-03-29", "18:00"), summer time or not. A
 * time the clocks skip in spring (02:30 on the last Sunday of March) lands an hour later.
 */
export function osloDateTime(day: string, time: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  return new Date(
    new TZDateMini(year ?? 0, (month ?? 1) - 1, date ?? 1, hour ?? 0, minute ?? 0, ZONE).getTime(),
  );
}

/** The calendar day `days` after (or before) a day, "YYYY-MM-DD"; no clock is involved. */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The same wall-clock time in Norway `days` calendar days later, across summer time changes. */
export function addOsloDays(at: Date, days: number): Date {
  const local = new TZDateMini(at.getTime(), ZONE);
  local.setDate(local.getDate() + days);
  return new Date(local.getTime());
}

/** The same wall-clock time in Norway `months` months later (the 31st may become the 1st). */
export function addOsloMonths(at: Date, months: number): Date {
  const local = new TZDateMini(at.getTime(), ZONE);
  local.setMonth(local.getMonth() + months);
  return new Date(local.getTime());
}

/** "YYYY-MM-DD" strictly, and a real calendar day. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
}

/** A calendar day ("YYYY-MM-DD") as Norwegians read it: "1. oktober 2023". */
export const formatDay = (day: string): string => formatDate(osloDateTime(day, "12:00"));
