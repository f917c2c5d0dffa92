import type { Database } from "../../db/database.ts";
import type { SpeechKind } from "./add-speaker.ts";

/**
 * An item's treatment as the console and the live page show it, read from the tables or from
 * their public views: the same shape either way, so the two pages cannot tell it differently.
 */
export interface TreatmentProposal {
  id: number;
  number: number;
  kind: "recommendation" | "alternative" | "amendment" | "addition" | "referral" | "postponement";
  text: string;
  madeByName: string;
  parties: string[];
  amendsNumber: number | null;
  referredTo: string | null;
  withdrawn: boolean;
  /** The votes' verdict on it: adopted, fallen, or not voted on yet. */
  outcome: "adopted" | "fallen" | null;
}

export interface TreatmentVote {
  id: number;
  number: number;
  kind: "proposal" | "alternative";
  proposalNumber: number;
  otherProposalNumber: number | null;
  votesFor: number;
  votesAgainst: number;
  decidedByChair: boolean;
  basis: string;
  summary: string;
  recordedAt: Date;
  parties: Array<{ partyName: string; votesFor: number; votesAgainst: number }>;
}

export interface TreatmentElection {
  id: number;
  title: string;
  candidates: Array<{ id: number; name: string; proposedBy: string }>;
  rounds: Array<{
    round: number;
    status: "elected" | "new_vote";
    electedCandidateId: number | null;
    byLot: boolean;
    blank: number;
    basis: string;
    summary: string;
    votes: ReadonlyMap<number, number>;
  }>;
  decided: boolean;
}

export interface TreatmentSpeaker {
  id: number;
  kind: SpeechKind;
  personId: number;
  name: string;
  partyCode: string | null;
  replyToId: number | null;
  startedAt: Date | null;
  endedAt: Date | null;
  cancelled: boolean;
}

export interface Treatment {
  proposals: TreatmentProposal[];
  votes: TreatmentVote[];
  elections: TreatmentElection[];
  /** The list in speaking order: each speech followed by its replies and then the answer. */
  speakers: TreatmentSpeaker[];
  /** Who has the floor now, and who speaks next. */
  floor: TreatmentSpeaker | null;
  next: TreatmentSpeaker | null;
}

/** Where the rows are read from: the tables for the console, the public views for the portal. */
type Source = "workspace" | "public";

type TreatmentTable =
  | "proposal"
  | "proposal_party"
  | "vote"
  | "vote_party_count"
  | "election"
  | "election_candidate"
  | "election_round"
  | "election_count"
  | "speaker_entry";

/**
 * Each table's public view, which leaves out closed items and exempt cases. A view passes on
 * every column these queries read with the table's own type, so the portal's queries are the
 * console's, typed against the table and run against the view.
 */
const PUBLIC_VIEWS: Record<TreatmentTable, string> = {
  proposal: "public_proposal",
  proposal_party: "public_proposal_party",
  vote: "public_vote",
  vote_party_count: "public_vote_party_count",
  election: "public_election",
  election_candidate: "public_election_candidate",
  election_round: "public_election_round",
  election_count: "public_election_count",
  speaker_entry: "public_speaker_entry",
};

const tableFor =
  (source: Source) =>
  <T extends TreatmentTable>(table: T): T =>
    (source === "public" ? PUBLIC_VIEWS[table] : table) as T;

/** Speaking order: speeches as they were asked for, each with its replies and then the answer. */
export function speakingOrder(entries: TreatmentSpeaker[]): TreatmentSpeaker[] {
  const speeches = entries.filter((entry) => entry.kind === "speech");
  return speeches.flatMap((speech) => [
    speech,
    ...entries.filter((entry) => entry.kind === "reply" && entry.replyToId === speech.id),
    ...entries.filter((entry) => entry.kind === "answer" && entry.replyToId === speech.id),
  ]);
}

