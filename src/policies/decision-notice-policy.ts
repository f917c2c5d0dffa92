import { allow, type Rule, STAFF } from "./rules.ts";

/** What the rules read of a decision notice: whose case it is now. */
export interface DecisionNoticeSubject {
  /** The case's owner account; null for a case the secretariat owns. */
  caseOwnerId: number | null;
}

/**
 * Received decisions (mottatte vedtak): a case officer reads the notices of the cases they own,
 * and marks them read; the secretariat, which sends the decisions on, reads every notice.
 * Members read none: their decisions reach them in the minutes.
 */
export const decisionNoticePolicy: readonly Rule<DecisionNoticeSubject>[] = [
  allow(STAFF, ["view"]),
  allow(["case_officer"], ["view", "update"], (user, record) => record.caseOwnerId === user.id),
];
