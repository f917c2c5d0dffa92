/** Dates and times as Norwegians read them, always in Europe/Oslo whatever the server's zone. */
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
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
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
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function osloParts(at: Date): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(at))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The calendar day in Norway, "YYYY-MM-DD". */
export function osloDay(at: Date): string {
  const { year, month, day } = osloParts(at);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The instant of a wall-clock time in Norway ("2026-03-29", "18:00"). Found by correcting the
 * UTC guess with the zone offset at that instant, twice, which settles across DST changes.
 */
export function osloDateTime(day: string, time: string): Date {
  const [y, mo, d] = day.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wanted = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const p = osloParts(new Date(guess));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** "YYYY-MM-DD" strictly, and a real calendar day. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
}

/** A calendar day ("YYYY-MM-DD") as Norwegians read it: "1. oktober 2023". */
export const formatDay = (day: string): string => formatDate(osloDateTime(day, "12:00"));
