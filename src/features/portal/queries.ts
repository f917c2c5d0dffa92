import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { AccessStatus } from "../../db/schema.ts";
import { currentTerm } from "../../domain/terms.ts";
import { agendaPublished, casePublished } from "../public-access/published.ts";

/**
 * The public portal's reads. Cases, agenda items and documents come only from the `public_*`
 * views, which blank out exempt content in the database, so a mistake here cannot leak it.
 */

const meetingColumns = [
  "m.id",
  "m.starts_at",
  "m.ends_at",
  "m.location",
  "m.is_remote",
  "m.status",
  "m.room",
  "m.series_year",
  "m.series_number",
  "b.name as body_name",
  "b.slug as body_slug",
] as const;

export async function findUpcomingMeetings(db: Database, from: Date, limit: number) {
  return db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(meetingColumns)
    .where("m.starts_at", ">=", from)
    .orderBy("m.starts_at")
    .orderBy("m.id")
    .limit(limit)
    .execute();
}

export type MeetingRow = Awaited<ReturnType<typeof findUpcomingMeetings>>[number];

export async function findLatestDecisions(db: Database, limit: number) {
  return db
    .selectFrom("public_agenda_item as a")
    .innerJoin("public_case as c", "c.id", "a.case_id")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select([
      "a.id",
      "c.id as case_id",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.decision",
      "a.decided_at",
      "c.title",
      "c.access",
      "c.exemption_basis",
      "b.name as body_name",
      "m.id as meeting_id",
      "m.starts_at",
    ])
    .where("a.decided_at", "is not", null)
    .where(agendaPublished("m"))
    .orderBy("a.decided_at", "desc")
    .orderBy("a.id", "desc")
    .limit(limit)
    .execute();
}

export type DecisionRow = Awaited<ReturnType<typeof findLatestDecisions>>[number];

export async function findMeetingsBetween(
  db: Database,
  range: { from: Date; to: Date; bodyId?: number | undefined },
) {
  let query = db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(meetingColumns)
    .where("m.starts_at", ">=", range.from)
    .where("m.starts_at", "<", range.to);
  if (range.bodyId !== undefined) query = query.where("m.body_id", "=", range.bodyId);
  return query.orderBy("m.starts_at").orderBy("m.id").execute();
}

export async function findPastMeetingsOfBody(
  db: Database,
  range: { bodyId: number; from: Date; to: Date },
) {
  return db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(meetingColumns)
    .where("m.body_id", "=", range.bodyId)
    .where("m.starts_at", ">=", range.from)
    .where("m.starts_at", "<", range.to)
    .orderBy("m.starts_at", "desc")
    .orderBy("m.id", "desc")
    .execute();
}

export async function findUpcomingMeetingsOfBody(db: Database, bodyId: number, from: Date) {
  return db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(meetingColumns)
    .where("m.body_id", "=", bodyId)
    .where("m.starts_at", ">=", from)
    .orderBy("m.starts_at")
    .orderBy("m.id")
    .execute();
}

export async function findBodies(db: Database) {
  return db
    .selectFrom("body")
    .select(["id", "slug", "name", "description", "is_active"])
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
}

export async function findBodyBySlug(db: Database, slug: string) {
  return db
    .selectFrom("body")
    .select(["id", "slug", "name", "short_name", "kind", "description"])
    .where("slug", "=", slug)
    .executeTakeFirst();
}

export async function findMeeting(db: Database, meetingId: number) {
  return db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select([...meetingColumns, agendaPublished("m").as("agenda_published")])
    .where("m.id", "=", meetingId)
    .executeTakeFirst();
}

