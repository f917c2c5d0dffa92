import type { Database } from "../../db/database.ts";
import { type AttendanceFact, callCovers, isPresentAt } from "../../domain/attendance.ts";
import { isMembershipValidOn } from "../../domain/membership.ts";
import { type BodyRules, bodyRules } from "../../domain/rules.ts";
import { osloDay } from "../../domain/time.ts";
import { NotFoundError } from "../../policies/policy.ts";

/** One who takes part in an item with a vote. */
export interface PresentVoter {
  personId: number;
  name: string;
  /** The party or joint list the seat belongs to (short name and name); null for none. */
  partyCode: string | null;
  partyName: string | null;
  capacity: "member" | "substitute";
  /** The member a substitute meets for; null for a member. */
  forPersonId: number | null;
}

export interface RosterPerson {
  personId: number;
  name: string;
  partyCode: string | null;
  partyName: string | null;
}

export interface RosterCall extends RosterPerson {
  callId: number;
  forPersonId: number;
  scope: "meeting" | "from_item" | "item";
  itemPosition: number | null;
  status: "called" | "accepted";
}

/**
 * Everything the console needs to tell who takes part in each item of a meeting, read in a few
 * queries: the seats with a vote on the meeting's day, the substitutes called and neither declined
 * nor released,
 * the attendance facts, and who was ruled disqualified on which item.
 */
export interface MeetingRoster {
  meetingId: number;
  bodyId: number;
  /** The body's seats with a vote: the basis of the quorum (kl. § 11-9). */
  seatCount: number;
  rules: BodyRules;
  /** The meeting's day in Norway, on which memberships are read. */
  day: string;
  members: RosterPerson[];
  calls: RosterCall[];
  facts: ReadonlyMap<number, AttendanceFact[]>;
  /** Persons ruled disqualified, by agenda item. */
  disqualified: ReadonlyMap<number, ReadonlySet<number>>;
  /** The agenda's positions by item. */
  positions: ReadonlyMap<number, number>;
}

const fullName = (row: { given_name: string; family_name: string }): string =>
  `${row.given_name} ${row.family_name}`;

const byName = (a: RosterPerson, b: RosterPerson): number =>
  (a.partyCode ?? "").localeCompare(b.partyCode ?? "", "nb") || a.name.localeCompare(b.name, "nb");

