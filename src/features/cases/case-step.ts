import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Case } from "../../db/schema.ts";
import { type CaseStep, stepFrom, stepTo } from "../../domain/case-status.ts";
import { caseVisibility } from "../public-access/published.ts";
import { STEP_REFUSALS } from "./case-labels.ts";
import type { LockedCase } from "./queries.ts";

/** The audit action of each step. */
export const STEP_ACTIONS: Record<CaseStep, string> = {
  submit: "case.submit",
  return: "case.return",
  approve: "case.approve",
  markReady: "case.ready",
};

/**
 * Moves the locked case one step on, with the columns the step records, and audits it. A case
 * that is no longer where the step starts (someone else took it on, or a second click) is
 * refused with a message and nothing changes.
 */
export async function takeCaseStep({
  actor,
  current,
  step,
  set,
  details,
  now,
  tx,
}: {
  actor: Actor;
  current: LockedCase;
  step: CaseStep;
  set?: Partial<
    Pick<
      Case,
      | "submitted_at"
      | "approved_at"
      | "approved_by_user_id"
      | "approved_by_name"
      | "returned_comment"
      | "returned_at"
      | "version"
    >
  >;
  details?: Record<string, unknown>;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ caseId: number }>> {
  if (current.status !== stepFrom(step)) return refused({ form: STEP_REFUSALS[step] });
  await tx
    .updateTable("case")
    .set({ ...set, status: stepTo(step), updated_at: now })
    .where("id", "=", current.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: STEP_ACTIONS[step],
    // public_case shows the status, so a case already on a published agenda changes there too.
    visibility: await caseVisibility(tx, current.id),
    entityType: "case",
    entityId: current.id,
    details: { status: stepTo(step), ...details },
  });
  return succeeded({ caseId: current.id });
}
