import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, Refusal, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { bodyRules, quorumRefusal } from "../../domain/rules.ts";
import {
  alternativeVoteResult,
  type PartyCount,
  proposalVoteResult,
  type Side,
} from "../../domain/voting.ts";
import { recordDecision } from "../meetings/record-decision.ts";
import { actorName } from "./actor-name.ts";
import { type PresentVoter, presentVoters, seatCount } from "./attendance-queries.ts";
import { type ItemInTreatment, itemInTreatment } from "./item-in-treatment.ts";
import {
  type ProposalRef,
  type ProposalRow,
  proposalLabel,
  standingProposal,
} from "./proposals.ts";

/** How the secretary counted: all for, per party, or each member by name. */
export type VoteCounting =
  | { by: "unanimous" }
  | {
      by: "party";
      /** partyCode null: the members without a party. */
      parties: Array<{ partyCode: string | null; votesFor: number; votesAgainst: number }>;
    }
  | { by: "member"; members: Array<{ personId: number; votedFor: boolean }> };

export const NO_PARTY = "Uten parti";

interface PartyLine {
  partyCode: string | null;
  partyName: string;
  present: number;
  votesFor: number;
  votesAgainst: number;
}

/** The party lines of those present, with the votes the counting gives each. */
function partyLines(voters: PresentVoter[], counting: VoteCounting): PartyLine[] {
  const lines = new Map<string, PartyLine>();
  for (const voter of voters) {
    const key = voter.partyCode ?? "";
    const line = lines.get(key) ?? {
      partyCode: voter.partyCode,
      partyName: voter.partyName ?? NO_PARTY,
      present: 0,
      votesFor: 0,
      votesAgainst: 0,
    };
    line.present += 1;
    lines.set(key, line);
  }
  if (counting.by === "unanimous") for (const line of lines.values()) line.votesFor = line.present;
  if (counting.by === "party")
    for (const entry of counting.parties) {
      const line = lines.get(entry.partyCode ?? "");
      if (!line)
        throw new Refusal({
          counts: `${entry.partyCode ?? NO_PARTY} har ingen til stede med stemmerett i saken.`,
        });
      line.votesFor += entry.votesFor;
      line.votesAgainst += entry.votesAgainst;
    }
  if (counting.by === "member") {
    const byPerson = new Map(voters.map((voter) => [voter.personId, voter]));
    const seen = new Set<number>();
    for (const entry of counting.members) {
      const voter = byPerson.get(entry.personId);
      if (!voter || seen.has(entry.personId))
        throw new Refusal({ counts: "Stemmene må føres for dem som er til stede, én gang hver." });
      seen.add(entry.personId);
      const line = lines.get(voter.partyCode ?? "");
      if (line && entry.votedFor) line.votesFor += 1;
      else if (line) line.votesAgainst += 1;
    }
  }
  return [...lines.values()].sort((a, b) => a.partyName.localeCompare(b.partyName, "nb"));
}

async function assertNotVotedOn(tx: Database, proposal: ProposalRow): Promise<void> {
  if (proposal.kind === "referral")
    throw new Refusal({
      proposal: "Et oversendelsesforslag sendes over uten votering.",
    });
  const voted = await tx
    .selectFrom("vote")
    .select("id")
    .where((eb) =>
      eb.or([eb("proposal_id", "=", proposal.id), eb("other_proposal_id", "=", proposal.id)]),
    )
    .executeTakeFirst();
  if (voted)
    throw new Refusal({
      proposal: `Det er allerede stemt over ${proposalLabel(proposal)}.`,
    });
}

/**
 * Records a vote on the item: for or against one proposal, or an alternative vote between two.
 * Refused without a quorum (kl. § 11-9), and when the count does not match those present and
 * voting (kl. § 8-1); the result and its basis come from the pure rules in domain/voting.ts.
 * The idempotency key is the console request's, kept unique on the vote, so a retried request
 * is never counted twice. A vote that adopts the recommendation or an alternative to it records
 * the item's decision (with any additions adopted to it before) through recordDecision, which
 * carries it on along the case's route; an adopted postponement postpones the item. The caller
 * has locked the meeting.
 */
