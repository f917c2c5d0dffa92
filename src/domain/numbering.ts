import type { CaseType } from "../db/schema.ts";
import { osloParts } from "./time.ts";

/**
 * Meeting case numbers (møtesaksnummer): each body keeps one series per case type and year,
 * e.g. "PS 12/26". Numbers are drawn in agenda order and never reused, so a removed item
 * leaves a gap rather than handing its number to another case.
 */
export interface SeriesNumber {
  caseType: CaseType;
  year: number;
  number: number;
}

export function formatCaseNumber({ caseType, year, number }: SeriesNumber): string {
  return `${caseType} ${number}/${String(year % 100).padStart(2, "0")}`;
}

/**
 * "PS 12/26", or "Ikke nummerert" before the notice has drawn the item's number; nothing for an
 * item outside every series (Eventuelt).
 */
export function caseNumberLabel(item: {
  caseType: CaseType | null;
  year: number | null;
  number: number | null;
}): string {
  if (item.caseType === null) return "";
  return item.year !== null && item.number !== null
    ? formatCaseNumber({ caseType: item.caseType, year: item.year, number: item.number })
    : "Ikke nummerert";
}

export interface NumberingItem {
  id: number;
  /** Null for an item that is never numbered (Eventuelt). */
  caseType: CaseType | null;
  /** Already numbered items keep their number. */
  number: number | null;
}

/**
 * Draws numbers for the unnumbered items, in the order given, from each series' last number.
 * Returns the new numbers by item id and the new last number per case type.
 */
export function drawSeriesNumbers(
  items: readonly NumberingItem[],
  lastNumbers: ReadonlyMap<CaseType, number>,
): { assigned: Map<number, number>; lastNumbers: Map<CaseType, number> } {
  const next = new Map(lastNumbers);
  const assigned = new Map<number, number>();
  for (const item of items) {
    if (item.number !== null || item.caseType === null) continue;
    const number = (next.get(item.caseType) ?? 0) + 1;
    next.set(item.caseType, number);
    assigned.set(item.id, number);
  }
  return { assigned, lastNumbers: next };
}

/**
 * Where a series stands before its next number: a municipality that starts using Folkestyre in
 * the middle of a year sets the first number (the next formannskap case is PS 79/26), and the
 * series goes on from whichever is further, that start or the last number drawn.
 */
export function lastNumberBefore(series: { lastNumber: number; firstNumber: number }): number {
  return Math.max(series.lastNumber, series.firstNumber - 1);
}

/**
 * Why a series may not start at this number, or null: a start must be a positive whole number
 * above every number already used, since a number once printed is never handed out again.
 */
export function seriesStartError(firstNumber: number, highestUsed: number): string | null {
  if (!Number.isInteger(firstNumber) || firstNumber < 1) return "Skriv et helt tall fra 1.";
  if (firstNumber <= highestUsed)
    return `Nummer ${highestUsed} er allerede brukt i serien, så den kan ikke starte lavere enn ${highestUsed + 1}.`;
  return null;
}

/**
 * The number a meeting gets with its notice (møte 5/2026): the next in the body's year, passing
 * over numbers the secretariat has already given other meetings by hand.
 */
export function nextMeetingNumber(lastBefore: number, taken: ReadonlySet<number>): number {
  let number = lastBefore + 1;
  while (taken.has(number)) number++;
  return number;
}

/** "Møte 5/2026" */
export const formatMeetingNumber = ({ year, number }: { year: number; number: number }): string =>
  `Møte ${number}/${year}`;

/** The series year of a meeting is its calendar year in Norway, not in UTC. */
export function seriesYear(meetingStart: Date): number {
  return osloParts(meetingStart).year;
}