export async function loadTreatment(
  db: Database,
  itemIds: readonly number[],
  source: Source,
): Promise<Map<number, Treatment>> {
  const result = new Map<number, Treatment>();
  if (itemIds.length === 0) return result;
  const from = tableFor(source);
  const [proposals, votes, elections, speakers] = await Promise.all([
    db
      .selectFrom(`${from("proposal")} as p`)
      .select([
        "p.id",
        "p.agenda_item_id",
        "p.number",
        "p.kind",
        "p.text",
        "p.made_by_name",
        "p.amends_proposal_id",
        "p.referred_to",
        "p.withdrawn_at",
      ])
      .where("p.agenda_item_id", "in", itemIds)
      .orderBy("p.number")
      .execute(),
    db
      .selectFrom(`${from("vote")} as v`)
      .select([
        "v.id",
        "v.agenda_item_id",
        "v.number",
        "v.kind",
        "v.proposal_id",
        "v.other_proposal_id",
        "v.votes_for",
        "v.votes_against",
        "v.adopted_proposal_id",
        "v.decided_by_chair",
        "v.basis",
        "v.summary",
        "v.recorded_at",
      ])
      .where("v.agenda_item_id", "in", itemIds)
      .orderBy("v.number")
      .execute(),
    db
      .selectFrom(`${from("election")} as e`)
      .select(["e.id", "e.agenda_item_id", "e.title"])
      .where("e.agenda_item_id", "in", itemIds)
      .orderBy("e.id")
      .execute(),
    db
      .selectFrom(`${from("speaker_entry")} as s`)
      .innerJoin("person", "person.id", "s.person_id")
      .leftJoin("party", "party.id", "person.party_id")
      .select([
        "s.id",
        "s.agenda_item_id",
        "s.kind",
        "s.person_id",
        "s.reply_to_id",
        "s.started_at",
        "s.ended_at",
        "s.cancelled_at",
        "person.given_name",
        "person.family_name",
        "party.short_name",
      ])
      .where("s.agenda_item_id", "in", itemIds)
      .orderBy("s.requested_at")
      .orderBy("s.id")
      .execute(),
  ]);
  const proposalIds = proposals.map((row) => row.id);
  const voteIds = votes.map((row) => row.id);
  const electionIds = elections.map((row) => row.id);
  const [proposalParties, voteParties, candidates, rounds] = await Promise.all([
    proposalIds.length === 0
      ? []
      : db
          .selectFrom(`${from("proposal_party")} as pp`)
          .innerJoin("party", "party.id", "pp.party_id")
          .select(["pp.proposal_id", "party.short_name"])
          .where("pp.proposal_id", "in", proposalIds)
          .orderBy("party.short_name")
          .execute(),
    voteIds.length === 0
      ? []
      : db
          .selectFrom(`${from("vote_party_count")} as c`)
          .select(["c.vote_id", "c.party_name", "c.votes_for", "c.votes_against"])
          .where("c.vote_id", "in", voteIds)
          .orderBy("c.position")
          .execute(),
    electionIds.length === 0
      ? []
      : db
          .selectFrom(`${from("election_candidate")} as c`)
          .select(["c.id", "c.election_id", "c.name", "c.proposed_by"])
          .where("c.election_id", "in", electionIds)
          .orderBy("c.position")
          .execute(),
    electionIds.length === 0
      ? []
      : db
          .selectFrom(`${from("election_round")} as r`)
          .select([
            "r.id",
            "r.election_id",
            "r.round",
            "r.status",
            "r.elected_candidate_id",
            "r.by_lot",
            "r.blank",
            "r.basis",
            "r.summary",
          ])
          .where("r.election_id", "in", electionIds)
          .orderBy("r.round")
          .execute(),
  ]);
  const roundIds = rounds.map((row) => row.id);
  const counts =
    roundIds.length === 0
      ? []
      : await db
          .selectFrom(`${from("election_count")} as c`)
          .select(["c.round_id", "c.candidate_id", "c.votes"])
          .where("c.round_id", "in", roundIds)
          .execute();

  const numberOf = new Map(proposals.map((row) => [row.id, row.number]));
  for (const itemId of itemIds) {
    const itemVotes = votes.filter((row) => row.agenda_item_id === itemId);
    const outcomeOf = (proposalId: number): "adopted" | "fallen" | null => {
      const vote = itemVotes.find(
        (row) => row.proposal_id === proposalId || row.other_proposal_id === proposalId,
      );
      if (!vote) return null;
      return vote.adopted_proposal_id === proposalId ? "adopted" : "fallen";
    };
    const itemSpeakers = speakingOrder(
      speakers
        .filter((row) => row.agenda_item_id === itemId)
        .map((row) => ({
          id: row.id,
          kind: row.kind,
          personId: row.person_id,
          name: `${row.given_name} ${row.family_name}`,
          partyCode: row.short_name,
          replyToId: row.reply_to_id,
          startedAt: row.started_at,
          endedAt: row.ended_at,
          cancelled: row.cancelled_at !== null,
        })),
    );
    const floor =
      itemSpeakers.find((entry) => entry.startedAt !== null && entry.endedAt === null) ?? null;
    const next = itemSpeakers.find((entry) => entry.startedAt === null && !entry.cancelled) ?? null;
    result.set(itemId, {
      proposals: proposals
        .filter((row) => row.agenda_item_id === itemId)
        .map((row) => ({
          id: row.id,
          number: row.number,
          kind: row.kind,
          text: row.text,
          madeByName: row.made_by_name,
          parties: proposalParties
            .filter((party) => party.proposal_id === row.id)
            .map((party) => party.short_name),
          amendsNumber:
            row.amends_proposal_id === null ? null : (numberOf.get(row.amends_proposal_id) ?? null),
          referredTo: row.referred_to,
          withdrawn: row.withdrawn_at !== null,
          outcome: outcomeOf(row.id),
        })),
      votes: itemVotes.map((row) => ({
        id: row.id,
        number: row.number,
        kind: row.kind,
        proposalNumber: numberOf.get(row.proposal_id) ?? 0,
        otherProposalNumber:
          row.other_proposal_id === null ? null : (numberOf.get(row.other_proposal_id) ?? null),
        votesFor: row.votes_for,
        votesAgainst: row.votes_against,
        decidedByChair: row.decided_by_chair,
        basis: row.basis,
        summary: row.summary,
        recordedAt: row.recorded_at,
        parties: voteParties
          .filter((party) => party.vote_id === row.id)
          .map((party) => ({
            partyName: party.party_name,
            votesFor: party.votes_for,
            votesAgainst: party.votes_against,
          })),
      })),
      elections: elections
        .filter((row) => row.agenda_item_id === itemId)
        .map((row) => {
          const electionRounds = rounds.filter((round) => round.election_id === row.id);
          return {
            id: row.id,
            title: row.title,
            candidates: candidates
              .filter((candidate) => candidate.election_id === row.id)
              .map((candidate) => ({
                id: candidate.id,
                name: candidate.name,
                proposedBy: candidate.proposed_by,
              })),
            rounds: electionRounds.map((round) => ({
              round: round.round,
              status: round.status,
              electedCandidateId: round.elected_candidate_id,
              byLot: round.by_lot,
              blank: round.blank,
              basis: round.basis,
              summary: round.summary,
              votes: new Map(
                counts
                  .filter((count) => count.round_id === round.id)
                  .map((count) => [count.candidate_id, count.votes]),
              ),
            })),
            decided: electionRounds.some((round) => round.status === "elected"),
          };
        }),
      speakers: itemSpeakers,
      floor,
      next,
    });
  }
  return result;
}
