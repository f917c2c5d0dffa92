import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { bodyRules, quorumRefusal } from "../../domain/rules.ts";
import { electionResult } from "../../domain/voting.ts";
import { actorName } from "./actor-name.ts";
import { presentVoters, seatCount } from "./attendance-queries.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

/**
 * One vote of an election: the votes per candidate and the blank votes. The rules in
 * domain/voting.ts say whether someone is elected, whether a new vote must be held, or that a
 * tie must be drawn by lot; the secretary then enters who was drawn, and the draw is kept with
 * the round. Refused without a quorum, and when the votes do not match those present and voting.
 * The caller has locked the meeting.
 */
export async function recordElectionRound({
  actor,
  meeting,
  itemId,
  electionId,
  votes,
  blank,
  lotWinnerId,
  idempotencyKey,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  electionId: number;
  /** Votes by candidate id. */
  votes: ReadonlyMap<number, number>;
  blank: number;
  lotWinnerId: number | null;
  idempotencyKey: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ roundId: number; electedCandidateId: number | null; summary: string }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  const election = await tx
    .selectFrom("election")
    .select("id")
    .where("id", "=", electionId)
    .where("agenda_item_id", "=", item.id)
    .executeTakeFirst();
  if (!election) return refused({ form: "Valget finnes ikke i denne saken." });
  const [candidates, rounds] = await Promise.all([
    tx
      .selectFrom("election_candidate")
      .select(["id", "name"])
      .where("election_id", "=", election.id)
      .orderBy("position")
      .execute(),
    tx
      .selectFrom("election_round")
      .select(["round", "status"])
      .where("election_id", "=", election.id)
      .orderBy("round")
      .execute(),
  ]);
  if (rounds.some((round) => round.status === "elected"))
    return refused({ form: "Valget er avgjort." });
  const [voters, seats, body] = await Promise.all([
    presentVoters(tx, item.id),
    seatCount(tx, meeting.id),
    tx
      .selectFrom("body")
      .select("settings")
      .where("id", "=", meeting.body_id)
      .executeTakeFirstOrThrow(),
  ]);
  const noQuorum = quorumRefusal({
    seatCount: seats,
    presentAndVoting: voters.length,
    rules: bodyRules(body.settings),
  });
  if (noQuorum) return refused({ form: noQuorum });
  const known = new Set(candidates.map((candidate) => candidate.id));
  if ([...votes.keys()].some((candidateId) => !known.has(candidateId)))
    return refused({ counts: "Stemmene må føres for valgets egne kandidater." });
  const round = rounds.length + 1;
  const result = electionResult({
    presentAndVoting: voters.length,
    round,
    candidates: candidates.map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      votes: votes.get(candidate.id) ?? 0,
    })),
    blank,
    lotWinnerId,
  });
  if (!result.ok) return refused({ counts: result.problems.join(" ") });
  const elected = result.status === "elected" ? result : null;
  const row = await tx
    .insertInto("election_round")
    .values({
      election_id: election.id,
      round,
      present_and_voting: voters.length,
      blank,
      status: result.status,
      elected_candidate_id: elected?.electedId ?? null,
      by_lot: elected?.byLot ?? false,
      drawn_between: elected?.drawnBetween ?? [],
      basis: result.basis,
      summary: result.summary,
      idempotency_key: idempotencyKey,
      recorded_at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("election_count")
    .values(
      candidates.map((candidate) => ({
        round_id: row.id,
        candidate_id: candidate.id,
        votes: votes.get(candidate.id) ?? 0,
      })),
    )
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "election.round",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      itemId,
      electionId,
      round,
      electedCandidateId: elected?.electedId ?? null,
      byLot: elected?.byLot ?? false,
    },
  });
  return succeeded({
    roundId: row.id,
    electedCandidateId: elected?.electedId ?? null,
    summary: result.summary,
  });
}
