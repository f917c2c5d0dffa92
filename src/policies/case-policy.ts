import type { AccessStatus } from "../db/schema.ts";
import { allow, type PolicyUser, type Rule, STAFF } from "./rules.ts";

/** What the case rules need to know of a case, loaded with it. */
export interface CaseSubject {
  /** The case officer's account that owns the case, when one does. */
  ownerId: number | null;
  access: AccessStatus;
  /** A body has decided the case: its decision, not the recommendation, now leads the case on. */
  decided: boolean;
}

/** Sharing a case with a colleague will widen this to the users the case is shared with. */
const ownsCase = (user: PolicyUser, record: CaseSubject): boolean => record.ownerId === user.id;

/** The recommendation (innstilling) the bodies treated is history once one of them decided. */
const recommendationOpen = (record: CaseSubject): boolean => !record.decided;

export const casePolicy: readonly Rule<CaseSubject>[] = [
  allow(STAFF, ["view", "create", "update", "assign", "attach"]),
  allow(STAFF, ["recommend"], (_user, record) => recommendationOpen(record)),
  allow(["case_officer"], ["create"]),
  // An exempt case (a personnel case, say) is for its own case officer, not for every colleague.
  allow(
    ["case_officer"],
    ["view"],
    (user, record) => record.access === "public" || ownsCase(user, record),
  ),
  allow(["case_officer"], ["update", "attach"], ownsCase),
  allow(
    ["case_officer"],
    ["recommend"],
    (user, record) => ownsCase(user, record) && recommendationOpen(record),
  ),
];
