/**
 * The result of a vote from its counts, under kommuneloven. These are pure rules: the console
 * gives them the counts as the secretary entered them and the number of members present and
 * voting on the item, and stores what they answer, basis included, for the minutes.
 *
 * - A decision is taken by simple majority of the votes cast; on a tie the chair's vote
 *   decides, but not in elections (kl. § 11-9).
 * - Every member present must vote; only in elections may one vote blank (kl. § 8-1).
 * - In an election of one person by majority (flertallsvalg) the one with more than half the
 *   votes cast is elected; if none has, a new vote is held in which the most votes win, and a
 *   tie there is settled by drawing lots (kl. § 7-8).
 */

import { type Side, simpleMajority } from "./majority.ts";

export type { Side };

export const BASIS_MAJORITY = "Alminnelig flertall av de avgitte stemmene (kl. § 11-9).";
export const BASIS_CHAIR = "Stemmelikhet: møtelederens stemme er avgjørende (kl. § 11-9).";
export const BASIS_DUTY_TO_VOTE = "Alle som er til stede, plikter å stemme (kl. § 8-1).";
export const BASIS_ELECTION_MAJORITY =
  "Valgt med mer enn halvparten av de avgitte stemmene (kl. § 7-8).";
export const BASIS_ELECTION_MOST = "Valgt med flest stemmer ved ny avstemning (kl. § 7-8).";
export const BASIS_ELECTION_LOT = "Stemmelikhet ved valg: avgjort ved loddtrekning (kl. § 7-8).";

