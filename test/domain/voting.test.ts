import { describe, expect, it } from "vitest";
import {
  alternativeVoteResult,
  BASIS_CHAIR,
  BASIS_ELECTION_LOT,
  BASIS_ELECTION_MAJORITY,
  BASIS_ELECTION_MOST,
  BASIS_MAJORITY,
  countProblems,
  electionResult,
  proposalVoteResult,
} from "../../src/domain/voting.ts";

describe("the legal basis each result prints", () => {
  // kl. § 7-9 is fritak (relief from office); flertallsvalg is § 7-8, the majority and the
  // chair's casting vote § 11-9, the duty to vote § 8-1.
  it("names the paragraph of kommuneloven that gives the rule", () => {
    expect(BASIS_MAJORITY).toContain("kl. § 11-9");
    expect(BASIS_CHAIR).toContain("kl. § 11-9");
    for (const basis of [BASIS_ELECTION_MAJORITY, BASIS_ELECTION_MOST, BASIS_ELECTION_LOT]) {
      expect(basis).toContain("kl. § 7-8");
      expect(basis).not.toContain("§ 7-9");
    }
  });
});

describe("a vote on a proposal (kl. § 11-9)", () => {
  it("adopts by simple majority of the votes cast", () => {
    const result = proposalVoteResult({
      presentAndVoting: 39,
      votesFor: 29,
      votesAgainst: 10,
      chairVoted: null,
      label: "forslaget",
    });
    expect(result).toEqual({
      ok: true,
      adopted: true,
      decidedByChair: false,
      votesFor: 29,
      votesAgainst: 10,
      basis: BASIS_MAJORITY,
      summary: "Forslaget ble vedtatt med 29 mot 10 stemmer.",
    });
  });

  it("rejects a proposal with fewer votes for than against", () => {
    const result = proposalVoteResult({
      presentAndVoting: 9,
      votesFor: 4,
      votesAgainst: 5,
      chairVoted: null,
      label: "forslaget",
    });
    expect(result).toMatchObject({
      ok: true,
      adopted: false,
      summary: "Forslaget falt med 5 mot 4 stemmer.",
    });
  });

  it("lets the chair's vote decide a tie, whichever side the chair took", () => {
    const forSide = proposalVoteResult({
      presentAndVoting: 8,
      votesFor: 4,
      votesAgainst: 4,
      chairVoted: "for",
      label: "forslaget",
    });
    expect(forSide).toMatchObject({
      ok: true,
      adopted: true,
      decidedByChair: true,
      basis: BASIS_CHAIR,
    });
    const against = proposalVoteResult({
      presentAndVoting: 8,
      votesFor: 4,
      votesAgainst: 4,
      chairVoted: "against",
      label: "forslaget",
    });
    expect(against).toMatchObject({
      ok: true,
      adopted: false,
      summary: "Forslaget falt med 4 mot 4 stemmer, med møtelederens dobbeltstemme.",
    });
  });

  it("asks how the chair voted on a tie rather than guessing", () => {
    const result = proposalVoteResult({
      presentAndVoting: 8,
      votesFor: 4,
      votesAgainst: 4,
      chairVoted: null,
      label: "forslaget",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/oppgi hvordan møtelederen stemte/);
  });

  it("refuses a count short of those present: everyone present must vote (kl. § 8-1)", () => {
    const result = proposalVoteResult({
      presentAndVoting: 11,
      votesFor: 6,
      votesAgainst: 4,
      chairVoted: null,
      label: "forslaget",
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        "Det er talt 10 stemmer, men 11 er til stede og har stemmerett. Alle som er til stede, plikter å stemme (kl. § 8-1).",
      ],
    });
  });

  it("refuses more votes than members present and voting", () => {
    const result = proposalVoteResult({
      presentAndVoting: 9,
      votesFor: 6,
      votesAgainst: 4,
      chairVoted: null,
      label: "forslaget",
    });
    expect(result).toEqual({
      ok: false,
      problems: ["Det er talt 10 stemmer, men bare 9 er til stede og har stemmerett."],
    });
  });

  it("refuses a party counted with more votes than it has members present", () => {
    const result = proposalVoteResult({
      presentAndVoting: 9,
      votesFor: 5,
      votesAgainst: 4,
      chairVoted: null,
      label: "forslaget",
      parties: [
        { partyName: "Arbeiderpartiet", present: 4, votes: [5, 0] },
        { partyName: "Høyre", present: 5, votes: [0, 4] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: ["Arbeiderpartiet har 4 til stede, men er ført med 5 stemmer."],
    });
  });

  it("refuses counts that are not whole numbers", () => {
    expect(countProblems({ presentAndVoting: 3, cast: [1.5, 1.5], blank: null })).toEqual([
      "Stemmetallene må være hele tall, null eller mer.",
    ]);
    expect(countProblems({ presentAndVoting: 3, cast: [4, -1], blank: null })).toEqual([
      "Stemmetallene må være hele tall, null eller mer.",
    ]);
  });
});

describe("an alternative vote between two proposals", () => {
  const labels: [string, string] = ["innstillingen", "forslaget fra Ap"];

  it("adopts the proposal with more votes", () => {
    const result = alternativeVoteResult({
      presentAndVoting: 39,
      votes: [10, 29],
      labels,
      chairVotedFor: null,
    });
    expect(result).toEqual({
      ok: true,
      winner: 1,
      decidedByChair: false,
      basis: BASIS_MAJORITY,
      summary: "Forslaget fra Ap ble vedtatt med 29 stemmer mot 10 for innstillingen.",
    });
  });

  it("lets the chair decide a tie and refuses to guess without the chair's vote", () => {
    expect(
      alternativeVoteResult({ presentAndVoting: 6, votes: [3, 3], labels, chairVotedFor: 0 }),
    ).toMatchObject({ ok: true, winner: 0, decidedByChair: true, basis: BASIS_CHAIR });
    expect(
      alternativeVoteResult({ presentAndVoting: 6, votes: [3, 3], labels, chairVotedFor: null }).ok,
    ).toBe(false);
  });

  it("allows no blank votes: the counts must add up to those present", () => {
    const result = alternativeVoteResult({
      presentAndVoting: 7,
      votes: [3, 3],
      labels,
      chairVotedFor: 0,
    });
    expect(result.ok).toBe(false);
  });
});

describe("an election by majority (flertallsvalg, kl. § 7-8)", () => {
  const ada = { id: 1, name: "Ada Berg" };
  const per = { id: 2, name: "Per Dahl" };
  const kari = { id: 3, name: "Kari Eik" };

  it("elects in the first vote one with more than half of the votes cast, blank not counted", () => {
    const result = electionResult({
      presentAndVoting: 11,
      round: 1,
      candidates: [
        { ...ada, votes: 5 },
        { ...per, votes: 4 },
      ],
      blank: 2,
      lotWinnerId: null,
    });
    expect(result).toMatchObject({
      ok: true,
      status: "elected",
      electedId: 1,
      byLot: false,
      summary: "Ada Berg ble valgt med 5 av 9 avgitte stemmer, 2 blanke stemmer.",
    });
  });

  it("calls for a new vote when nobody has more than half in the first", () => {
    const result = electionResult({
      presentAndVoting: 10,
      round: 1,
      candidates: [
        { ...ada, votes: 4 },
        { ...per, votes: 3 },
        { ...kari, votes: 3 },
      ],
      blank: 0,
      lotWinnerId: null,
    });
    expect(result).toMatchObject({ ok: true, status: "new_vote" });
  });

  it("elects the one with the most votes in a new vote", () => {
    const result = electionResult({
      presentAndVoting: 10,
      round: 2,
      candidates: [
        { ...ada, votes: 4 },
        { ...per, votes: 3 },
        { ...kari, votes: 3 },
      ],
      blank: 0,
      lotWinnerId: null,
    });
    expect(result).toMatchObject({ ok: true, status: "elected", electedId: 1, byLot: false });
  });

  it("settles a tie in a new vote by lot, never by the chair, and records the draw", () => {
    const needsLot = electionResult({
      presentAndVoting: 10,
      round: 2,
      candidates: [
        { ...ada, votes: 4 },
        { ...per, votes: 4 },
        { ...kari, votes: 2 },
      ],
      blank: 0,
      lotWinnerId: null,
    });
    expect(needsLot).toEqual({
      ok: false,
      problems: [
        "Stemmelikhet mellom Ada Berg og Per Dahl med 4 stemmer hver: valget avgjøres ved loddtrekning (kl. § 7-8). Før inn hvem som ble trukket ut.",
      ],
    });
    const drawn = electionResult({
      presentAndVoting: 10,
      round: 2,
      candidates: [
        { ...ada, votes: 4 },
        { ...per, votes: 4 },
        { ...kari, votes: 2 },
      ],
      blank: 0,
      lotWinnerId: 2,
    });
    expect(drawn).toMatchObject({
      ok: true,
      electedId: 2,
      byLot: true,
      drawnBetween: [1, 2],
      basis: BASIS_ELECTION_LOT,
    });
  });

  it("refuses a lot drawn for a candidate who was not in the tie", () => {
    const result = electionResult({
      presentAndVoting: 10,
      round: 2,
      candidates: [
        { ...ada, votes: 4 },
        { ...per, votes: 4 },
        { ...kari, votes: 2 },
      ],
      blank: 0,
      lotWinnerId: 3,
    });
    expect(result).toEqual({
      ok: false,
      problems: ["Loddet kan bare trekkes mellom Ada Berg og Per Dahl."],
    });
  });

  it("counts blank votes towards the duty to vote", () => {
    const result = electionResult({
      presentAndVoting: 10,
      round: 1,
      candidates: [{ ...ada, votes: 7 }],
      blank: 2,
      lotWinnerId: null,
    });
    expect(result.ok).toBe(false);
  });
});
