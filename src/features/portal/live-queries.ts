import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { AccessStatus } from "../../db/schema.ts";
import { agendaPublished } from "../public-access/published.ts";

/** The meeting as the live page follows it: when it was opened and closed, and its body's rules. */
export async function findLiveMeeting(db: Database, meetingId: number) {
  return db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select([
      "m.id",
      "m.starts_at",
      "m.status",
      "m.location",
      "m.opened_at",
      "m.closed_at",
      "b.name as body_name",
      "b.settings as body_settings",
      agendaPublished("m").as("agenda_published"),
    ])
    .where("m.id", "=", meetingId)
    .executeTakeFirst();
}

export type LiveMeetingRow = NonNullable<Awaited<ReturnType<typeof findLiveMeeting>>>;

/** The agenda with when each item's treatment began, from the public views only. */
export async function findLiveAgenda(db: Database, meetingId: number) {
  return db
    .selectFrom("public_agenda_item as a")
    .leftJoin("public_case as c", "c.id", "a.case_id")
    .select((eb) => [
      "a.id",
      "a.position",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.is_closed",
      "a.closed_basis",
      "a.decision",
      "a.started_at",
      "a.postponed_at",
      "a.postponement",
      "a.withdrawn_at",
      // The checks on agenda_item give every item a case or a title of its own.
      eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
      sql<AccessStatus>`coalesce(${eb.ref("c.access")}, 'public')`.as("access"),
      "c.exemption_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .orderBy("a.position")
    .execute();
}

export type LiveAgendaRow = Awaited<ReturnType<typeof findLiveAgenda>>[number];