/** The votes one party (or joint list) cast, as the secretary counted them. */
export interface PartyCount {
  partyName: string;
  /** Members of the party present and voting on the item. */
  present: number;
  votes: number[];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/**
 * What is wrong with a count, in Norwegian, or nothing: every member present and voting cast
 * exactly one vote (blank only where it is allowed), and no party cast more votes than it has
 * members present.
 */
export function countProblems({
  presentAndVoting,
  cast,
  blank,
  parties,
}: {
  presentAndVoting: number;
  /** Votes for a side, a proposal or a candidate. */
  cast: number[];
  /** Blank votes; null where blank votes are not allowed (anything but an election). */
  blank: number | null;
  parties?: PartyCount[];
}): string[] {
  const problems: string[] = [];
  if ([...cast, blank ?? 0].some((count) => !Number.isInteger(count) || count < 0))
    return ["Stemmetallene må være hele tall, null eller mer."];
  const total = cast.reduce((sum, count) => sum + count, 0) + (blank ?? 0);
  if (total < presentAndVoting)
    problems.push(
      `Det er talt ${plural(total, "stemme", "stemmer")}, men ${presentAndVoting} er til stede og har stemmerett. ${BASIS_DUTY_TO_VOTE}`,
    );
  else if (total > presentAndVoting)
    problems.push(
      `Det er talt ${plural(total, "stemme", "stemmer")}, men bare ${presentAndVoting} er til stede og har stemmerett.`,
    );
  for (const party of parties ?? []) {
    const partyTotal = party.votes.reduce((sum, count) => sum + count, 0);
    if (partyTotal > party.present)
      problems.push(
        `${party.partyName} har ${party.present} til stede, men er ført med ${plural(partyTotal, "stemme", "stemmer")}.`,
      );
  }
  return problems;
}

export type ProposalVoteResult =
  | {
      ok: true;
      adopted: boolean;
      decidedByChair: boolean;
      votesFor: number;
      votesAgainst: number;
      basis: string;
      /** The line for the minutes, e.g. «Forslaget ble vedtatt med 29 mot 10 stemmer.» */
      summary: string;
    }
  | { ok: false; problems: string[] };

/**
 * A proposal put to the vote for or against. On a tie the chair's vote decides, so the chair's
 * side must be known then; it is read from the names where the body records them, or asked.
 */
export function proposalVoteResult({
  presentAndVoting,
  votesFor,
  votesAgainst,
  chairVoted,
  label,
  parties,
}: {
  presentAndVoting: number;
  votesFor: number;
  votesAgainst: number;
  chairVoted: Side | null;
  /** How the minutes name the proposal, e.g. «innstillingen». */
  label: string;
  parties?: PartyCount[];
}): ProposalVoteResult {
  const problems = countProblems({
    presentAndVoting,
    cast: [votesFor, votesAgainst],
    blank: null,
    ...(parties ? { parties } : {}),
  });
  if (problems.length > 0) return { ok: false, problems };
  const majority = simpleMajority({ votesFor, votesAgainst, chairVote: chairVoted });
  if (majority.kind === "chair_vote_needed")
    return {
      ok: false,
      problems: [
        `Stemmelikhet (${votesFor} mot ${votesAgainst}): oppgi hvordan møtelederen stemte, for møtelederens stemme er avgjørende (kl. § 11-9).`,
      ],
    };
  const { adopted, decidedByChair: tie } = majority;
  const counts = adopted ? `${votesFor} mot ${votesAgainst}` : `${votesAgainst} mot ${votesFor}`;
  const chair = tie ? ", med møtelederens dobbeltstemme" : "";
  const summary = `${capitalise(label)} ${adopted ? "ble vedtatt" : "falt"} med ${counts} stemmer${chair}.`;
  return {
    ok: true,
    adopted,
    decidedByChair: tie,
    votesFor,
    votesAgainst,
    basis: tie ? BASIS_CHAIR : BASIS_MAJORITY,
    summary,
  };
}

export type AlternativeVoteResult =
  | {
      ok: true;
      /** 0 when the first proposal won, 1 when the second did. */
      winner: 0 | 1;
      decidedByChair: boolean;
      basis: string;
      summary: string;
    }
  | { ok: false; problems: string[] };

/**
 * An alternative vote (alternativ votering) between two proposals: every member votes for one
 * of them, and the one with more votes is adopted; on a tie, the one the chair voted for.
 */
export function alternativeVoteResult({
  presentAndVoting,
  votes,
  labels,
  chairVotedFor,
  parties,
}: {
  presentAndVoting: number;
  votes: [number, number];
  /** How the minutes name the proposals, e.g. «innstillingen» and «forslaget fra Ap». */
  labels: [string, string];
  chairVotedFor: 0 | 1 | null;
  parties?: PartyCount[];
}): AlternativeVoteResult {
  const problems = countProblems({
    presentAndVoting,
    cast: votes,
    blank: null,
    ...(parties ? { parties } : {}),
  });
  if (problems.length > 0) return { ok: false, problems };
  // The first proposal is «for», the second «against»: the majority rule is the same.
  const majority = simpleMajority({
    votesFor: votes[0],
    votesAgainst: votes[1],
    chairVote: chairVotedFor === null ? null : chairVotedFor === 0 ? "for" : "against",
  });
  if (majority.kind === "chair_vote_needed")
    return {
      ok: false,
      problems: [
        `Stemmelikhet (${votes[0]} mot ${votes[1]}): oppgi hvilket forslag møtelederen stemte for, for møtelederens stemme er avgjørende (kl. § 11-9).`,
      ],
    };
  const tie = majority.decidedByChair;
  const winner: 0 | 1 = majority.adopted ? 0 : 1;
  const loser = winner === 0 ? 1 : 0;
  const summary = `${capitalise(labels[winner])} ble vedtatt med ${votes[winner]} stemmer mot ${votes[loser]} for ${labels[loser]}${tie ? ", med møtelederens dobbeltstemme" : ""}.`;
  return {
    ok: true,
    winner,
    decidedByChair: tie,
    basis: tie ? BASIS_CHAIR : BASIS_MAJORITY,
    summary,
  };
}

export interface CandidateCount {
  id: number;
  name: string;
  votes: number;
}

export type ElectionResult =
  | {
      ok: true;
      status: "elected";
      electedId: number;
      byLot: boolean;
      /** The candidates the lot was drawn between; empty when no lot was needed. */
      drawnBetween: number[];
      basis: string;
      summary: string;
    }
  | {
      /** Nobody had more than half the votes cast in the first vote: a new vote is held. */
      ok: true;
      status: "new_vote";
      basis: string;
      summary: string;
    }
  | { ok: false; problems: string[] };

/**
 * An election of one person by majority (flertallsvalg). Blank votes fulfil the duty to vote
 * but are not votes cast for anyone, so they do not count towards «more than half». In the
 * first vote a candidate needs more than half the votes cast; in a new vote the most votes
 * win, and a tie is drawn by lot: the caller gives who was drawn, so the draw is recorded.
 */
export function electionResult({
  presentAndVoting,
  round,
  candidates,
  blank,
  lotWinnerId,
}: {
  presentAndVoting: number;
  /** 1 for the first vote, 2 or more for a new vote (ny avstemning). */
  round: number;
  candidates: CandidateCount[];
  blank: number;
  lotWinnerId: number | null;
}): ElectionResult {
  if (candidates.length === 0) return { ok: false, problems: ["Valget har ingen kandidater."] };
  const problems = countProblems({
    presentAndVoting,
    cast: candidates.map((candidate) => candidate.votes),
    blank,
  });
  if (problems.length > 0) return { ok: false, problems };
  const cast = candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
  if (cast === 0) return { ok: false, problems: ["Ingen stemmer er avgitt for en kandidat."] };
  const most = Math.max(...candidates.map((candidate) => candidate.votes));
  const leaders = candidates.filter((candidate) => candidate.votes === most);
  const blankNote = blank > 0 ? `, ${plural(blank, "blank stemme", "blanke stemmer")}` : "";
  if (round === 1) {
    const [leader] = leaders;
    if (leaders.length === 1 && leader && most * 2 > cast)
      return {
        ok: true,
        status: "elected",
        electedId: leader.id,
        byLot: false,
        drawnBetween: [],
        basis: BASIS_ELECTION_MAJORITY,
        summary: `${leader.name} ble valgt med ${most} av ${cast} avgitte stemmer${blankNote}.`,
      };
    return {
      ok: true,
      status: "new_vote",
      basis: "Ingen fikk mer enn halvparten av de avgitte stemmene: ny avstemning (kl. § 7-8).",
      summary: `Ingen fikk mer enn halvparten av ${cast} avgitte stemmer${blankNote}. Det holdes ny avstemning.`,
    };
  }
  const [leader] = leaders;
  if (leaders.length === 1 && leader)
    return {
      ok: true,
      status: "elected",
      electedId: leader.id,
      byLot: false,
      drawnBetween: [],
      basis: BASIS_ELECTION_MOST,
      summary: `${leader.name} ble valgt med ${most} av ${cast} avgitte stemmer ved ny avstemning${blankNote}.`,
    };
  const names = leaders.map((candidate) => candidate.name).join(" og ");
  const drawn = leaders.find((candidate) => candidate.id === lotWinnerId);
  if (!drawn)
    return {
      ok: false,
      problems: [
        lotWinnerId === null
          ? `Stemmelikhet mellom ${names} med ${most} stemmer hver: valget avgjøres ved loddtrekning (kl. § 7-8). Før inn hvem som ble trukket ut.`
          : `Loddet kan bare trekkes mellom ${names}.`,
      ],
    };
  return {
    ok: true,
    status: "elected",
    electedId: drawn.id,
    byLot: true,
    drawnBetween: leaders.map((candidate) => candidate.id),
    basis: BASIS_ELECTION_LOT,
    summary: `Stemmelikhet mellom ${names} med ${most} stemmer hver. ${drawn.name} ble valgt ved loddtrekning.`,
  };
}
