import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { CaseType } from "../../db/schema.ts";
import { seriesStartError } from "../../domain/numbering.ts";
import { lockMeetingSeries } from "./meeting-number-series.ts";

/** A body's yearly series: its meeting case numbers of one type, or its meeting numbers. */
export type SeriesName = CaseType | "meeting";

/**
 * Sets where one of a body's series starts in a year, for a municipality that takes Folkestyre
 * into use in the middle of it (the next formannskap case is PS 79/26, not PS 1/26). A start at
 * or below a number already used is refused, since that number is printed somewhere.
 */
export async function setSeriesStart({
  actor,
  bodyId,
  year,
  series,
  firstNumber,
  tx,
}: {
  actor: Actor;
  bodyId: number;
  year: number;
  series: SeriesName;
  firstNumber: number;
  tx: Database;
}): Promise<Outcome<{ bodyId: number }>> {
  const highestUsed =
    series === "meeting"
      ? await meetingSeriesUse(tx, bodyId, year)
      : await lockCaseSeries(tx, { bodyId, year, caseType: series });
  const error = seriesStartError(firstNumber, highestUsed.used);
  if (error) return refused({ firstNumber: error });
  if (series === "meeting")
    await tx
      .updateTable("meeting_number_series")
      .set({ first_number: firstNumber })
      .where("body_id", "=", bodyId)
      .where("year", "=", year)
      .execute();
  else
    await tx
      .updateTable("case_number_series")
      .set({ first_number: firstNumber })
      .where("body_id", "=", bodyId)
      .where("year", "=", year)
      .where("case_type", "=", series)
      .execute();
  await writeAudit(tx, {
    actor,
    action: "body.set_series_start",
    // Only numbers drawn later show the start; the portal shows numbers, not series.
    visibility: "internal",
    entityType: "body",
    entityId: bodyId,
    details: { year, series, firstNumber, previous: highestUsed.firstNumber },
  });
  return succeeded({ bodyId });
}

/** The case series, locked and created for the year when new: its start and last number. */
async function lockCaseSeries(
  tx: Database,
  { bodyId, year, caseType }: { bodyId: number; year: number; caseType: CaseType },
) {
  await tx
    .insertInto("case_number_series")
    .values({ body_id: bodyId, case_type: caseType, year })
    .onConflict((conflict) => conflict.columns(["body_id", "case_type", "year"]).doNothing())
    .execute();
  const row = await tx
    .selectFrom("case_number_series")
    .select(["last_number", "first_number"])
    .where("body_id", "=", bodyId)
    .where("year", "=", year)
    .where("case_type", "=", caseType)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { used: row.last_number, firstNumber: row.first_number };
}

/** The meeting series, locked: the highest number drawn or given a meeting by hand. */
async function meetingSeriesUse(tx: Database, bodyId: number, year: number) {
  const series = await lockMeetingSeries(tx, bodyId, year);
  const given = await tx
    .selectFrom("meeting")
    .select((eb) => eb.fn.max("series_number").as("number"))
    .where("body_id", "=", bodyId)
    .where("series_year", "=", year)
    .executeTakeFirst();
  return {
    used: Math.max(series.last_number, given?.number ?? 0),
    firstNumber: series.first_number,
  };
}
