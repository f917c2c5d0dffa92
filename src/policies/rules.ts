import type { UserRole } from "../db/schema.ts";

import type { CaseStep } from "../domain/case-status.ts";

export type Action =
  | "view"
  | "create"
  | "update"
  | "delete"
  | "assign"
  | "recommend"
  | "revise"
  | "share"
  /** Change a case's route (saksgang). */
  | "route"
  /** Add, order, change and replace a case's documents (vedlegg). */
  | "attach"
  | CaseStep;

/** Where the signed-in user's person sits today; empty for an account without a person. */
export interface Seats {
  /** Bodies with a membership valid today, in any role (member, substitute, observer …). */
  bodies: readonly number[];
  /** Bodies the person leads today (leder, ordfører): they chair those bodies' meetings. */
  chairs: readonly number[];
}

/** What the rules read of the signed-in user. */
export interface PolicyUser {
  id: number;
  role: UserRole;
  seats: Seats;
  /** May approve case presentations for the chief executive (app_user.may_approve_cases). */
  mayApproveCases: boolean;
}

export type Condition<Subject> = (user: PolicyUser, record: Subject) => boolean;

export interface Rule<Subject> {
  roles: readonly UserRole[];
  actions: readonly Action[];
  /** Null when the role alone decides. */
  condition: Condition<Subject> | null;
}

/** One line of a policy table: these roles may do these actions, when the condition holds. */
export function allow<Subject>(
  roles: readonly UserRole[],
  actions: readonly Action[],
  condition?: Condition<Subject>,
): Rule<Subject> {
  return { roles, actions, condition: condition ?? null };
}

export const STAFF: readonly UserRole[] = ["administrator", "secretariat"];
export const EVERYONE_SIGNED_IN: readonly UserRole[] = [
  "administrator",
  "secretariat",
  "case_officer",
  "member",
];
