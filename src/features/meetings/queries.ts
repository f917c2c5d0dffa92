import type { ExpressionBuilder } from "kysely";
import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, AgendaItemKind, CaseType, DB, MeetingStatus } from "../../db/schema.ts";
import type { CaseStatus } from "../../domain/case-status.ts";
import { osloDateTime, osloDay } from "../../domain/time.ts";
import { can, NotFoundError, type PolicyUser } from "../../policies/policy.ts";
import { caseDecided, caseMatches, caseSharedWith } from "../cases/queries.ts";
import { placeable } from "./agenda-placement.ts";
import { meetingSubject } from "./meeting-status.ts";

export type Period = "upcoming" | "past";

export interface MeetingListEntry {
  id: number;
  bodyName: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  isRemote: boolean;
  status: MeetingStatus;
  /** Null where the user may not see the agenda yet. */
  itemCount: number | null;
}

export const MEETING_LIST_LIMIT = 200;

/**
 * The meetings the user may see, as SQL: the meeting policy's view rule, so the list is scoped in
 * the database before its limit; each row is checked with can() as well.
 */
export function meetingsVisibleTo(user: PolicyUser) {
  return (eb: ExpressionBuilder<DB, "meeting">) => {
    switch (user.role) {
      case "administrator":
      case "secretariat":
      case "case_officer":
        return eb.lit(true);
      case "member":
        return user.seats.bodies.length > 0
          ? eb("meeting.body_id", "in", user.seats.bodies)
          : eb.lit(false);
    }
  };
}

/**
 * Upcoming meetings the user may see from today (in Norway) on, soonest first; past ones
 * latest first.
 */
export async function listMeetings(
  db: Database,
  {
    bodyId,
    period,
    now,
    user,
  }: { bodyId: number | null; period: Period; now: Date; user: PolicyUser },
): Promise<MeetingListEntry[]> {
  const startOfToday = osloDateTime(osloDay(now), "00:00");
  let query = db
    .selectFrom("meeting")
    .innerJoin("body", "body.id", "meeting.body_id")
    .leftJoin("agenda_item", "agenda_item.meeting_id", "meeting.id")
    .select((eb) => [
      "meeting.id",
      "meeting.starts_at",
      "meeting.ends_at",
      "meeting.location",
      "meeting.is_remote",
      "meeting.status",
      "meeting.body_id",
      "meeting.notice_published_at",
      "body.name as body_name",
      eb.fn.count<number>("agenda_item.id").as("item_count"),
    ])
    .where(meetingsVisibleTo(user))
    .where("meeting.starts_at", period === "upcoming" ? ">=" : "<", startOfToday)
    .groupBy(["meeting.id", "body.name"])
    .orderBy("meeting.starts_at", period === "upcoming" ? "asc" : "desc")
    .orderBy("meeting.id")
    .limit(MEETING_LIST_LIMIT);
  if (bodyId !== null) query = query.where("meeting.body_id", "=", bodyId);
  const rows = (await query.execute()).filter((row) =>
    can(user, "view", "meeting", meetingSubject(row)),
  );
  return rows.map((row) => ({
    id: row.id,
    bodyName: row.body_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    isRemote: row.is_remote,
    status: row.status,
    itemCount: can(user, "view", "agenda", meetingSubject(row)) ? Number(row.item_count) : null,
  }));
}

/** The meeting with its body's name and rules; one that does not exist answers 404. */
export async function loadMeeting(db: Database, meetingId: number) {
  const meeting = await db
    .selectFrom("meeting")
    .innerJoin("body", "body.id", "meeting.body_id")
    .selectAll("meeting")
    .select(["body.name as body_name", "body.settings as body_settings"])
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw new NotFoundError();
  return meeting;
}

export type MeetingDetail = Awaited<ReturnType<typeof loadMeeting>>;

