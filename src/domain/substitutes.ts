import { isMembershipValidOn, type MembershipPeriod } from "./membership.ts";

/**
 * Substitute order (vararekkefølge): when a member is absent, the next free substitute from
 * the same party or joint list is called, in rank order. A substitute is passed over who has
 * reported absence, is already called for the meeting (or the item), has a seat of their own in
 * the body, or is disqualified for the item; so is one who is not a substitute on the day.
 */
export interface SubstituteCandidate extends MembershipPeriod {
  personId: number;
  listId: number | null;
  rank: number;
}

export type SkipReason = "absent" | "called" | "member" | "disqualified";

export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  absent: "har meldt forfall",
  called: "er allerede innkalt",
  member: "møter som fast medlem",
  disqualified: "er inhabil i saken",
};

export interface SubstituteQuery {
  listId: number | null;
  day: string;
  /** Persons who reported absence for the meeting or the item. */
  absent: ReadonlySet<number>;
  /** Persons already called for the meeting or the item, and not declined. */
  called: ReadonlySet<number>;
  /** Persons with a seat of their own in the body on the day. */
  members: ReadonlySet<number>;
  /** Persons ruled disqualified for the item (none when the call is for the meeting). */
  disqualified: ReadonlySet<number>;
}

export interface SubstituteProposal {
  next: SubstituteCandidate | null;
  /** Those ranked before the proposed one, and why each is passed over, in rank order. */
  skipped: Array<{ candidate: SubstituteCandidate; reason: SkipReason }>;
}

function skipReason(personId: number, query: SubstituteQuery): SkipReason | null {
  if (query.absent.has(personId)) return "absent";
  if (query.called.has(personId)) return "called";
  if (query.members.has(personId)) return "member";
  if (query.disqualified.has(personId)) return "disqualified";
  return null;
}

export function proposeSubstitute(
  candidates: readonly SubstituteCandidate[],
  query: SubstituteQuery,
): SubstituteProposal {
  const ranked = candidates
    .filter((c) => c.listId === query.listId && isMembershipValidOn(c, query.day))
    .sort((a, b) => a.rank - b.rank);
  const skipped: SubstituteProposal["skipped"] = [];
  for (const candidate of ranked) {
    const reason = skipReason(candidate.personId, query);
    if (reason === null) return { next: candidate, skipped };
    skipped.push({ candidate, reason });
  }
  return { next: null, skipped };
}
