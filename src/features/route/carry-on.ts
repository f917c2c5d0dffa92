import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { recommendationHeading } from "../../domain/genitive.ts";
import { stepDecided } from "../meetings/agenda-placement.ts";

/**
 * What a decision on an agenda item leads to along the case's route (saksgang): the decision is
 * the recommendation put to the next step's body, and the last step's decision ends the case.
 */
export interface Treatment {
  itemId: number;
  caseId: number;
  stepId: number;
  bodyName: string;
  /** The decision the item had before, when this is a correction. */
  previousDecision: string | null;
  /** Another item of the same step already has the body's decision. */
  decidedElsewhere: boolean;
  /** The step after this one, or null when this step decides the case. */
  next: { id: number; bodyName: string; decided: boolean; placed: boolean } | null;
}

/** The item's treatment of its route step, read after the case is locked. */
export async function loadTreatment(tx: Database, itemId: number): Promise<Treatment | undefined> {
  const row = await tx
    .selectFrom("agenda_item as item")
    .innerJoin("case_route_step as step", "step.id", "item.route_step_id")
    .innerJoin("body", "body.id", "step.body_id")
    .leftJoin("case_route_step as next", (join) =>
      join
        .onRef("next.case_id", "=", "step.case_id")
        .on("next.position", "=", sql<number>`step.position + 1`),
    )
    .leftJoin("body as next_body", "next_body.id", "next.body_id")
    .select((eb) => [
      "item.id",
      "item.decision",
      "step.case_id",
      "step.id as step_id",
      "body.name as body_name",
      "next.id as next_id",
      "next_body.name as next_body_name",
      stepDecided("next").as("next_decided"),
      eb
        .exists(
          eb
            .selectFrom("agenda_item as placed")
            .select("placed.id")
            .whereRef("placed.route_step_id", "=", "next.id"),
        )
        .$castTo<boolean>()
        .as("next_placed"),
      eb
        .exists(
          eb
            .selectFrom("agenda_item as other")
            .select("other.id")
            .whereRef("other.route_step_id", "=", "step.id")
            .whereRef("other.id", "<>", "item.id")
            .where("other.decided_at", "is not", null),
        )
        .$castTo<boolean>()
        .as("decided_elsewhere"),
    ])
    .where("item.id", "=", itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    itemId: row.id,
    caseId: row.case_id,
    stepId: row.step_id,
    bodyName: row.body_name,
    previousDecision: row.decision,
    decidedElsewhere: row.decided_elsewhere,
    next:
      row.next_id === null
        ? null
        : {
            id: row.next_id,
            bodyName: row.next_body_name ?? "",
            decided: row.next_decided,
            placed: row.next_placed,
          },
  };
}

/** Writes the decision on as the next body's recommendation, or ends the case with it. */
export async function carryDecisionOn(
  tx: Database,
  { treatment, decision, decidedAt }: { treatment: Treatment; decision: string; decidedAt: Date },
): Promise<void> {
  if (treatment.next)
    await tx
      .updateTable("case_route_step")
      .set({
        recommendation: decision,
        recommendation_by: recommendationHeading(treatment.bodyName),
      })
      .where("id", "=", treatment.next.id)
      .execute();
  else
    await tx
      .updateTable("case")
      .set({ status: "decided", decided_at: decidedAt, updated_at: new Date() })
      .where("id", "=", treatment.caseId)
      .execute();
}

/**
 * Undoes carryDecisionOn: the next step waits for a recommendation again, or the case is open
 * again, ready for the secretariat.
 */
export async function takeDecisionBack(tx: Database, treatment: Treatment): Promise<void> {
  if (treatment.next)
    await tx
      .updateTable("case_route_step")
      .set({ recommendation: null, recommendation_by: null })
      .where("id", "=", treatment.next.id)
      .execute();
  else
    await tx
      .updateTable("case")
      .set({ status: "ready", decided_at: null, updated_at: new Date() })
      .where("id", "=", treatment.caseId)
      .execute();
}
