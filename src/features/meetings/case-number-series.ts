import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { CaseType } from "../../db/schema.ts";
import { drawSeriesNumbers, lastNumberBefore } from "../../domain/numbering.ts";

/**
 * Gives the items their numbers in the body's yearly series (møtesaksnummer), in the order
 * given, from where each series stands or was set to start. An item outside every series
 * (Eventuelt) stays unnumbered. The series rows are locked for the rest of the transaction, so two meetings of the
 * same body numbered at the same time never draw the same number.
 */
export async function assignSeriesNumbers({
  tx,
  bodyId,
  year,
  items,
}: {
  tx: Database;
  bodyId: number;
  year: number;
  items: ReadonlyArray<{ id: number; caseType: CaseType | null }>;
}): Promise<Map<number, number>> {
  // Sorted, so concurrent transactions lock the rows in the same order and cannot deadlock.
  const caseTypes = [
    ...new Set(items.flatMap((item) => (item.caseType === null ? [] : [item.caseType]))),
  ].sort();
  if (caseTypes.length === 0) return new Map();
  await tx
    .insertInto("case_number_series")
    .values(caseTypes.map((caseType) => ({ body_id: bodyId, case_type: caseType, year })))
    .onConflict((conflict) => conflict.columns(["body_id", "case_type", "year"]).doNothing())
    .execute();
  const series = await tx
    .selectFrom("case_number_series")
    .select(["case_type", "last_number", "first_number"])
    .where("body_id", "=", bodyId)
    .where("year", "=", year)
    .where("case_type", "in", caseTypes)
    .orderBy("case_type")
    .forUpdate()
    .execute();
  const { assigned, lastNumbers } = drawSeriesNumbers(
    items.map((item) => ({ id: item.id, caseType: item.caseType, number: null })),
    new Map(
      series.map((row) => [
        row.case_type,
        lastNumberBefore({ lastNumber: row.last_number, firstNumber: row.first_number }),
      ]),
    ),
  );
  for (const [caseType, lastNumber] of lastNumbers)
    await tx
      .updateTable("case_number_series")
      .set({ last_number: lastNumber })
      .where("body_id", "=", bodyId)
      .where("year", "=", year)
      .where("case_type", "=", caseType)
      .execute();
  const numbers = sql.join(
    [...assigned].map(([id, number]) => sql`when ${id}::integer then ${number}::integer`),
    sql` `,
  );
  await tx
    .updateTable("agenda_item")
    .set({ series_year: year, series_number: sql<number>`case id ${numbers} end` })
    .where("id", "in", [...assigned.keys()])
    .execute();
  return assigned;
}
