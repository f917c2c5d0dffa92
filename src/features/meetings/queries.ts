import type { Database } from "../../db/database.ts";
import type { AccessStatus, CaseType, MeetingStatus } from "../../db/schema.ts";
import { osloDateTime, osloDay } from "../../domain/time.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { caseMatches } from "../cases/queries.ts";

export type Period = "upcoming" | "past";

export interface MeetingListEntry {
  id: number;
  bodyName: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  isRemote: boolean;
  status: MeetingStatus;
  itemCount: number;
}

export const MEETING_LIST_LIMIT = 200;

/** Upcoming meetings from today (in Norway) on, soonest first; past ones latest first. */
export async function listMeetings(
  db: Database,
  { bodyId, period, now }: { bodyId: number | null; period: Period; now: Date },
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
      "body.name as body_name",
      eb.fn.count<number>("agenda_item.id").as("item_count"),
    ])
    .where("meeting.starts_at", period === "upcoming" ? ">=" : "<", startOfToday)
    .groupBy(["meeting.id", "body.name"])
    .orderBy("meeting.starts_at", period === "upcoming" ? "asc" : "desc")
    .orderBy("meeting.id")
    .limit(MEETING_LIST_LIMIT);
  if (bodyId !== null) query = query.where("meeting.body_id", "=", bodyId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    bodyName: row.body_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    isRemote: row.is_remote,
    status: row.status,
    itemCount: Number(row.item_count),
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
  position: number;
  caseType: CaseType;
  seriesYear: number | null;
  seriesNumber: number | null;
  isClosed: boolean;
  closedBasis: string | null;
  caseId: number;
  archiveCaseNumber: string;
  /** The real title: these screens are for staff, who see exempt content. */
  title: string;
  publicTitle: string | null;
  access: AccessStatus;
  exemptionBasis: string | null;
}

function agendaQuery(db: Database, meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .innerJoin("case", "case.id", "agenda_item.case_id")
    .select([
      "agenda_item.id",
      "agenda_item.position",
      "agenda_item.case_type",
      "agenda_item.series_year",
      "agenda_item.series_number",
      "agenda_item.is_closed",
      "agenda_item.closed_basis",
      "case.id as case_id",
      "case.archive_case_number",
      "case.title",
      "case.public_title",
      "case.access",
      "case.exemption_basis",
    ])
    .where("agenda_item.meeting_id", "=", meetingId);
}

type AgendaRow = Awaited<ReturnType<ReturnType<typeof agendaQuery>["executeTakeFirstOrThrow"]>>;

const agendaEntry = (row: AgendaRow): AgendaEntry => ({
  id: row.id,
  position: row.position,
  caseType: row.case_type,
  seriesYear: row.series_year,
  seriesNumber: row.series_number,
  isClosed: row.is_closed,
  closedBasis: row.closed_basis,
  caseId: row.case_id,
  archiveCaseNumber: row.archive_case_number,
  title: row.title,
  publicTitle: row.public_title,
  access: row.access,
  exemptionBasis: row.exemption_basis,
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
 * Cases that may go on this meeting's agenda: the body is on their route, and the body has
 * neither decided them nor set them up on this or another coming meeting. A case postponed at
 * a held meeting, without a decision, comes back. Optionally narrowed to archive numbers that
 * start with, or titles that contain, the search.
 */
export async function candidateCases(
  db: Database,
  { meetingId, bodyId, search }: { meetingId: number; bodyId: number; search: string },
): Promise<CandidateCase[]> {
  let query = db
    .selectFrom("case")
    .select(["case.id", "case.archive_case_number", "case.title", "case.case_type"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("case_route_step")
          .select("case_route_step.case_id")
          .whereRef("case_route_step.case_id", "=", "case.id")
          .where("case_route_step.body_id", "=", bodyId),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("agenda_item as other")
            .innerJoin("meeting as other_meeting", "other_meeting.id", "other.meeting_id")
            .select("other.id")
            .whereRef("other.case_id", "=", "case.id")
            .where("other_meeting.body_id", "=", bodyId)
            .where((taken) =>
              taken.or([
                taken("other.meeting_id", "=", meetingId),
                taken("other.decided_at", "is not", null),
                taken("other_meeting.status", "in", ["planned", "notice_published"]),
              ]),
            ),
        ),
      ),
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
