import { type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { DB, MeetingStatus } from "../../db/schema.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { addOsloDays } from "../../domain/time.ts";
import { NotFoundError } from "../../policies/policy.ts";

/** How far back «Mine møter» lists meetings: the papers of the last three months. */
export const PAST_DAYS = 92;

/**
 * The member's own meetings, as SQL on "m": a seat in the body on the meeting day, or a call as
 * substitute to the meeting that was not declined; and only once its papers are published, so
 * a member never reads a half-made round or a draft agenda here.
 */
function ownPublishedMeeting(personId: number) {
  return (eb: ExpressionBuilder<DB & { m: DB["meeting"] }, "m">) =>
    eb.and([
      eb.exists(
        eb
          .selectFrom("meeting_publication as p")
          .select("p.id")
          .whereRef("p.meeting_id", "=", "m.id")
          .where("p.status", "=", "published"),
      ),
      eb.or([
        eb.exists(
          eb
            .selectFrom("membership as ms")
            .select("ms.id")
            .whereRef("ms.body_id", "=", "m.body_id")
            .where("ms.person_id", "=", personId)
            .where("ms.role", "<>", "substitute")
            .where(sql<boolean>`ms.starts_on <= (m.starts_at at time zone 'Europe/Oslo')::date`)
            .where(
              sql<boolean>`(ms.ends_on is null or ms.ends_on >= (m.starts_at at time zone 'Europe/Oslo')::date)`,
            ),
        ),
        eb.exists(
          eb
            .selectFrom("substitute_call as sc")
            .select("sc.id")
            .whereRef("sc.meeting_id", "=", "m.id")
            .where("sc.substitute_person_id", "=", personId)
            .where("sc.status", "<>", "declined"),
        ),
      ]),
    ]);
}

export interface MyMeetingEntry {
  id: number;
  bodyName: string;
  startsAt: Date;
  location: string;
  status: MeetingStatus;
  /** Called as substitute rather than sitting in the body. */
  asSubstitute: boolean;
}

export async function listMyMeetings(
  db: Database,
  { personId, now }: { personId: number; now: Date },
): Promise<MyMeetingEntry[]> {
  const rows = await db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select((eb) => [
      "m.id",
      "m.starts_at",
      "m.location",
      "m.status",
      "b.name as body_name",
      eb
        .exists(
          eb
            .selectFrom("substitute_call as sc")
            .select("sc.id")
            .whereRef("sc.meeting_id", "=", "m.id")
            .where("sc.substitute_person_id", "=", personId)
            .where("sc.status", "<>", "declined"),
        )
        .as("as_substitute"),
    ])
    .where(ownPublishedMeeting(personId))
    .where("m.status", "<>", "cancelled")
    .where("m.starts_at", ">=", addOsloDays(now, -PAST_DAYS))
    .orderBy("m.starts_at")
    .orderBy("m.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    bodyName: row.body_name,
    startsAt: row.starts_at,
    location: row.location,
    status: row.status,
    asSubstitute: Boolean(row.as_substitute),
  }));
}

export interface MyPaper {
  id: number;
  title: string;
  fileName: string;
  /** Unntatt offentlighet: the member may read it, and is told so. */
  exemptionBasis: string | null;
  pageCount: number | null;
}

export interface MyItem {
  number: string;
  title: string;
  exemptionBasis: string | null;
  withdrawnReason: string | null;
  addedAfterNotice: boolean;
  papers: MyPaper[];
}

export interface MyMeeting {
  id: number;
  bodyName: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  room: string;
  isRemote: boolean;
  version: number;
  /** The round's notice, agendas and the members' packet. */
  roundPapers: MyPaper[];
  /** The members' PDF of the latest published minutes, or null before any is out. */
  minutes: MyPaper | null;
  items: MyItem[];
}

const paper = (row: {
  id: number;
  title: string;
  file_name: string;
  access: string;
  exemption_basis: string | null;
  page_count: number | null;
}): MyPaper => ({
  id: row.id,
  title: row.title,
  fileName: row.file_name,
  exemptionBasis: row.access === "exempt" ? (row.exemption_basis ?? "") : null,
  pageCount: row.page_count,
});

/**
 * One of the member's meetings with every paper: the newest round's documents (the public
 * packet left out, the members' one holds all of it) and each item's presentation and
 * attachments, exempt ones included. Any other meeting answers 404.
 */
