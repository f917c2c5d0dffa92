import { isMembershipValidOn, type MembershipPeriod } from "./membership.ts";

/**
 * Substitute order (vararekkefølge): when a member is absent, the next free substitute from
 * the same party or joint list is called, in rank order. A substitute who is already called
 * for the meeting, absent, or not a substitute on the day is skipped.
 */
export interface SubstituteCandidate extends MembershipPeriod {
  personId: number;
  listId: number | null;
  rank: number;
}

export interface SubstituteQuery {
  listId: number | null;
  day: string;
  /** Persons already attending, already called, or who reported absence. */
  unavailable: ReadonlySet<number>;
}

export function nextSubstitute(
  candidates: readonly SubstituteCandidate[],
  { listId, day, unavailable }: SubstituteQuery,
): SubstituteCandidate | null {
  let best: SubstituteCandidate | null = null;
  for (const candidate of candidates) {
    if (candidate.listId !== listId) continue;
    if (unavailable.has(candidate.personId)) continue;
    if (!isMembershipValidOn(candidate, day)) continue;
    if (best === null || candidate.rank < best.rank) best = candidate;
  }
  return best;
}
