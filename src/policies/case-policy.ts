import type { AccessStatus } from "../db/schema.ts";
import {
  CASE_STEPS,
  type CaseStanding,
  type CaseStatus,
  mayEditDraft,
  mayRevise,
  mayTakeStep,
} from "../domain/case-status.ts";
import { allow, type PolicyUser, type Rule, STAFF } from "./rules.ts";

/** What the case rules need to know of a case, loaded with it. */
export interface CaseSubject {
  /** The case officer's account that owns the case, when one does. */
  ownerId: number | null;
  /** The accounts the owner shared the case with, who write it with them. */
  sharedWith: readonly number[];
  access: AccessStatus;
  status: CaseStatus;
  /** A body has decided the case: its decision, not the recommendation, now leads the case on. */
  decided: boolean;
}

/** Roles that may write and pass on case presentations; members never do. */
const WRITERS = ["administrator", "secretariat", "case_officer"] as const;

const isStaff = (user: PolicyUser): boolean => STAFF.includes(user.role);

/** May sign case presentations for the chief executive: the permission, or an administrator. */
export const mayApproveCases = (user: PolicyUser): boolean =>
  user.role === "administrator" || (user.role !== "member" && user.mayApproveCases);

/** How the user stands to the case, for the workflow rules in domain/case-status.ts. */
export function caseStanding(user: PolicyUser, record: CaseSubject): CaseStanding {
  return {
    author:
      record.ownerId === user.id ||
      record.sharedWith.includes(user.id) ||
      // A case no case officer owns is the secretariat's own, registered by it.
      (isStaff(user) && record.ownerId === null),
    approver: user.role === "administrator" || (user.role !== "member" && user.mayApproveCases),
    secretariat: isStaff(user),
  };
}

/** The recommendation (innstilling) the bodies treated is history once one of them decided. */
const recommendationOpen = (record: CaseSubject): boolean => !record.decided;

export const casePolicy: readonly Rule<CaseSubject>[] = [
  // The secretariat runs the route through the bodies, whatever the presentation's status.
  allow(STAFF, ["view", "create", "assign", "attach", "route"]),
  allow(["case_officer"], ["create"]),
  // An exempt case (a personnel case, say) is for its writers, not for every colleague; the
  // approver reads it once it is submitted.
  allow(["case_officer"], ["view"], (user, record) => {
    const standing = caseStanding(user, record);
    return (
      record.access === "public" ||
      standing.author ||
      (standing.approver && record.status !== "draft")
    );
  }),
  allow(WRITERS, ["update"], (user, record) =>
    mayEditDraft(record.status, caseStanding(user, record)),
  ),
  allow(WRITERS, ["route"], (user, record) =>
    mayEditDraft(record.status, caseStanding(user, record)),
  ),
  allow(WRITERS, ["revise"], (user, record) =>
    mayRevise(record.status, caseStanding(user, record)),
  ),
  // Attachments are the writers' part of the presentation, whatever its status.
  allow(WRITERS, ["attach"], (user, record) => caseStanding(user, record).author),
  allow(WRITERS, ["recommend"], (user, record) => {
    const standing = caseStanding(user, record);
    return (
      recommendationOpen(record) &&
      (mayEditDraft(record.status, standing) || mayRevise(record.status, standing))
    );
  }),
  ...CASE_STEPS.map((step) =>
    allow<CaseSubject>(WRITERS, [step], (user, record) =>
      mayTakeStep(step, record.status, caseStanding(user, record)),
    ),
  ),
  // The owner chooses who writes with them; the secretariat, who assigns cases, may too.
  allow(WRITERS, ["share"], (user, record) => record.ownerId === user.id || isStaff(user)),
];
