import { type Expression, type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { DB, MeetingStatus } from "../../db/schema.ts";
import { formatWeekdayDate } from "../../domain/time.ts";

/**
 * Where a case may go on an agenda, written once as SQL so that the add-agenda-item use case
 * enforces exactly what the meeting page and the body's queue offer:
 *
 * - the case stands at a step of its route (saksgang) for this body: the first step no body has
 *   decided. Every earlier body has decided, since its decision is the recommendation put to
 *   this one (docs/decisions/0011-route-steps.md). A route that passes the body twice reaches
 *   the second visit only when the steps between are decided;
 * - the body has the case on no coming meeting (one placement per body; a case postponed at a
 *   held meeting, without a decision, stands at the same step and may be placed again).
 *
 * "Decided" is agenda_item.decided_at on an item of the step, which the minutes set.
 */

const COMING: readonly MeetingStatus[] = ["planned", "notice_published"];

/** A case at a body: the placement being weighed. Columns or values alike. */
export interface Placement {
  caseId: Expression<number>;
  bodyId: Expression<number>;
}

/** A known case and body as a placement. */
export const placementOf = (caseId: number, bodyId: number): Placement => ({
  caseId: sql.val(caseId),
  bodyId: sql.val(bodyId),
});

export function onRoute(db: Database, at: Placement) {
  return db
    .selectFrom("case_route_step as step")
    .select("step.id")
    .where("step.case_id", "=", at.caseId)
    .where("step.body_id", "=", at.bodyId);
}

/** Some item of the step (the alias's id) has the body's decision. */
export const stepDecided = (step: string) =>
  sql<boolean>`exists (
    select 1 from agenda_item decision
    where decision.route_step_id = ${sql.ref(`${step}.id`)} and decision.decided_at is not null
  )`;

/** The body's steps on the route that it has not decided yet. */
export function openStepsInBody(db: Database, at: Placement) {
  return onRoute(db, at).where((eb) => eb.not(stepDecided("step")));
}

/** The first step of the case's route that no body has decided: where the case stands now. */
export function nextStep(db: Database, caseId: Expression<number>) {
  return db
    .selectFrom("case_route_step as next")
    .select(["next.id", "next.body_id", "next.position"])
    .where("next.case_id", "=", caseId)
    .where((eb) => eb.not(stepDecided("next")))
    .orderBy("next.position")
    .limit(1);
}

/** The step the case stands at, when it is the body's; empty while another body is first. */
export function stepForBody(db: Database, at: Placement) {
  return db
    .selectFrom(nextStep(db, at.caseId).as("here"))
    .select("here.id")
    .where("here.body_id", "=", at.bodyId);
}

/** The body's coming meetings that have the case, soonest first. */
export function comingInBody(db: Database, at: Placement) {
  return db
    .selectFrom("agenda_item as placed")
    .innerJoin("meeting as placed_meeting", "placed_meeting.id", "placed.meeting_id")
    .select(["placed_meeting.id", "placed_meeting.starts_at"])
    .where("placed.case_id", "=", at.caseId)
    .where("placed_meeting.body_id", "=", at.bodyId)
    .where("placed_meeting.status", "in", COMING)
    .orderBy("placed_meeting.starts_at");
}

/** The case may go on a coming meeting of the body: both rules above, as one condition. */
export function placeable(eb: ExpressionBuilder<DB, "case">, db: Database, at: Placement) {
  return eb.and([
    eb.exists(stepForBody(db, at)),
    eb.not(eb.exists(comingInBody(db, at).clearSelect().select("placed.id"))),
  ]);
}

/**
 * Locks the cases whose placements a change weighs, in a statement of its own and in id order:
 * every change to a case's placements takes these locks, so two of them take turns, and the
 * checks that follow read what the other committed (a locking read that checked at once would
 * see the rows as they were when it started).
 */
export async function lockCases(tx: Database, caseIds: readonly number[]): Promise<number[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .selectFrom("case")
    .select("id")
    .where("id", "in", caseIds)
    .orderBy("id")
    .forUpdate()
    .execute();
  return rows.map((row) => row.id);
}

export const waitingForMessage = (bodyName: string): string =>
  `Saken må først behandles i ${bodyName}. Skal den ikke det, må saksgangen endres.`;

export const plannedElsewhereMessage = (startsAt: Date): string =>
  `Saken står allerede på sakslisten til utvalgets møte ${formatWeekdayDate(startsAt)}.`;
