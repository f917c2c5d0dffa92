import type { Database } from "../../db/database.ts";
import { callCovers } from "../../domain/attendance.ts";
import { isMembershipValidOn } from "../../domain/membership.ts";
import { proposeSubstitute, type SkipReason } from "../../domain/substitutes.ts";
import { NotFoundError } from "../../policies/policy.ts";
import type { MeetingRoster } from "./attendance-queries.ts";

export interface CalledSubstitute {
  callId: number;
  personId: number;
  name: string;
  email: string | null;
  /** The member the substitute meets for. */
  forPersonId: number;
  forName: string;
  scope: "meeting" | "from_item" | "item";
  /** The first item for 'from_item', the one item for 'item'; null for the whole meeting. */
  agendaItemId: number | null;
  status: "called" | "accepted";
}

/**
 * The substitutes called for a meeting, neither declined nor released (their absence withdrawn),
 * in the order they were called: they get the notice and the papers as the members do.
 */
export async function calledSubstitutes(
  db: Database,
  meetingId: number,
): Promise<CalledSubstitute[]> {
  const rows = await db
    .selectFrom("substitute_call")
    .innerJoin("person as substitute", "substitute.id", "substitute_call.substitute_person_id")
    .innerJoin("person as member", "member.id", "substitute_call.for_person_id")
    .leftJoin("absence", "absence.id", "substitute_call.absence_id")
    .select([
      "substitute_call.id",
      "substitute_call.substitute_person_id",
      "substitute_call.for_person_id",
      "substitute_call.scope",
      "substitute_call.agenda_item_id",
      "substitute_call.status",
      "substitute.given_name",
      "substitute.family_name",
      "substitute.email",
      "member.given_name as member_given_name",
      "member.family_name as member_family_name",
    ])
    .where("substitute_call.meeting_id", "=", meetingId)
    .where("substitute_call.status", "<>", "declined")
    .where("absence.withdrawn_at", "is", null)
    .orderBy("substitute_call.called_at")
    .orderBy("substitute_call.id")
    .execute();
  return rows.map((row) => ({
    callId: row.id,
    personId: row.substitute_person_id,
    name: `${row.given_name} ${row.family_name}`,
    email: row.email,
    forPersonId: row.for_person_id,
    forName: `${row.member_given_name} ${row.member_family_name}`,
    scope: row.scope,
    agendaItemId: row.agenda_item_id,
    status: row.status === "accepted" ? "accepted" : "called",
  }));
}

/** The body's substitutes with their list and rank, for the substitute order. */
async function substituteCandidates(db: Database, bodyId: number) {
  const rows = await db
    .selectFrom("membership")
    .innerJoin("person", "person.id", "membership.person_id")
    .select([
      "membership.person_id",
      "membership.list_id",
      "membership.substitute_rank",
      "membership.starts_on",
      "membership.ends_on",
      "person.given_name",
      "person.family_name",
    ])
    .where("membership.body_id", "=", bodyId)
    .where("membership.role", "=", "substitute")
    .execute();
  return rows.flatMap((row) =>
    row.substitute_rank === null
      ? []
      : [
          {
            personId: row.person_id,
            listId: row.list_id,
            rank: row.substitute_rank,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
            name: `${row.given_name} ${row.family_name}`,
          },
        ],
  );
}

/** What a call for a substitute answers: an absence, or a member ruled disqualified on an item. */
export type CallSource = { absenceId: number } | { conflictId: number };

export interface ProposalView {
  /** The one to call now; null when the list has no one left. */
  next: { personId: number; name: string; rank: number } | null;
  skipped: Array<{ name: string; rank: number; reason: SkipReason }>;
}

/**
 * The substitute proposed for an absence or a disqualification, by the order of the member's
 * list (or joint list) on the meeting's day, passing over those who cannot be called and saying
 * why. The list the seat belongs to is the member's; a substitute who is absent is replaced from
 * their own list.
 */
