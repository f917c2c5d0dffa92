import type { Database } from "../../db/database.ts";
import type { CaseType } from "../../db/schema.ts";
import { lastNumberBefore, nextMeetingNumber } from "../../domain/numbering.ts";
import type { SeriesName } from "./set-series-start.ts";

/** One of a body's series in a year, as the body's numbering page shows it. */
export interface SeriesView {
  series: SeriesName;
  firstNumber: number;
  /** The highest number used so far; 0 when none. */
  lastUsed: number;
  nextNumber: number;
}

export const CASE_SERIES: readonly CaseType[] = ["PS", "RS", "OS", "FO", "SP", "DS"];

/** The body's case-number series per type and its meeting numbers, in one year. */
export async function seriesOfBody(
  db: Database,
  { bodyId, year }: { bodyId: number; year: number },
): Promise<SeriesView[]> {
  const [cases, meetings, numbered] = await Promise.all([
    db
      .selectFrom("case_number_series")
      .select(["case_type", "first_number", "last_number"])
      .where("body_id", "=", bodyId)
      .where("year", "=", year)
      .execute(),
    db
      .selectFrom("meeting_number_series")
      .select(["first_number", "last_number"])
      .where("body_id", "=", bodyId)
      .where("year", "=", year)
      .executeTakeFirst(),
    db
      .selectFrom("meeting")
      .select("series_number")
      .where("body_id", "=", bodyId)
      .where("series_year", "=", year)
      .execute(),
  ]);
  const caseSeries = CASE_SERIES.map((caseType): SeriesView => {
    const row = cases.find((candidate) => candidate.case_type === caseType);
    const firstNumber = row?.first_number ?? 1;
    const lastUsed = row?.last_number ?? 0;
    return {
      series: caseType,
      firstNumber,
      lastUsed,
      nextNumber: lastNumberBefore({ lastNumber: lastUsed, firstNumber }) + 1,
    };
  });
  // Meeting numbers given by hand before a notice count as used; the next notice passes them.
  const taken = new Set(
    numbered.flatMap((row) => (row.series_number === null ? [] : [row.series_number])),
  );
  const firstNumber = meetings?.first_number ?? 1;
  const lastNumber = meetings?.last_number ?? 0;
  return [
    ...caseSeries,
    {
      series: "meeting",
      firstNumber,
      lastUsed: Math.max(lastNumber, ...taken),
      nextNumber: nextMeetingNumber(lastNumberBefore({ lastNumber, firstNumber }), taken),
    },
  ];
}
