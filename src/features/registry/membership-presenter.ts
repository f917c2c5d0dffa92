import type { BodyKind, MembershipRole } from "../../db/schema.ts";
import { roleLabel } from "../../domain/membership.ts";
import { formatDay } from "../../domain/time.ts";
import type { Choice } from "../../web/forms.tsx";
import type { BodySeatRow, PersonSeatRow, SeatRecord } from "./membership-queries.ts";
import { votingSeatsOn } from "./membership-rules.ts";
import { bodyTermPath, endSeatPath, personPath } from "./registry-paths.ts";

/** The order roles are listed and offered in: those who lead first, substitutes last. */
const ROLE_ORDER: MembershipRole[] = [
  "leader",
  "deputy_leader",
  "member",
  "observer",
  "substitute",
];

/** "Medlem", "Ordfører", or a substitute with their place in the order: "Varamedlem nr. 2". */
function seatRoleLabel(
  seat: { role: MembershipRole; substitute_rank: number | null },
  bodyKind: BodyKind,
): string {
  const rank = seat.substitute_rank !== null ? ` nr. ${seat.substitute_rank}` : "";
  return `${roleLabel(seat.role, bodyKind)}${rank}`;
}

const voteLabel = (hasVote: boolean): string => (hasVote ? "Ja" : "Nei");

/** One of a person's seats, on the person's page. */
export interface PersonSeatView {
  id: number;
  bodyName: string;
  /** The body's page in the seat's term. */
  bodyHref: string;
  termName: string;
  roleLabel: string;
  listShortName: string | null;
  voteLabel: string;
  fromLabel: string;
  /** Null while the seat lasts out the term. */
  toLabel: string | null;
}

export function presentPersonSeat(row: PersonSeatRow): PersonSeatView {
  return {
    id: row.id,
    bodyName: row.body_name,
    bodyHref: bodyTermPath(row.body_id, row.term_id),
    termName: row.term_name,
    roleLabel: seatRoleLabel(row, row.body_kind),
    listShortName: row.list_short_name,
    voteLabel: voteLabel(row.has_vote),
    fromLabel: formatDay(row.starts_on),
    toLabel: row.ends_on ? formatDay(row.ends_on) : null,
  };
}

/** One seat in a body's list of members. */
export interface MemberView {
  id: number;
  name: string;
  personHref: string;
  roleLabel: string;
  voteLabel: string;
  fromLabel: string;
  toLabel: string | null;
  /** Where to end the seat; null once it has ended. */
  endHref: string | null;
}

export interface MemberGroupView {
  key: string;
  listName: string;
  members: MemberView[];
}

/**
 * Seats grouped by party or joint list, the lists by name and seats without one last; within a
 * list those who lead first, then members, observers and substitutes in their order.
 */
export function presentMemberGroups(
  seats: readonly BodySeatRow[],
  body: { id: number; kind: BodyKind },
): MemberGroupView[] {
  const sorted = [...seats].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      (a.substitute_rank ?? 0) - (b.substitute_rank ?? 0) ||
      a.family_name.localeCompare(b.family_name, "nb") ||
      a.given_name.localeCompare(b.given_name, "nb"),
  );
  const groups = new Map<string, MemberGroupView>();
  for (const seat of sorted) {
    const key = seat.list_id === null ? "uten" : String(seat.list_id);
    let group = groups.get(key);
    if (!group) {
      group = { key, listName: seat.list_name ?? "Uten liste", members: [] };
      groups.set(key, group);
    }
    group.members.push({
      id: seat.id,
      name: `${seat.given_name} ${seat.family_name}`,
      personHref: personPath(seat.person_id),
      roleLabel: seatRoleLabel(seat, body.kind),
      voteLabel: voteLabel(seat.has_vote),
      fromLabel: formatDay(seat.starts_on),
      toLabel: seat.ends_on ? formatDay(seat.ends_on) : null,
      endHref: seat.ends_on === null ? endSeatPath(body.id, seat.id) : null,
    });
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === "uten") - Number(b.key === "uten") ||
      a.listName.localeCompare(b.listName, "nb"),
  );
}

/** Voting seats held on a day, the figure set against the body's seat count. */
export const votingSeatsHeldOn = (seats: readonly BodySeatRow[], day: string): number =>
  votingSeatsOn(
    seats.map((seat) => ({
      personId: seat.person_id,
      role: seat.role,
      listId: seat.list_id,
      substituteRank: seat.substitute_rank,
      hasVote: seat.has_vote,
      startsOn: seat.starts_on,
      endsOn: seat.ends_on,
    })),
    day,
  );

export const roleChoices = (bodyKind: BodyKind): Choice[] =>
  ROLE_ORDER.map((role) => ({ value: role, label: roleLabel(role, bodyKind) }));

export interface AddMembershipFormValues {
  personId: string;
  role: string;
  listId: string;
  substituteRank: string;
  hasVote: boolean;
  startsOn: string;
  endsOn: string;
}

/** The seat on the page that ends it. */
export interface EndMembershipView {
  personName: string;
  roleLabel: string;
  bodyName: string;
  /** The body's page in the seat's term, where the page leads back to. */
  bodyHref: string;
  termName: string;
  fromLabel: string;
  action: string;
}

export function presentSeatToEnd(seat: SeatRecord): EndMembershipView {
  return {
    personName: `${seat.personGivenName} ${seat.personFamilyName}`,
    roleLabel: roleLabel(seat.role, seat.bodyKind),
    bodyName: seat.bodyName,
    bodyHref: bodyTermPath(seat.bodyId, seat.termId),
    termName: seat.termName,
    fromLabel: formatDay(seat.startsOn),
    action: endSeatPath(seat.bodyId, seat.id),
  };
}
