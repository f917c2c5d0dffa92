import { describe, expect, it } from "vitest";
import {
  proposeSubstitute,
  type SubstituteCandidate,
  type SubstituteQuery,
} from "../../src/domain/substitutes.ts";

const candidate = (
  personId: number,
  listId: number,
  rank: number,
  endsOn: string | null = null,
): SubstituteCandidate => ({
  personId,
  listId,
  rank,
  startsOn: "2023-10-01",
  endsOn,
});

const none = new Set<number>();
const query = (overrides: Partial<SubstituteQuery> = {}): SubstituteQuery => ({
  listId: 1,
  day: "2026-05-01",
  absent: none,
  called: none,
  members: none,
  disqualified: none,
  ...overrides,
});

describe("proposing the next substitute", () => {
  const candidates = [
    candidate(3, 1, 3),
    candidate(1, 1, 1),
    candidate(2, 1, 2),
    candidate(9, 2, 1),
  ];

  it("proposes the highest-ranked free substitute from the absent member's list", () => {
    const proposal = proposeSubstitute(candidates, query());
    expect(proposal.next?.personId).toBe(1);
    expect(proposal.skipped).toEqual([]);
  });

  it("passes over substitutes who are absent or already called, and says why", () => {
    const proposal = proposeSubstitute(
      candidates,
      query({ absent: new Set([1]), called: new Set([2]) }),
    );
    expect(proposal.next?.personId).toBe(3);
    expect(proposal.skipped.map((s) => [s.candidate.personId, s.reason])).toEqual([
      [1, "absent"],
      [2, "called"],
    ]);
  });

  it("passes over a substitute who has a seat of their own in the body", () => {
    expect(proposeSubstitute(candidates, query({ members: new Set([1]) })).next?.personId).toBe(2);
  });

  it("passes over a substitute who is disqualified for the item", () => {
    const proposal = proposeSubstitute(candidates, query({ disqualified: new Set([1, 2]) }));
    expect(proposal.next?.personId).toBe(3);
    expect(proposal.skipped.map((s) => s.reason)).toEqual(["disqualified", "disqualified"]);
  });

  it("never takes a substitute from another list", () => {
    const proposal = proposeSubstitute(candidates, query({ called: new Set([1, 2, 3]) }));
    expect(proposal.next).toBeNull();
    expect(proposal.skipped).toHaveLength(3);
  });

  it("takes from a joint list only the joint list's own substitutes", () => {
    expect(proposeSubstitute(candidates, query({ listId: 2 })).next?.personId).toBe(9);
  });

  it("skips a substitute whose membership has ended on the meeting day", () => {
    const list = [candidate(1, 1, 1, "2026-01-31"), candidate(2, 1, 2)];
    expect(proposeSubstitute(list, query({ day: "2026-01-31" })).next?.personId).toBe(1);
    const later = proposeSubstitute(list, query({ day: "2026-02-01" }));
    expect(later.next?.personId).toBe(2);
    // One who is no substitute on the day is not passed over; they are not on the list at all.
    expect(later.skipped).toEqual([]);
  });
});
