import type { MembershipRole } from "../../db/schema.ts";
import {
  checkMembershipPeriod,
  isMembershipValidOn,
  type MembershipPeriod,
} from "../../domain/membership.ts";

/**
 * The rules a new seat in a body must keep, checked before it is written. Pure: the caller
 * loads the body's memberships in the term and gets back the broken rules in bokmål.
 */
export interface MembershipFacts extends MembershipPeriod {
  personId: number;
  role: MembershipRole;
  /** The party or joint list the seat belongs to. */
  listId: number | null;
  substituteRank: number | null;
  hasVote: boolean;
}

export type MembershipField =
  | "personId"
  | "role"
  | "substituteRank"
  | "hasVote"
  | "startsOn"
  | "endsOn";

export interface MembershipRuleError {
  field: MembershipField;
  message: string;
}

/** Leader, deputy and members hold the seats that count towards seat_count. */
const SEAT_ROLES: ReadonlySet<MembershipRole> = new Set(["leader", "deputy_leader", "member"]);

export function isVotingSeat(membership: Pick<MembershipFacts, "role" | "hasVote">): boolean {
  return SEAT_ROLES.has(membership.role) && membership.hasVote;
}

/** Both periods include their last day; an open end lasts to the end of the term. */
export function periodsOverlap(a: MembershipPeriod, b: MembershipPeriod): boolean {
  return (
    (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn)
  );
}

/** Substitutes are ranked within their list; only they have a rank; observers have no vote. */
export function checkRoleFields(
  membership: Pick<MembershipFacts, "role" | "substituteRank" | "hasVote">,
): MembershipRuleError[] {
  const errors: MembershipRuleError[] = [];
  if (membership.role === "substitute" && membership.substituteRank === null)
    errors.push({
      field: "substituteRank",
      message: "Et varamedlem må ha et nummer i vararekkefølgen.",
    });
  if (membership.role !== "substitute" && membership.substituteRank !== null)
    errors.push({
      field: "substituteRank",
      message: "Bare varamedlemmer har nummer i vararekkefølgen.",
    });
  if (membership.role === "observer" && membership.hasVote)
    errors.push({ field: "hasVote", message: "En observatør har ikke stemmerett." });
  return errors;
}

/**
 * A rank belongs to one substitute in the body, term and list for the whole term, ended or
 * not, so the order of those who served stays readable.
 */
export function isSubstituteRankTaken(
  existing: readonly Pick<MembershipFacts, "listId" | "substituteRank">[],
  listId: number | null,
  rank: number,
): boolean {
  return existing.some((other) => other.listId === listId && other.substituteRank === rank);
}

/** Voting seats held on a day; the basis of the seat count rule. */
export function votingSeatsOn(existing: readonly MembershipFacts[], day: string): number {
  return existing.filter((other) => isVotingSeat(other) && isMembershipValidOn(other, day)).length;
}

export interface MembershipCheck {
  proposed: MembershipFacts;
  /** The body's memberships in the same term. */
  existing: readonly MembershipFacts[];
  seatCount: number;
  term: { startsOn: string; endsOn: string };
}

export function checkNewMembership({
  proposed,
  existing,
  seatCount,
  term,
}: MembershipCheck): MembershipRuleError[] {
  const errors: MembershipRuleError[] = [...checkMembershipPeriod(proposed, term)];
  errors.push(...checkRoleFields(proposed));
  if (
    proposed.role === "substitute" &&
    proposed.substituteRank !== null &&
    isSubstituteRankTaken(existing, proposed.listId, proposed.substituteRank)
  )
    errors.push({
      field: "substituteRank",
      message: `Nummer ${proposed.substituteRank} i vararekkefølgen er allerede tatt for denne listen i valgperioden.`,
    });
  if (
    proposed.role !== "substitute" &&
    existing.some(
      (other) =>
        other.personId === proposed.personId &&
        other.role !== "substitute" &&
        periodsOverlap(other, proposed),
    )
  )
    errors.push({
      field: "personId",
      message: "Personen har allerede en plass i utvalget i denne perioden.",
    });
  if (isVotingSeat(proposed) && votingSeatsOn(existing, proposed.startsOn) + 1 > seatCount)
    errors.push({
      field: "role",
      message: `Utvalget har ${seatCount} plasser med stemmerett, og alle er besatt på startdatoen.`,
    });
  return errors;
}