export async function recordVote({
  actor,
  meeting,
  itemId,
  proposal: proposalRef,
  against: otherRef,
  counting,
  chairVoted,
  idempotencyKey,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  proposal: ProposalRef;
  /** The other proposal of an alternative vote; null for a vote for or against one. */
  against: ProposalRef | null;
  counting: VoteCounting;
  /** How the chair voted, read on a tie: for the (first) proposal or against it. */
  chairVoted: Side | null;
  idempotencyKey: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ voteId: number; adoptedProposalId: number | null; summary: string }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  const recordedBy = actorName(actor);
  const first = await standingProposal(tx, item, proposalRef, { now, recordedBy });
  const second =
    otherRef === null ? null : await standingProposal(tx, item, otherRef, { now, recordedBy });
  if (second && second.id === first.id)
    return refused({ against: "Velg to ulike forslag til alternativ votering." });
  await assertNotVotedOn(tx, first);
  if (second) await assertNotVotedOn(tx, second);

  const [voters, seats, body] = await Promise.all([
    presentVoters(tx, item.id),
    seatCount(tx, meeting.id),
    tx
      .selectFrom("body")
      .select("settings")
      .where("id", "=", meeting.body_id)
      .executeTakeFirstOrThrow(),
  ]);
  const rules = bodyRules(body.settings);
  const noQuorum = quorumRefusal({ seatCount: seats, presentAndVoting: voters.length, rules });
  if (noQuorum) return refused({ form: noQuorum });
  if (rules.votesByName && counting.by === "party")
    return refused({ counts: "Utvalget fører stemmene ved navn: før hvordan hver enkelt stemte." });

  const lines = partyLines(voters, counting);
  const votesFor = lines.reduce((sum, line) => sum + line.votesFor, 0);
  const votesAgainst = lines.reduce((sum, line) => sum + line.votesAgainst, 0);
  const parties: PartyCount[] = lines.map((line) => ({
    partyName: line.partyName,
    present: line.present,
    votes: [line.votesFor, line.votesAgainst],
  }));
  const presentAndVoting = voters.length;

  let adopted: ProposalRow | null;
  let decidedByChair: boolean;
  let basis: string;
  let summary: string;
  if (second) {
    const result = alternativeVoteResult({
      presentAndVoting,
      votes: [votesFor, votesAgainst],
      labels: [proposalLabel(first), proposalLabel(second)],
      chairVotedFor: chairVoted === null ? null : chairVoted === "for" ? 0 : 1,
      parties,
    });
    if (!result.ok) return refused({ counts: result.problems.join(" ") });
    adopted = result.winner === 0 ? first : second;
    ({ decidedByChair, basis, summary } = result);
  } else {
    const result = proposalVoteResult({
      presentAndVoting,
      votesFor,
      votesAgainst,
      chairVoted,
      label: proposalLabel(first),
      parties,
    });
    if (!result.ok) return refused({ counts: result.problems.join(" ") });
    adopted = result.adopted ? first : null;
    ({ decidedByChair, basis, summary } = result);
  }

  const last = await tx
    .selectFrom("vote")
    .select((eb) => eb.fn.max("number").as("number"))
    .where("agenda_item_id", "=", item.id)
    .executeTakeFirst();
  const vote = await tx
    .insertInto("vote")
    .values({
      agenda_item_id: item.id,
      number: (last?.number ?? 0) + 1,
      kind: second ? "alternative" : "proposal",
      proposal_id: first.id,
      other_proposal_id: second?.id ?? null,
      present_and_voting: presentAndVoting,
      votes_for: votesFor,
      votes_against: votesAgainst,
      adopted_proposal_id: adopted?.id ?? null,
      decided_by_chair: decidedByChair,
      basis,
      summary,
      idempotency_key: idempotencyKey,
      recorded_at: now,
      recorded_by_name: recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const partyIds = await partyIdsByCode(tx, lines);
  await tx
    .insertInto("vote_party_count")
    .values(
      lines.map((line, index) => ({
        vote_id: vote.id,
        position: index + 1,
        party_id: line.partyCode === null ? null : (partyIds.get(line.partyCode) ?? null),
        party_name: line.partyName,
        votes_for: line.votesFor,
        votes_against: line.votesAgainst,
      })),
    )
    .execute();
  if (counting.by === "member" && counting.members.length > 0)
    await tx
      .insertInto("vote_member")
      .values(
        counting.members.map((entry) => ({
          vote_id: vote.id,
          person_id: entry.personId,
          voted_for: entry.votedFor,
        })),
      )
      .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "vote.record",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      itemId,
      voteId: vote.id,
      adoptedProposalId: adopted?.id ?? null,
      votesFor,
      votesAgainst,
    },
  });
  if (adopted) await applyAdopted({ actor, meeting, item, adopted, now, tx });
  return succeeded({ voteId: vote.id, adoptedProposalId: adopted?.id ?? null, summary });
}

async function partyIdsByCode(tx: Database, lines: PartyLine[]): Promise<Map<string, number>> {
  const codes = lines.flatMap((line) => (line.partyCode === null ? [] : [line.partyCode]));
  if (codes.length === 0) return new Map();
  const rows = await tx
    .selectFrom("party")
    .select(["id", "short_name"])
    .where("short_name", "in", codes)
    .execute();
  return new Map(rows.map((row) => [row.short_name, row.id]));
}

/**
 * What an adopted proposal does to the item. The recommendation or an alternative to it is
 * the body's decision, followed by the additions adopted to it; an adopted amendment changes
 * its wording in a way only the secretary can write, so then the decision is left to the
 * decision form. A postponement postpones the item with the proposal's text as its decision.
 */
async function applyAdopted({
  actor,
  meeting,
  item,
  adopted,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  item: ItemInTreatment;
  adopted: ProposalRow;
  now: Date;
  tx: Database;
}): Promise<void> {
  if (adopted.kind === "postponement") {
    await tx
      .updateTable("agenda_item")
      .set({ postponed_at: now, postponement: adopted.text })
      .where("id", "=", item.id)
      .execute();
    return;
  }
  if (adopted.kind !== "recommendation" && adopted.kind !== "alternative") return;
  const changes = await tx
    .selectFrom("proposal as p")
    .innerJoin("vote as v", "v.adopted_proposal_id", "p.id")
    .select(["p.kind", "p.text"])
    .where("p.amends_proposal_id", "=", adopted.id)
    .orderBy("v.number")
    .execute();
  if (changes.some((change) => change.kind === "amendment")) return;
  const decision = [adopted.text, ...changes.map((change) => change.text)].join("\n\n");
  const outcome = await recordDecision({
    actor,
    meeting,
    itemId: item.id,
    decision,
    decidedAt: now,
    now,
    tx,
  });
  if (!outcome.ok) throw new Refusal(outcome.errors);
}
