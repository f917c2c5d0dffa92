import { describe, expect, it } from "vitest";
import { nextSubstitute, type SubstituteCandidate } from "../../src/domain/substitutes.ts";

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

describe("next substitute", () => {
  const candidates = [
    candidate(3, 1, 3),
    candidate(1, 1, 1),
    candidate(2, 1, 2),
    candidate(9, 2, 1),
  ];

  it("calls the highest-ranked free substitute from the absent member's list", () => {
    expect(
      nextSubstitute(candidates, { listId: 1, day: "2026-05-01", unavailable: new Set() })
        ?.personId,
    ).toBe(1);
  });

  it("skips substitutes already called or absent", () => {
    expect(
      nextSubstitute(candidates, { listId: 1, day: "2026-05-01", unavailable: new Set([1]) })
        ?.personId,
    ).toBe(2);
    expect(
      nextSubstitute(candidates, { listId: 1, day: "2026-05-01", unavailable: new Set([1, 2]) })
        ?.personId,
    ).toBe(3);
  });

  it("never takes a substitute from another list", () => {
    expect(
      nextSubstitute(candidates, { listId: 1, day: "2026-05-01", unavailable: new Set([1, 2, 3]) }),
    ).toBeNull();
  });

  it("skips a substitute whose membership has ended on the meeting day", () => {
    const list = [candidate(1, 1, 1, "2026-01-31"), candidate(2, 1, 2)];
    expect(
      nextSubstitute(list, { listId: 1, day: "2026-01-31", unavailable: new Set() })?.personId,
    ).toBe(1);
    expect(
      nextSubstitute(list, { listId: 1, day: "2026-02-01", unavailable: new Set() })?.personId,
    ).toBe(2);
  });
});
