/**
 * The majority rule of kommuneloven § 11-9: a decision takes a simple majority of the votes
 * cast; on a tie the chair's vote decides, except in elections, where a tie is drawn by lot
 * (that rule belongs to the elections and is not this function's). Members present must vote
 * (kl. § 8-1), so outside elections every vote is for or against, and the votes cast must add up
 * to those present and voting.
 */
export const MAJORITY_BASIS = "kl. § 11-9";

export type Side = "for" | "against";

export type MajorityResult =
  | { kind: "decided"; adopted: boolean; decidedByChair: boolean }
  /** A tie, and the chair's vote was not given: ask for it. */
  | { kind: "chair_vote_needed" };

export function simpleMajority({
  votesFor,
  votesAgainst,
  chairVote,
}: {
  votesFor: number;
  votesAgainst: number;
  /** How the chair voted; read only on a tie. */
  chairVote: Side | null;
}): MajorityResult {
  if (votesFor !== votesAgainst)
    return { kind: "decided", adopted: votesFor > votesAgainst, decidedByChair: false };
  if (chairVote === null) return { kind: "chair_vote_needed" };
  return { kind: "decided", adopted: chairVote === "for", decidedByChair: true };
}

/** What is wrong with a count, in the console's words; null when it matches those voting. */
export function voteCountProblem({
  votesFor,
  votesAgainst,
  presentAndVoting,
}: {
  votesFor: number;
  votesAgainst: number;
  presentAndVoting: number;
}): string | null {
  const cast = votesFor + votesAgainst;
  if (cast === presentAndVoting) return null;
  return cast > presentAndVoting
    ? `Det er ført ${cast} stemmer, men bare ${presentAndVoting} er til stede og stemmer. Tell på nytt.`
    : `Det er ført ${cast} stemmer, men ${presentAndVoting} er til stede og stemmer. Alle som er til stede, må stemme (kl. § 8-1).`;
}