/** The agenda in order: cases, and the items without one (approvals, orientations, letters). */
export async function findAgendaOfMeeting(db: Database, meetingId: number) {
  return db
    .selectFrom("public_agenda_item as a")
    .leftJoin("public_case as c", "c.id", "a.case_id")
    .select((eb) => [
      "a.id",
      "a.kind",
      "a.case_id",
      "a.position",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.is_closed",
      "a.closed_basis",
      "a.decision",
      "a.presenter",
      "a.text",
      "a.withdrawn_at",
      "a.withdrawn_reason",
      "a.added_after_notice_at",
      // The checks on agenda_item give every item a case or a title of its own.
      eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
      sql<AccessStatus>`coalesce(${eb.ref("c.access")}, 'public')`.as("access"),
      "c.exemption_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .orderBy("a.position")
    .execute();
}

export type AgendaRow = Awaited<ReturnType<typeof findAgendaOfMeeting>>[number];

/** The letters the meeting's referatsaker report, through the view that hides exempt ones. */
export async function findLettersOfMeeting(db: Database, meetingId: number) {
  return db
    .selectFrom("public_agenda_item_letter as l")
    .innerJoin("public_agenda_item as a", "a.id", "l.agenda_item_id")
    .select([
      "l.id",
      "l.agenda_item_id",
      "l.direction",
      "l.correspondent",
      "l.letter_date",
      "l.title",
      "l.journal_reference",
      "l.access",
      "l.exemption_basis",
    ])
    .where("a.meeting_id", "=", meetingId)
    .orderBy("l.agenda_item_id")
    .orderBy("l.position")
    .execute();
}

export type LetterRow = Awaited<ReturnType<typeof findLettersOfMeeting>>[number];

const documentColumns = [
  "d.id",
  "d.file_name",
  "d.title",
  "d.kind",
  "d.case_id",
  "d.meeting_id",
  "d.position",
  "d.redacted",
  "d.exemption_basis",
] as const;

/**
 * The meeting's own documents and those of the cases on its agenda. Two indexed lookups joined
 * by `union` (which also drops a document attached to both); an `or` of the two conditions
 * cannot use either index and scans every document.
 */
export async function findDocumentsOfMeeting(db: Database, meetingId: number) {
  const ofMeeting = db
    .selectFrom("public_document as d")
    .select(documentColumns)
    .select("d.created_at")
    .where("d.meeting_id", "=", meetingId);
  const ofAgenda = db
    .selectFrom("public_document as d")
    .innerJoin("public_agenda_item as a", "a.case_id", "d.case_id")
    .select(documentColumns)
    .select("d.created_at")
    .where("a.meeting_id", "=", meetingId);
  return db
    .selectFrom(ofMeeting.union(ofAgenda).as("d"))
    .select([
      "d.id",
      "d.file_name",
      "d.title",
      "d.kind",
      "d.case_id",
      "d.meeting_id",
      "d.position",
      "d.redacted",
      "d.exemption_basis",
    ])
    .orderBy(sql`d.position nulls first`)
    .orderBy("d.created_at")
    .orderBy("d.id")
    .execute();
}

export type DocumentRow = Awaited<ReturnType<typeof findDocumentsOfMeeting>>[number];

export async function findPublishedCase(db: Database, caseId: number) {
  return db
    .selectFrom("public_case as c")
    .select([
      "c.id",
      "c.archive_case_number",
      "c.case_type",
      "c.access",
      "c.exemption_basis",
      "c.title",
      "c.summary",
      "c.facts",
      "c.assessment",
      "c.recommendation",
      "c.case_officer",
      "c.responsible_unit",
      "c.status",
      "c.decided_at",
    ])
    .where("c.id", "=", caseId)
    .where(casePublished("c.id"))
    .executeTakeFirst();
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findPublishedCase>>>;

export async function findRouteOfCase(db: Database, caseId: number) {
  return db
    .selectFrom("public_case_route_step as s")
    .innerJoin("body as b", "b.id", "s.body_id")
    .select([
      "s.id",
      "s.position",
      "s.body_id",
      "s.recommendation_by",
      "b.name as body_name",
      "b.slug as body_slug",
    ])
    .where("s.case_id", "=", caseId)
    .orderBy("s.position")
    .execute();
}

export type RouteStepRow = Awaited<ReturnType<typeof findRouteOfCase>>[number];

/**
 * Where the case has been on a published agenda, in meeting order, with each decision and the
 * line of the vote that adopted it, as far as the public views show them: an item closed or about
 * an exempt case has no public votes, and its decision only where the secretariat let it out.
 */
export async function findTreatmentsOfCase(db: Database, caseId: number) {
  return db
    .selectFrom("public_agenda_item as a")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select((eb) => [
      "a.id",
      "a.route_step_id",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.decision",
      "a.decided_at",
      "a.decision_withheld_basis",
      eb
        .selectFrom("public_vote as v")
        .innerJoin("public_proposal as p", "p.id", "v.adopted_proposal_id")
        .select("v.summary")
        .whereRef("v.agenda_item_id", "=", "a.id")
        .where("p.kind", "in", ["recommendation", "alternative"])
        .orderBy("v.number", "desc")
        .limit(1)
        .as("vote_summary"),
      "m.id as meeting_id",
      "m.status as meeting_status",
      "m.body_id",
      "m.starts_at",
      "b.name as body_name",
      "b.slug as body_slug",
    ])
    .where("a.case_id", "=", caseId)
    .where(agendaPublished("m"))
    .orderBy("m.starts_at")
    .orderBy("a.id")
    .execute();
}

export type TreatmentRow = Awaited<ReturnType<typeof findTreatmentsOfCase>>[number];

export async function findDocumentsOfCase(db: Database, caseId: number) {
  return db
    .selectFrom("public_document as d")
    .select(documentColumns)
    .where("d.case_id", "=", caseId)
    .orderBy(sql`d.position nulls first`)
    .orderBy("d.created_at")
    .orderBy("d.id")
    .execute();
}

/** The term the portal shows by default, by the same rule as the workspace (domain/terms.ts). */
export async function findCurrentTerm(db: Database, day: string) {
  const terms = await db
    .selectFrom("term")
    .select(["id", "name", "starts_on as startsOn", "ends_on as endsOn"])
    .execute();
  return currentTerm(terms, day);
}

/** Seats held on the day, with the list (party or joint list) each seat belongs to. */
export async function findSeatsOfBody(
  db: Database,
  scope: { bodyId: number; termId: number; day: string },
) {
  return db
    .selectFrom("membership as ms")
    .innerJoin("person as p", "p.id", "ms.person_id")
    .leftJoin("party as l", "l.id", "ms.list_id")
    .select([
      "ms.id",
      "ms.role",
      "ms.substitute_rank",
      "ms.list_id",
      "l.name as list_name",
      "l.short_name as list_short_name",
      "p.id as person_id",
      "p.given_name",
      "p.family_name",
    ])
    .where("ms.body_id", "=", scope.bodyId)
    .where("ms.term_id", "=", scope.termId)
    .where("ms.starts_on", "<=", scope.day)
    .where((eb) => eb.or([eb("ms.ends_on", "is", null), eb("ms.ends_on", ">=", scope.day)]))
    .orderBy("l.name")
    .orderBy("ms.substitute_rank")
    .orderBy("p.family_name")
    .orderBy("p.given_name")
    .execute();
}

export type SeatRow = Awaited<ReturnType<typeof findSeatsOfBody>>[number];

/** Only a person who holds or has held a seat is public; contact details never are. */
export async function findPublicPerson(db: Database, personId: number) {
  return db
    .selectFrom("person as p")
    .leftJoin("party as pa", "pa.id", "p.party_id")
    .select(["p.id", "p.given_name", "p.family_name", "pa.name as party_name"])
    .where("p.id", "=", personId)
    .where((eb) =>
      eb.exists(
        eb.selectFrom("membership as ms").select("ms.id").whereRef("ms.person_id", "=", "p.id"),
      ),
    )
    .executeTakeFirst();
}

export async function findMembershipsOfPerson(db: Database, personId: number) {
  return db
    .selectFrom("membership as ms")
    .innerJoin("body as b", "b.id", "ms.body_id")
    .innerJoin("term as t", "t.id", "ms.term_id")
    .leftJoin("party as l", "l.id", "ms.list_id")
    .select([
      "ms.id",
      "ms.role",
      "ms.substitute_rank",
      "ms.starts_on",
      "ms.ends_on",
      "b.name as body_name",
      "b.slug as body_slug",
      "b.kind as body_kind",
      "t.name as term_name",
      "l.name as list_name",
    ])
    .where("ms.person_id", "=", personId)
    .orderBy("t.starts_on", "desc")
    .orderBy("b.sort_order")
    .orderBy("b.name")
    .orderBy("ms.starts_on")
    .execute();
}

export type PersonMembershipRow = Awaited<ReturnType<typeof findMembershipsOfPerson>>[number];

export async function findMunicipality(db: Database) {
  return db
    .selectFrom("municipality")
    .select(["name", "short_name"])
    .orderBy("id")
    .executeTakeFirst();
}

/** The dated change log after the notice (withdrawn, added, moved, replaced), oldest first. */
export async function findMeetingChanges(db: Database, meetingId: number) {
  return db
    .selectFrom("meeting_change")
    .select(["id", "at", "description"])
    .where("meeting_id", "=", meetingId)
    .orderBy("at")
    .orderBy("id")
    .execute();
}
