import { diffWords } from "diff";
import type { CaseType, MeetingStatus } from "../../db/schema.ts";
import { ADMINISTRATION_RECOMMENDATION } from "../../domain/genitive.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { formatDate } from "../../domain/time.ts";

/** A piece of a decision compared word by word with the administration's recommendation. */
export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

export interface TreatmentModel {
  key: string;
  meeting: { href: string; dateLabel: string };
  caseNumber: string;
  outcome: string;
  /** The decision against the administration's recommendation; null until there is one. */
  decision: { parts: DiffPart[]; unchanged: boolean; dateLabel: string } | null;
  /** The line of the vote that adopted the decision; '' when none is recorded or shown. */
  vote: string;
  /**
   * For the public, a decision taken that it may not read: the basis it is withheld on ('' when
   * the secretariat has not given one yet). Null when the decision is shown or there is none.
   */
  withheld: { basis: string; dateLabel: string } | null;
}

export interface RouteStepModel {
  key: string;
  position: number;
  bodyName: string;
  bodyHref: string | null;
  /** Who made the recommendation put to this body. */
  recommendationBy: string;
  treatments: TreatmentModel[];
  /** The meeting the case is planned for here, shown where the reader may see plans. */
  planned: string | null;
  /** The step has been on an agenda, so a route change keeps it. */
  treated: boolean;
}

export interface RouteModel {
  steps: RouteStepModel[];
  /** The decisions are compared with the recommendation (see presentRoute's compare). */
  compared: boolean;
}

export interface RouteStepRow {
  id: number;
  position: number;
  body_name: string;
  body_slug: string;
  recommendation_by: string | null;
  planned_starts_at?: Date | null;
}

export interface RouteTreatmentRow {
  id: number;
  route_step_id: number | null;
  meeting_id: number;
  meeting_status: MeetingStatus;
  starts_at: Date;
  case_type: CaseType | null;
  series_year: number | null;
  series_number: number | null;
  decision: string | null;
  decided_at: Date | null;
  vote_summary?: string | null;
  /** From public_agenda_item: not null where the decision is withheld from the public. */
  decision_withheld_basis?: string | null;
}

/** The decision word by word against the recommendation, whitespace kept with its words. */
export function compareWords(recommendation: string, decision: string): DiffPart[] {
  return diffWords(recommendation, decision).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

function outcomeOf(row: RouteTreatmentRow): string {
  if (row.decided_at !== null) return "Vedtatt";
  switch (row.meeting_status) {
    case "planned":
    case "notice_published":
      return "Satt opp";
    case "cancelled":
      return "Møtet ble avlyst";
    case "held":
    case "minutes_approved":
      return "Utsatt";
  }
}

/**
 * The route (saksgang) in its order, each step with the meetings that had the case on their
 * agenda and each decision against the administration's recommendation. The links are the
 * reader's: the portal's or the workspace's.
 */
export function presentRoute(input: {
  recommendation: string;
  steps: readonly RouteStepRow[];
  treatments: readonly RouteTreatmentRow[];
  links: { body: (slug: string) => string | null; meeting: (id: number) => string };
  /**
   * False where the reader may not see the recommendation (an exempt case on the portal): a
   * decision is then shown as it is, not as a change from a recommendation they do not have.
   */
  compare?: boolean;
}): RouteModel {
  const compare = input.compare ?? true;
  return {
    compared: compare,
    steps: input.steps.map((step) => {
      const own = input.treatments.filter((t) => t.route_step_id === step.id);
      return {
        key: `steg-${step.id}`,
        position: step.position,
        bodyName: step.body_name,
        bodyHref: input.links.body(step.body_slug),
        recommendationBy: step.recommendation_by ?? ADMINISTRATION_RECOMMENDATION,
        planned: step.planned_starts_at ? formatDate(step.planned_starts_at) : null,
        treated: own.length > 0,
        treatments: own.map((t) => ({
          key: `sak-${t.id}`,
          meeting: { href: input.links.meeting(t.meeting_id), dateLabel: formatDate(t.starts_at) },
          caseNumber: caseNumberLabel({
            caseType: t.case_type,
            year: t.series_year,
            number: t.series_number,
          }),
          outcome: outcomeOf(t),
          decision:
            t.decision !== null && t.decided_at !== null
              ? {
                  parts: compare
                    ? compareWords(input.recommendation, t.decision)
                    : [{ kind: "same", text: t.decision }],
                  unchanged: compare && t.decision.trim() === input.recommendation.trim(),
                  dateLabel: formatDate(t.decided_at),
                }
              : null,
          vote: t.decided_at !== null ? (t.vote_summary ?? "") : "",
          withheld:
            t.decision === null && t.decided_at !== null && t.decision_withheld_basis != null
              ? { basis: t.decision_withheld_basis, dateLabel: formatDate(t.decided_at) }
              : null,
        })),
      };
    }),
  };
}
