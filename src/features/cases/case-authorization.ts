import type { FastifyInstance } from "fastify";
import type { Actor } from "../../audit.ts";
import type { SignedInUser } from "../../auth/session.ts";
import { CASE_STEPS, type CaseStatus, type CaseStep, stepFrom } from "../../domain/case-status.ts";
import { type Action, authorize, type CaseSubject, NotFoundError } from "../../policies/policy.ts";
import { authorizeActor } from "../../web/route-helpers.ts";
import { caseSubject, findCase } from "./queries.ts";

/** The status an action on the case is meant for. */
function statusFor(action: Action, current: CaseStatus): CaseStatus {
  if ((CASE_STEPS as readonly Action[]).includes(action)) return stepFrom(action as CaseStep);
  if (action === "update") return "draft";
  if (action === "revise") return current === "ready" ? "ready" : "approved";
  return current;
}

/**
 * A case the user may not see answers 404, and so does an action they could never take on it.
 * An action they could take, but not in the case's present status (someone else moved it on, a
 * second click), is let through: the use case refuses it with a message that says why.
 */
export function authorizeCaseAction(
  user: SignedInUser | null,
  action: Action,
  row: Parameters<typeof caseSubject>[0],
): Actor & { kind: "user"; user: SignedInUser } {
  const subject: CaseSubject = caseSubject(row);
  authorize(user, "view", "case", subject);
  return authorizeActor(user, action, "case", {
    ...subject,
    status: statusFor(action, subject.status),
  });
}

/** The same check outside a change, for a preview that saves nothing. */
export async function authorizeOnCase(
  app: FastifyInstance,
  user: SignedInUser | null,
  caseId: number,
  action: Action,
): Promise<void> {
  authorize(user, action, "case");
  const row = await findCase(app.db, caseId);
  if (!row) throw new NotFoundError();
  authorizeCaseAction(user, action, row);
}