export async function loadRoster(db: Database, meetingId: number): Promise<MeetingRoster> {
  const meeting = await db
    .selectFrom("meeting")
    .innerJoin("body", "body.id", "meeting.body_id")
    .select([
      "meeting.id",
      "meeting.starts_at",
      "body.id as body_id",
      "body.seat_count",
      "body.settings",
    ])
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw new NotFoundError();
  const day = osloDay(meeting.starts_at);
  const [seats, calls, events, rulings, items] = await Promise.all([
    db
      .selectFrom("membership")
      .innerJoin("person", "person.id", "membership.person_id")
      .leftJoin("party", (join) =>
        join.on((eb) =>
          eb("party.id", "=", eb.fn.coalesce("membership.list_id", "person.party_id")),
        ),
      )
      .select([
        "membership.person_id",
        "membership.role",
        "membership.has_vote",
        "membership.list_id",
        "membership.starts_on",
        "membership.ends_on",
        "person.given_name",
        "person.family_name",
        "party.short_name as party_code",
        "party.name as party_name",
      ])
      .where("membership.body_id", "=", meeting.body_id)
      .where("membership.role", "in", ["leader", "deputy_leader", "member"])
      .where("membership.has_vote", "=", true)
      .execute(),
    db
      .selectFrom("substitute_call")
      .innerJoin("person", "person.id", "substitute_call.substitute_person_id")
      .leftJoin("agenda_item", "agenda_item.id", "substitute_call.agenda_item_id")
      .leftJoin("party", "party.id", "person.party_id")
      .leftJoin("absence", "absence.id", "substitute_call.absence_id")
      .select([
        "substitute_call.id",
        "substitute_call.substitute_person_id",
        "substitute_call.for_person_id",
        "substitute_call.scope",
        "substitute_call.status",
        "agenda_item.position",
        "person.given_name",
        "person.family_name",
        "party.short_name as party_code",
        "party.name as party_name",
      ])
      .where("substitute_call.meeting_id", "=", meetingId)
      .where("substitute_call.status", "<>", "declined")
      // A call for an absence since withdrawn is released: it no longer gives a seat.
      .where("absence.withdrawn_at", "is", null)
      .orderBy("substitute_call.id")
      .execute(),
    db
      .selectFrom("attendance_event")
      .leftJoin("agenda_item", "agenda_item.id", "attendance_event.agenda_item_id")
      .select([
        "attendance_event.id",
        "attendance_event.person_id",
        "attendance_event.kind",
        "agenda_item.position",
      ])
      .where("attendance_event.meeting_id", "=", meetingId)
      .execute(),
    db
      .selectFrom("conflict_of_interest")
      .innerJoin("agenda_item", "agenda_item.id", "conflict_of_interest.agenda_item_id")
      .select(["conflict_of_interest.agenda_item_id", "conflict_of_interest.person_id"])
      .where("agenda_item.meeting_id", "=", meetingId)
      .where("conflict_of_interest.ruling", "=", "disqualified")
      .execute(),
    db
      .selectFrom("agenda_item")
      .select(["id", "position"])
      .where("meeting_id", "=", meetingId)
      .execute(),
  ]);
  const facts = new Map<number, AttendanceFact[]>();
  for (const event of events) {
    const list = facts.get(event.person_id) ?? [];
    list.push({ kind: event.kind, itemPosition: event.position, sequence: event.id });
    facts.set(event.person_id, list);
  }
  const disqualified = new Map<number, Set<number>>();
  for (const ruling of rulings) {
    const set = disqualified.get(ruling.agenda_item_id) ?? new Set<number>();
    set.add(ruling.person_id);
    disqualified.set(ruling.agenda_item_id, set);
  }
  return {
    meetingId,
    bodyId: meeting.body_id,
    seatCount: meeting.seat_count,
    rules: bodyRules(meeting.settings as Record<string, unknown>),
    day,
    members: seats
      .filter((seat) =>
        isMembershipValidOn({ startsOn: seat.starts_on, endsOn: seat.ends_on }, day),
      )
      .map((seat) => ({
        personId: seat.person_id,
        name: fullName(seat),
        partyCode: seat.party_code,
        partyName: seat.party_name,
      }))
      .sort(byName),
    calls: calls.map((call) => ({
      callId: call.id,
      personId: call.substitute_person_id,
      name: fullName(call),
      partyCode: call.party_code,
      partyName: call.party_name,
      forPersonId: call.for_person_id,
      scope: call.scope,
      itemPosition: call.position,
      status: call.status === "accepted" ? "accepted" : "called",
    })),
    facts,
    disqualified,
    positions: new Map(items.map((item) => [item.id, item.position])),
  };
}

/**
 * Who is present and voting on the item: the members present and not ruled disqualified, and
 * the substitutes present whose accepted call covers the item and whose member is not voting on
 * it themselves (a member who comes back takes the seat again).
 */
export function votersAt(roster: MeetingRoster, agendaItemId: number): PresentVoter[] {
  const position = roster.positions.get(agendaItemId);
  if (position === undefined) throw new NotFoundError();
  const out = roster.disqualified.get(agendaItemId) ?? new Set<number>();
  const takesPart = (personId: number): boolean =>
    !out.has(personId) && isPresentAt(roster.facts.get(personId) ?? [], position);
  const members: PresentVoter[] = roster.members
    .filter((member) => takesPart(member.personId))
    .map((member) => ({ ...member, capacity: "member", forPersonId: null }));
  const voting = new Set(members.map((member) => member.personId));
  const substitutes: PresentVoter[] = [];
  for (const call of roster.calls) {
    if (call.status !== "accepted" || !callCovers(call, position)) continue;
    if (voting.has(call.forPersonId) || voting.has(call.personId)) continue;
    if (!takesPart(call.personId)) continue;
    voting.add(call.personId);
    substitutes.push({
      personId: call.personId,
      name: call.name,
      partyCode: call.partyCode,
      partyName: call.partyName,
      capacity: "substitute",
      forPersonId: call.forPersonId,
    });
  }
  return [...members, ...substitutes].sort(byName);
}

/** Who is present and voting on an agenda item (see votersAt); 404 for an item that is not. */
export async function presentVoters(db: Database, agendaItemId: number): Promise<PresentVoter[]> {
  const item = await db
    .selectFrom("agenda_item")
    .select("meeting_id")
    .where("id", "=", agendaItemId)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  return votersAt(await loadRoster(db, item.meeting_id), agendaItemId);
}

/** The seats with a vote in the meeting's body, which the quorum is counted against. */
export async function seatCount(db: Database, meetingId: number): Promise<number> {
  const row = await db
    .selectFrom("meeting")
    .innerJoin("body", "body.id", "meeting.body_id")
    .select("body.seat_count")
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row.seat_count;
}
