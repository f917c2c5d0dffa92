import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { type Side, simpleMajority, voteCountProblem } from "../../domain/majority.ts";
import { quorumRefusal } from "../../domain/rules.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { loadRoster, votersAt } from "./attendance-queries.ts";
import { auditConsole } from "./console-audit.ts";

/**
 * The body rules on a declared conflict of interest by a vote on «the member is disqualified»,
 * in which the member takes no part (fvl. § 8 andre ledd): the others present and voting on the
 * item must have a quorum and all vote (kl. § 8-1), a simple majority decides and the chair's
 * vote a tie (kl. § 11-9). A member ruled disqualified takes no part in the item from then on,
 * and a substitute may be called for it. A ruling is given once. The caller has locked the
 * meeting.
 */
export async function ruleOnConflict({
  actor,
  meeting,
  conflictId,
  votesFor,
  votesAgainst,
  chairVote,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  conflictId: number;
  votesFor: number;
  votesAgainst: number;
  chairVote: Side | null;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ disqualified: boolean }>> {
  const conflict = await tx
    .selectFrom("conflict_of_interest")
    .innerJoin("agenda_item", "agenda_item.id", "conflict_of_interest.agenda_item_id")
    .select([
      "conflict_of_interest.id",
      "conflict_of_interest.person_id",
      "conflict_of_interest.ruling",
      "agenda_item.id as item_id",
    ])
    .where("conflict_of_interest.id", "=", conflictId)
    .where("agenda_item.meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!conflict) throw new NotFoundError();
  if (conflict.ruling !== null)
    return refused({ form: "Utvalget har allerede avgjort habiliteten." });
  const roster = await loadRoster(tx, meeting.id);
  const voting = votersAt(roster, conflict.item_id).filter(
    (voter) => voter.personId !== conflict.person_id,
  );
  const noQuorum = quorumRefusal({
    seatCount: roster.seatCount,
    presentAndVoting: voting.length,
    rules: roster.rules,
  });
  if (noQuorum) return refused({ form: noQuorum });
  const countProblem = voteCountProblem({
    votesFor,
    votesAgainst,
    presentAndVoting: voting.length,
  });
  if (countProblem) return refused({ votesFor: countProblem });
  const result = simpleMajority({ votesFor, votesAgainst, chairVote });
  if (result.kind === "chair_vote_needed")
    return refused({
      chairVote:
        "Stemmene står likt. Før hvordan møtelederen stemte; møtelederens stemme avgjør (kl. § 11-9).",
    });
  const ruling = result.adopted ? "disqualified" : "not_disqualified";
  await tx
    .updateTable("conflict_of_interest")
    .set({
      ruling,
      votes_for: votesFor,
      votes_against: votesAgainst,
      decided_by_chair: result.decidedByChair,
      ruled_at: now,
    })
    .where("id", "=", conflictId)
    .execute();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "conflict.rule",
    details: {
      conflictId,
      itemId: conflict.item_id,
      personId: conflict.person_id,
      ruling,
      votesFor,
      votesAgainst,
      decidedByChair: result.decidedByChair,
    },
  });
  return succeeded({ disqualified: result.adopted });
}
