import type { Database } from "../../src/db/database.ts";
import { osloDay } from "../../src/domain/time.ts";
import { agendaPublished } from "../../src/features/public-access/published.ts";
import { TEST_NOW } from "../helpers/test-db.ts";

/**
 * The records of the demo municipality each kind of page is checked on, looked up by what
 * makes them interesting rather than by id, so the tests follow the demo data as it changes.
 */
export interface DemoRecords {
  councilId: number;
  councilSlug: string;
  councilMemberId: number;
  pastMeetingWithDecisions: number;
  futureMeeting: number;
  meetingWithClosedItem: number;
  ordinaryCase: number;
  threeBodyCase: number;
  exemptCase: number;
  /** A referatsak with an exempt letter, on the latest published agenda that has one. */
  lettersItem: { meetingId: number; itemId: number };
  /** An item on the agenda of a meeting still ahead, where the secretariat can change it. */
  upcomingAgendaItem: { meetingId: number; itemId: number; caseId: number };
  /** An item of the past meeting with decisions, whose decision page the secretariat opens. */
  decidedAgendaItem: { meetingId: number; itemId: number };
  /** An item of the soonest meeting whose notice is out and not yet held: the console's. */
  consoleItem: { meetingId: number; itemId: number };
  councilMembershipId: number;
  partyId: number;
  termId: number;
  /** A month with meetings in it, as the calendar's `maned` parameter ("YYYY-MM"). */
  busyMonth: string;
}

/** Only agendas whose notice is out are public, and with them the cases on them. */
const published = agendaPublished("m");

function required<T>(what: string, value: T | undefined): T {
  if (value === undefined) throw new Error(`The demo municipality has no ${what}.`);
  return value;
}

export async function findDemoRecords(db: Database): Promise<DemoRecords> {
  const council = required(
    "council",
    await db
      .selectFrom("body")
      .select(["id", "slug"])
      .where("kind", "=", "council")
      .orderBy("sort_order")
      .executeTakeFirst(),
  );
  const councilLeader = required(
    "council leader",
    await db
      .selectFrom("membership")
      .select(["id", "person_id", "list_id", "term_id"])
      .where("body_id", "=", council.id)
      .where("role", "=", "leader")
      .where("ends_on", "is", null)
      .orderBy("id", "desc")
      .executeTakeFirst(),
  );
  const pastMeeting = required(
    "past meeting with decisions",
    await db
      .selectFrom("meeting as m")
      .innerJoin("agenda_item as a", "a.meeting_id", "m.id")
      .innerJoin("case as c", "c.id", "a.case_id")
      .select(["m.id", "m.starts_at"])
      .where("m.starts_at", "<", TEST_NOW)
      .where("a.decision", "is not", null)
      .where("c.access", "=", "public")
      .where(published)
      .orderBy("m.starts_at", "desc")
      .executeTakeFirst(),
  );
  const futureMeeting = required(
    "future meeting",
    await db
      .selectFrom("meeting as m")
      .select("m.id")
      .where("m.starts_at", ">", TEST_NOW)
      .where("m.status", "in", ["planned", "notice_published"])
      .orderBy("m.starts_at")
      .executeTakeFirst(),
  );
  const closedMeeting = required(
    "meeting with a closed or exempt item",
    await db
      .selectFrom("meeting as m")
      .innerJoin("agenda_item as a", "a.meeting_id", "m.id")
      .innerJoin("case as c", "c.id", "a.case_id")
      .select("m.id")
      .where((eb) => eb.or([eb("a.is_closed", "=", true), eb("c.access", "=", "exempt")]))
      .where(published)
      .orderBy("m.starts_at", "desc")
      .executeTakeFirst(),
  );
  const publishedCases = db
    .selectFrom("case as c")
    .innerJoin("agenda_item as a", "a.case_id", "c.id")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .where(published)
    .select("c.id")
    .distinct()
    .orderBy("c.id");
  const ordinaryCase = required(
    "public case with a decision",
    await publishedCases
      .where("c.access", "=", "public")
      .where("c.case_type", "=", "PS")
      .where("a.decision", "is not", null)
      .executeTakeFirst(),
  );
  const threeBodyCase = required(
    "case routed through three bodies",
    await publishedCases
      .where("c.access", "=", "public")
      .where((eb) =>
        eb(
          eb
            .selectFrom("case_route_step as s")
            .select(eb.fn.countAll<number>().as("steps"))
            .whereRef("s.case_id", "=", "c.id"),
          "=",
          3,
        ),
      )
      .executeTakeFirst(),
  );
  const upcomingAgendaItem = required(
    "agenda item of a meeting ahead",
    await db
      .selectFrom("agenda_item as a")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .select(["a.id", "a.meeting_id", "a.case_id"])
      .where("a.case_id", "is not", null)
      .$narrowType<{ case_id: number }>()
      .where("m.starts_at", ">", TEST_NOW)
      .where("m.status", "in", ["planned", "notice_published"])
      .orderBy("m.starts_at")
      .orderBy("a.position")
      .executeTakeFirst(),
  );
  const decidedAgendaItem = required(
    "decided agenda item",
    await db
      .selectFrom("agenda_item")
      .select(["id", "meeting_id"])
      .where("meeting_id", "=", pastMeeting.id)
      .where("decided_at", "is not", null)
      .orderBy("position")
      .executeTakeFirst(),
  );
  const consoleItem = required(
    "item of a meeting whose notice is out",
    await db
      .selectFrom("agenda_item as a")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .select(["a.id", "a.meeting_id"])
      .where("m.status", "=", "notice_published")
      .orderBy("m.starts_at")
      .orderBy("a.position")
      .executeTakeFirst(),
  );
  const exemptCase = required(
    "exempt case",
    await publishedCases.where("c.access", "=", "exempt").executeTakeFirst(),
  );
  const lettersItem = required(
    "referatsak with an exempt letter",
    await db
      .selectFrom("agenda_item as a")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .innerJoin("agenda_item_letter as l", "l.agenda_item_id", "a.id")
      .select(["a.id", "a.meeting_id"])
      .where("l.access", "=", "exempt")
      .where(published)
      .orderBy("m.starts_at", "desc")
      .executeTakeFirst(),
  );
  return {
    councilId: council.id,
    councilSlug: council.slug,
    councilMemberId: councilLeader.person_id,
    councilMembershipId: councilLeader.id,
    partyId: required("party list of the council leader", councilLeader.list_id ?? undefined),
    termId: councilLeader.term_id,
    pastMeetingWithDecisions: pastMeeting.id,
    futureMeeting: futureMeeting.id,
    meetingWithClosedItem: closedMeeting.id,
    ordinaryCase: ordinaryCase.id,
    threeBodyCase: threeBodyCase.id,
    exemptCase: exemptCase.id,
    lettersItem: { meetingId: lettersItem.meeting_id, itemId: lettersItem.id },
    upcomingAgendaItem: {
      meetingId: upcomingAgendaItem.meeting_id,
      itemId: upcomingAgendaItem.id,
      caseId: upcomingAgendaItem.case_id,
    },
    decidedAgendaItem: { meetingId: decidedAgendaItem.meeting_id, itemId: decidedAgendaItem.id },
    consoleItem: { meetingId: consoleItem.meeting_id, itemId: consoleItem.id },
    busyMonth: osloDay(pastMeeting.starts_at).slice(0, 7),
  };
}
