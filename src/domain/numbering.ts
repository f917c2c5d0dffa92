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

/** "PS 12/26", or "Ikke nummerert" before the notice has drawn the item's number. */
export function caseNumberLabel(item: {
  caseType: CaseType;
  year: number | null;
  number: number | null;
}): string {
  return item.year !== null && item.number !== null
    ? formatCaseNumber({ caseType: item.caseType, year: item.year, number: item.number })
    : "Ikke nummerert";
}

export interface NumberingItem {
  id: number;
  caseType: CaseType;
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
    if (item.number !== null) continue;
    const number = (next.get(item.caseType) ?? 0) + 1;
    next.set(item.caseType, number);
    assigned.set(item.id, number);
  }
  return { assigned, lastNumbers: next };
}

/** The series year of a meeting is its calendar year in Norway, not in UTC. */
export function seriesYear(meetingStart: Date): number {
  return osloParts(meetingStart).year;
}