export async function loadMyMeeting(
  db: Database,
  { personId, meetingId }: { personId: number; meetingId: number },
): Promise<MyMeeting> {
  const meeting = await db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select([
      "m.id",
      "m.starts_at",
      "m.ends_at",
      "m.location",
      "m.room",
      "m.is_remote",
      "b.name as body_name",
    ])
    .where("m.id", "=", meetingId)
    .where(ownPublishedMeeting(personId))
    .executeTakeFirst();
  if (!meeting) throw new NotFoundError();
  const latest = await db
    .selectFrom("meeting_publication")
    .select(["id", "version"])
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "published")
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();
  const [roundPapers, items, casePapers, minutes] = await Promise.all([
    db
      .selectFrom("document")
      .select(["id", "title", "file_name", "access", "exemption_basis", "page_count", "kind"])
      .where("publication_id", "=", latest.id)
      .where((eb) => eb.or([eb("kind", "<>", "packet"), eb("audience", "=", "members")]))
      .orderBy("id")
      .execute(),
    db
      .selectFrom("agenda_item as a")
      .leftJoin("case as c", "c.id", "a.case_id")
      .select((eb) => [
        "a.case_id",
        "a.case_type",
        "a.series_year",
        "a.series_number",
        eb.fn.coalesce("c.title", "a.title").$notNull().as("title"),
        "c.access",
        "c.exemption_basis",
        "a.withdrawn_reason",
        "a.added_after_notice_at",
      ])
      .where("a.meeting_id", "=", meetingId)
      .orderBy("a.position")
      .execute(),
    db
      .selectFrom("document as d")
      .innerJoin("agenda_item as a", "a.case_id", "d.case_id")
      .select([
        "d.id",
        "d.case_id",
        "d.title",
        "d.file_name",
        "d.access",
        "d.exemption_basis",
        "d.page_count",
      ])
      .where("a.meeting_id", "=", meetingId)
      .where("d.replaced_by_id", "is", null)
      .where("d.kind", "in", ["presentation", "attachment"])
      .orderBy(sql`case when d.kind = 'presentation' then 0 else 1 end`)
      .orderBy(sql`d.position nulls last`)
      .orderBy("d.id")
      .execute(),
    db
      .selectFrom("minutes_version as v")
      .innerJoin("document as d", "d.id", "v.members_document_id")
      .select(["d.id", "d.title", "d.file_name", "d.access", "d.exemption_basis", "d.page_count"])
      .where("v.meeting_id", "=", meetingId)
      .where("v.status", "=", "published")
      .orderBy("v.version", "desc")
      .executeTakeFirst(),
  ]);
  return {
    id: meeting.id,
    bodyName: meeting.body_name,
    startsAt: meeting.starts_at,
    endsAt: meeting.ends_at,
    location: meeting.location,
    room: meeting.room,
    isRemote: meeting.is_remote,
    version: latest.version,
    roundPapers: roundPapers.map(paper),
    // The members' copy is kept off the public views by its access, not because it is exempt.
    minutes: minutes ? { ...paper(minutes), exemptionBasis: null } : null,
    items: items.map((item) => ({
      number: caseNumberLabel({
        caseType: item.case_type,
        year: item.series_year,
        number: item.series_number,
      }),
      title: item.title,
      exemptionBasis: item.access === "exempt" ? (item.exemption_basis ?? "") : null,
      withdrawnReason: item.withdrawn_reason,
      addedAfterNotice: item.added_after_notice_at !== null,
      papers: casePapers.filter((row) => row.case_id === item.case_id).map(paper),
    })),
  };
}

/** The PDF of one paper of the member's meeting, or null when it is not one of them. */
export async function findMyPaper(
  db: Database,
  { personId, meetingId, documentId }: { personId: number; meetingId: number; documentId: number },
) {
  const meeting = await loadMyMeeting(db, { personId, meetingId });
  const papers = [
    ...meeting.roundPapers,
    ...(meeting.minutes ? [meeting.minutes] : []),
    ...meeting.items.flatMap((item) => item.papers),
  ];
  if (!papers.some((candidate) => candidate.id === documentId)) return null;
  return db
    .selectFrom("document")
    .select(["id", "file_name", "sha256", "pdf_sha256"])
    .where("id", "=", documentId)
    .executeTakeFirst();
}
