import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { lastNumberBefore, nextMeetingNumber, seriesYear } from "../../domain/numbering.ts";

/**
 * Locks the body's meeting-number series for the year, creating it when the year is new, and
 * returns where it stands. Held for the rest of the transaction, so two notices of the same body
 * published at once take turns and never draw the same number.
 */
export async function lockMeetingSeries(tx: Database, bodyId: number, year: number) {
  await tx
    .insertInto("meeting_number_series")
    .values({ body_id: bodyId, year })
    .onConflict((conflict) => conflict.columns(["body_id", "year"]).doNothing())
    .execute();
  return tx
    .selectFrom("meeting_number_series")
    .select(["last_number", "first_number"])
    .where("body_id", "=", bodyId)
    .where("year", "=", year)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** The numbers the body's other meetings of the year hold, drawn or given by hand. */
export async function takenMeetingNumbers(
  tx: Database,
  { bodyId, year, exceptMeetingId }: { bodyId: number; year: number; exceptMeetingId: number },
): Promise<Set<number>> {
  const rows = await tx
    .selectFrom("meeting")
    .select("series_number")
    .where("body_id", "=", bodyId)
    .where("series_year", "=", year)
    .where("id", "<>", exceptMeetingId)
    .execute();
  return new Set(rows.flatMap((row) => (row.series_number === null ? [] : [row.series_number])));
}

/**
 * Gives the meeting its number in the body's year when the notice is published (møte 5/2026): a
 * number the secretariat set by hand stands, otherwise the next free one is drawn. Either way the
 * series moves past it, so a number printed on a notice is never handed out again.
 */
export async function assignMeetingNumber(
  tx: Database,
  meeting: Meeting,
): Promise<{ year: number; number: number }> {
  const year = seriesYear(meeting.starts_at);
  const series = await lockMeetingSeries(tx, meeting.body_id, year);
  const number =
    meeting.series_number ??
    nextMeetingNumber(
      lastNumberBefore({ lastNumber: series.last_number, firstNumber: series.first_number }),
      await takenMeetingNumbers(tx, { bodyId: meeting.body_id, year, exceptMeetingId: meeting.id }),
    );
  await tx
    .updateTable("meeting_number_series")
    .set({ last_number: Math.max(series.last_number, number) })
    .where("body_id", "=", meeting.body_id)
    .where("year", "=", year)
    .execute();
  await tx
    .updateTable("meeting")
    .set({ series_year: year, series_number: number })
    .where("id", "=", meeting.id)
    .execute();
  return { year, number };
}
