import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import type { PositionChange } from "./agenda-order.ts";

/**
 * Every change to a meeting or its agenda first locks the meeting row, so two people editing
 * the same agenda at once take turns instead of colliding on positions. A meeting that does
 * not exist answers 404.
 */
export async function lockMeeting(tx: Database, meetingId: number): Promise<Meeting> {
  const meeting = await tx
    .selectFrom("meeting")
    .selectAll()
    .where("id", "=", meetingId)
    .forUpdate()
    .executeTakeFirst();
  if (!meeting) throw new NotFoundError();
  return meeting;
}

/** The agenda in order; call it after lockMeeting. */
export async function agendaItems(tx: Database, meetingId: number) {
  return tx
    .selectFrom("agenda_item")
    .select(["id", "kind", "position", "case_id", "case_type", "series_year", "series_number"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
}

/**
 * Agenda positions stay far below this; parking moving items above it first means no update
 * ever collides with the unique (meeting_id, position) index, which PostgreSQL checks row by
 * row rather than at the end of the statement.
 */
const PARKING_OFFSET = 1_000_000;

export async function writePositions(
  tx: Database,
  changes: readonly PositionChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const ids = changes.map((change) => change.id);
  await tx
    .updateTable("agenda_item")
    .set((eb) => ({ position: eb("position", "+", PARKING_OFFSET) }))
    .where("id", "in", ids)
    .execute();
  const cases = sql.join(
    changes.map((change) => sql`when ${change.id}::integer then ${change.position}::integer`),
    sql` `,
  );
  await tx
    .updateTable("agenda_item")
    .set({ position: sql<number>`case id ${cases} end` })
    .where("id", "in", ids)
    .execute();
}