export async function substituteProposal(
  db: Database,
  roster: MeetingRoster,
  source: CallSource,
): Promise<ProposalView> {
  const target =
    "absenceId" in source
      ? await db
          .selectFrom("absence")
          .leftJoin("agenda_item", "agenda_item.id", "absence.from_agenda_item_id")
          .select(["absence.person_id", "agenda_item.position"])
          .where("absence.id", "=", source.absenceId)
          .where("absence.meeting_id", "=", roster.meetingId)
          .executeTakeFirst()
      : await db
          .selectFrom("conflict_of_interest")
          .innerJoin("agenda_item", "agenda_item.id", "conflict_of_interest.agenda_item_id")
          .select(["conflict_of_interest.person_id", "agenda_item.position"])
          .where("conflict_of_interest.id", "=", source.conflictId)
          .where("agenda_item.meeting_id", "=", roster.meetingId)
          .executeTakeFirst();
  if (!target) throw new NotFoundError();
  const forItem = "conflictId" in source ? target.position : null;
  const [candidates, seats, absences, calls] = await Promise.all([
    substituteCandidates(db, roster.bodyId),
    db
      .selectFrom("membership")
      .select(["list_id", "role", "starts_on", "ends_on"])
      .where("body_id", "=", roster.bodyId)
      .where("person_id", "=", target.person_id)
      .execute(),
    db
      .selectFrom("absence")
      .select("person_id")
      .where("meeting_id", "=", roster.meetingId)
      .where("withdrawn_at", "is", null)
      .execute(),
    db
      .selectFrom("substitute_call")
      .leftJoin("agenda_item", "agenda_item.id", "substitute_call.agenda_item_id")
      .select([
        "substitute_call.substitute_person_id",
        "substitute_call.status",
        "substitute_call.scope",
        "substitute_call.absence_id",
        "substitute_call.conflict_id",
        "agenda_item.position",
      ])
      .where("substitute_call.meeting_id", "=", roster.meetingId)
      .execute(),
  ]);
  const seat = seats
    .filter((row) =>
      isMembershipValidOn({ startsOn: row.starts_on, endsOn: row.ends_on }, roster.day),
    )
    .sort((a, b) => Number(a.role === "substitute") - Number(b.role === "substitute"))[0];
  const sameSource = (call: (typeof calls)[number]): boolean =>
    "absenceId" in source
      ? call.absence_id === source.absenceId
      : call.conflict_id === source.conflictId;
  const called = new Set(
    calls
      .filter(
        (call) =>
          call.status !== "declined" &&
          (forItem === null ||
            callCovers({ scope: call.scope, itemPosition: call.position }, forItem)),
      )
      .map((call) => call.substitute_person_id),
  );
  const proposal = proposeSubstitute(candidates, {
    listId: seat?.list_id ?? null,
    day: roster.day,
    absent: new Set(absences.map((row) => row.person_id)),
    called,
    declined: new Set(
      calls
        .filter((call) => call.status === "declined" && sameSource(call))
        .map((call) => call.substitute_person_id),
    ),
    members: new Set(roster.members.map((member) => member.personId)),
    disqualified:
      "conflictId" in source
        ? new Set(
            [...roster.positions.entries()]
              .filter(([, position]) => position === forItem)
              .flatMap(([itemId]) => [...(roster.disqualified.get(itemId) ?? [])]),
          )
        : new Set<number>(),
  });
  const names = new Map(candidates.map((candidate) => [candidate.personId, candidate.name]));
  return {
    next: proposal.next
      ? {
          personId: proposal.next.personId,
          name: names.get(proposal.next.personId) ?? "",
          rank: proposal.next.rank,
        }
      : null,
    skipped: proposal.skipped.map(({ candidate, reason }) => ({
      name: names.get(candidate.personId) ?? "",
      rank: candidate.rank,
      reason,
    })),
  };
}

/** The body's substitutes on the day, by list and rank. */
export async function substitutesOn(
  db: Database,
  bodyId: number,
  day: string,
): Promise<Array<{ personId: number; name: string; rank: number }>> {
  return (await substituteCandidates(db, bodyId))
    .filter((candidate) => isMembershipValidOn(candidate, day))
    .sort((a, b) => (a.listId ?? 0) - (b.listId ?? 0) || a.rank - b.rank)
    .map(({ personId, name, rank }) => ({ personId, name, rank }));
}
