import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { agendaPublished } from "../public-access/published.ts";

/**
 * What the calendar and the Atom feeds read. Meetings are public from the moment they are
 * planned (the meeting plan is published); agendas, decisions and minutes only through the
 * public views and once the notice is out, as on the portal's pages.
 */

/** A calendar holds the past year too, so a subscriber keeps the meetings just held. */
export async function findCalendarMeetings(
  db: Database,
  scope: { from: Date; bodyId?: number | undefined },
) {
  let query = db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select((eb) => [
      "m.id",
      "m.starts_at",
      "m.ends_at",
      "m.location",
      "m.room",
      "m.is_remote",
      "m.status",
      "m.updated_at",
      "m.series_year",
      "m.series_number",
      "b.name as body_name",
      // Each change the public saw makes a subscriber's calendar take the new version.
      eb
        .selectFrom("change_event as e")
        .select(sql<number>`count(*)::int`.as("n"))
        .where("e.entity_type", "=", "meeting")
        .whereRef("e.entity_id", "=", sql`m.id::text`)
        .where("e.action", "in", ["meeting.update", "meeting.cancel"])
        .where("e.public", "=", true)
        .as("sequence"),
    ])
    .where("m.starts_at", ">=", scope.from);
  if (scope.bodyId !== undefined) query = query.where("m.body_id", "=", scope.bodyId);
  return query.orderBy("m.starts_at").orderBy("m.id").execute();
}

export type CalendarMeetingRow = Awaited<ReturnType<typeof findCalendarMeetings>>[number];

const feedMeetingColumns = [
  "m.id",
  "m.starts_at",
  "m.location",
  "m.room",
  "m.is_remote",
  "m.status",
  "m.updated_at",
  "m.notice_published_at",
  "m.series_year",
  "m.series_number",
  "b.name as body_name",
] as const;

/** Meetings by when they last changed: planned, moved, cancelled, held, minutes approved. */
export async function findChangedMeetings(
  db: Database,
  scope: { bodyId?: number | undefined; limit: number },
) {
  let query = db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(feedMeetingColumns);
  if (scope.bodyId !== undefined) query = query.where("m.body_id", "=", scope.bodyId);
  return query.orderBy("m.updated_at", "desc").orderBy("m.id", "desc").limit(scope.limit).execute();
}

export type FeedMeetingRow = Awaited<ReturnType<typeof findChangedMeetings>>[number];

/** Meetings whose notice and agenda are out, the latest first. */
export async function findPublishedAgendas(
  db: Database,
  scope: { bodyId?: number | undefined; limit: number },
) {
  let query = db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(feedMeetingColumns)
    .where("m.notice_published_at", "is not", null)
    .where(agendaPublished("m"));
  if (scope.bodyId !== undefined) query = query.where("m.body_id", "=", scope.bodyId);
  return query
    .orderBy("m.notice_published_at", "desc")
    .orderBy("m.id", "desc")
    .limit(scope.limit)
    .execute();
}

/** Decisions on published agendas, with the case as the public may see it. */
export async function findFeedDecisions(
  db: Database,
  scope: { bodyId?: number | undefined; limit: number },
) {
  let query = db
    .selectFrom("public_agenda_item as a")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .innerJoin("body as b", "b.id", "m.body_id")
    .leftJoin("public_case as c", "c.id", "a.case_id")
    .select((eb) => [
      "a.id",
      "a.case_id",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.decision",
      "a.decided_at",
      eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
      "c.access",
      "c.exemption_basis",
      "m.id as meeting_id",
      "b.name as body_name",
    ])
    .where("a.decided_at", "is not", null)
    .where(agendaPublished("m"));
  if (scope.bodyId !== undefined) query = query.where("m.body_id", "=", scope.bodyId);
  return query.orderBy("a.decided_at", "desc").orderBy("a.id", "desc").limit(scope.limit).execute();
}

export type FeedDecisionRow = Awaited<ReturnType<typeof findFeedDecisions>>[number];