export interface AgendaEntry {
  id: number;
  kind: AgendaItemKind;
  position: number;
  /** Null for an item outside every series (Eventuelt). */
  caseType: CaseType | null;
  seriesYear: number | null;
  seriesNumber: number | null;
  isClosed: boolean;
  closedBasis: string | null;
  /** Null, with the archive number, for an item without a case (kind other than "case"). */
  caseId: number | null;
  /** The step of the case's route the item treats; null for an item without a case. */
  routeStepId: number | null;
  /** When the body decided the item; null while it has not. */
  decidedAt: Date | null;
  archiveCaseNumber: string | null;
  /** The real title, the case's or the item's own: these screens are for staff, who see exempt content. */
  title: string;
  /** Who gave an orientation, and what the item itself says; empty for a case. */
  presenter: string;
  text: string;
  publicTitle: string | null;
  access: AccessStatus;
  exemptionBasis: string | null;
  /** With access and decided, what the case policy reads. */
  ownerId: number | null;
  sharedWith: number[];
  /** The case's workflow status; null for an item without a case. */
  status: CaseStatus | null;
  decided: boolean;
}

function agendaQuery(db: Database, meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .leftJoin("case", "case.id", "agenda_item.case_id")
    .select((eb) => [
      "agenda_item.id",
      "agenda_item.kind",
      "agenda_item.position",
      "agenda_item.case_type",
      "agenda_item.series_year",
      "agenda_item.series_number",
      "agenda_item.is_closed",
      "agenda_item.closed_basis",
      "agenda_item.presenter",
      "agenda_item.text",
      "agenda_item.route_step_id",
      "agenda_item.decided_at",
      "case.id as case_id",
      "case.archive_case_number",
      // The checks on agenda_item give every item a case or a title of its own.
      eb.fn.coalesce("case.title", "agenda_item.title").$notNull().as("title"),
      "case.public_title",
      // An item without a case has no content withheld.
      sql<AccessStatus>`coalesce(${eb.ref("case.access")}, 'public')`.as("access"),
      "case.exemption_basis",
      "case.owner_user_id",
      "case.status",
      caseSharedWith(eb).as("shared_with"),
      caseDecided(eb).as("decided"),
    ])
    .where("agenda_item.meeting_id", "=", meetingId);
}

type AgendaRow = Awaited<ReturnType<ReturnType<typeof agendaQuery>["executeTakeFirstOrThrow"]>>;

const agendaEntry = (row: AgendaRow): AgendaEntry => ({
  id: row.id,
  kind: row.kind,
  position: row.position,
  caseType: row.case_type,
  seriesYear: row.series_year,
  seriesNumber: row.series_number,
  isClosed: row.is_closed,
  closedBasis: row.closed_basis,
  caseId: row.case_id,
  routeStepId: row.route_step_id,
  decidedAt: row.decided_at,
  archiveCaseNumber: row.archive_case_number,
  title: row.title,
  presenter: row.presenter,
  text: row.text,
  publicTitle: row.public_title,
  access: row.access,
  exemptionBasis: row.exemption_basis,
  ownerId: row.owner_user_id,
  sharedWith: row.shared_with,
  status: row.status,
  decided: row.decided,
});

export async function agendaOf(db: Database, meetingId: number): Promise<AgendaEntry[]> {
  const rows = await agendaQuery(db, meetingId).orderBy("agenda_item.position").execute();
  return rows.map(agendaEntry);
}

export async function findAgendaEntry(
  db: Database,
  meetingId: number,
  itemId: number,
): Promise<AgendaEntry | undefined> {
  const row = await agendaQuery(db, meetingId)
    .where("agenda_item.id", "=", itemId)
    .executeTakeFirst();
  return row ? agendaEntry(row) : undefined;
}

export interface CandidateCase {
  id: number;
  archiveCaseNumber: string;
  title: string;
  caseType: CaseType;
}

export const CANDIDATE_LIMIT = 200;

/**
 * Cases that may go on this coming meeting's agenda, by the rules addAgendaItem enforces
 * (agenda-placement.ts). Optionally narrowed to archive numbers that start with, or titles
 * that contain, the search.
 */
export async function candidateCases(
  db: Database,
  { meeting, search }: { meeting: { body_id: number }; search: string },
): Promise<CandidateCase[]> {
  let query = db
    .selectFrom("case")
    .select(["case.id", "case.archive_case_number", "case.title", "case.case_type"])
    .where((eb) =>
      placeable(eb, db, { caseId: eb.ref("case.id"), bodyId: eb.val(meeting.body_id) }),
    )
    .orderBy("case.created_at", "desc")
    .orderBy("case.id", "desc")
    .limit(CANDIDATE_LIMIT);
  if (search) query = query.where(caseMatches(search));
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    archiveCaseNumber: row.archive_case_number,
    title: row.title,
    caseType: row.case_type,
  }));
}
