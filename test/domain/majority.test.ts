import { describe, expect, it } from "vitest";
import { simpleMajority, voteCountProblem } from "../../src/domain/majority.ts";

describe("simple majority (kl. § 11-9)", () => {
  it("adopts with more votes for than against", () => {
    expect(simpleMajority({ votesFor: 29, votesAgainst: 10, chairVote: null })).toEqual({
      kind: "decided",
      adopted: true,
      decidedByChair: false,
    });
  });

  it("rejects with more against, whatever the chair voted", () => {
    expect(simpleMajority({ votesFor: 4, votesAgainst: 5, chairVote: "for" })).toEqual({
      kind: "decided",
      adopted: false,
      decidedByChair: false,
    });
  });

  it("lets the chair's vote decide a tie", () => {
    expect(simpleMajority({ votesFor: 4, votesAgainst: 4, chairVote: "for" })).toEqual({
      kind: "decided",
      adopted: true,
      decidedByChair: true,
    });
    expect(simpleMajority({ votesFor: 4, votesAgainst: 4, chairVote: "against" })).toEqual({
      kind: "decided",
      adopted: false,
      decidedByChair: true,
    });
  });

  it("asks for the chair's vote on a tie when it is not given", () => {
    expect(simpleMajority({ votesFor: 3, votesAgainst: 3, chairVote: null })).toEqual({
      kind: "chair_vote_needed",
    });
  });
});

describe("the count against those present and voting", () => {
  it("accepts a count that adds up", () => {
    expect(voteCountProblem({ votesFor: 5, votesAgainst: 2, presentAndVoting: 7 })).toBeNull();
  });

  it("says that every member present must vote when votes are missing", () => {
    expect(voteCountProblem({ votesFor: 5, votesAgainst: 1, presentAndVoting: 7 })).toBe(
      "Det er ført 6 stemmer, men 7 er til stede og stemmer. Alle som er til stede, må stemme (kl. § 8-1).",
    );
  });

  it("says the count is too high when there are more votes than voters", () => {
    expect(voteCountProblem({ votesFor: 5, votesAgainst: 3, presentAndVoting: 7 })).toContain(
      "bare 7",
    );
  });
});
