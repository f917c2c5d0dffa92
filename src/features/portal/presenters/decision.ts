import { formatDate } from "../../../domain/time.ts";
import type { DecisionRow } from "../queries.ts";
import { type Exemption, exemptionOf, itemNumberLabel } from "./labels.ts";
import { caseHref, meetingHref } from "./links.ts";
import { excerpt } from "./text.ts";

const DECISION_EXCERPT_LENGTH = 220;

export interface DecisionSummary {
  id: number;
  caseHref: string;
  caseNumber: string;
  title: string;
  exemption: Exemption | null;
  bodyName: string;
  meetingHref: string;
  dateLabel: string;
  decision: string | null;
}

export function presentDecision(row: DecisionRow): DecisionSummary {
  return {
    id: row.id,
    caseHref: caseHref(row.case_id),
    caseNumber: itemNumberLabel(row),
    title: row.title,
    exemption: exemptionOf(row),
    bodyName: row.body_name,
    meetingHref: meetingHref(row.meeting_id),
    dateLabel: formatDate(row.decided_at ?? row.starts_at),
    decision:
      row.access === "public" && row.decision
        ? excerpt(row.decision, DECISION_EXCERPT_LENGTH)
        : null,
  };
}
