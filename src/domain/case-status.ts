/**
 * The case presentation's way from the case officer to the secretariat (saksframlegg):
 * draft → submitted → approved (signed for the chief executive) → ready, and back from
 * submitted to draft when the approver returns it. The last body's decision ends the case
 * (decided); that step belongs to the route, not to the workflow here.
 */
export type CaseStatus = "draft" | "submitted" | "approved" | "ready" | "decided";

/** A step a person takes on the case; each moves it from one status to the next. */
export type CaseStep = "submit" | "return" | "approve" | "markReady";

/** How the signed-in user stands to one case, as the policy works it out. */
export interface CaseStanding {
  /**
   * Writes the case: its owner, someone the owner shared it with, or the secretariat for a case
   * no case officer owns (one the secretariat registered itself).
   */
  author: boolean;
  /** May sign for the chief executive (the permission, or an administrator). */
  approver: boolean;
  /** The political secretariat or an administrator, who collect ready cases for the agendas. */
  secretariat: boolean;
}

const STEPS: Record<
  CaseStep,
  { from: CaseStatus; to: CaseStatus; by: (standing: CaseStanding) => boolean }
> = {
  submit: { from: "draft", to: "submitted", by: (s) => s.author },
  return: { from: "submitted", to: "draft", by: (s) => s.approver },
  approve: { from: "submitted", to: "approved", by: (s) => s.approver },
  // The secretariat may pick an approved case up itself rather than wait for the officer.
  markReady: {
    from: "approved",
    to: "ready",
    by: (s) => s.author || s.approver || s.secretariat,
  },
};

export const CASE_STEPS = Object.keys(STEPS) as CaseStep[];

/** The status a step starts from; taken in any other, the step is refused. */
export const stepFrom = (step: CaseStep): CaseStatus => STEPS[step].from;

/** The status a step leads to. */
export const stepTo = (step: CaseStep): CaseStatus => STEPS[step].to;

export function mayTakeStep(step: CaseStep, status: CaseStatus, standing: CaseStanding): boolean {
  return STEPS[step].from === status && STEPS[step].by(standing);
}

/**
 * How the presentation may change in a status: freely while a draft; not at all while the
 * approver reads it or once the case is decided; after approval only as a new version with a
 * reason, so what was signed stays on record.
 */
export type Editing = "free" | "revision" | "closed";

export function editingIn(status: CaseStatus): Editing {
  switch (status) {
    case "draft":
      return "free";
    case "approved":
    case "ready":
      return "revision";
    case "submitted":
    case "decided":
      return "closed";
  }
}

/** Only the case's writers edit a draft. */
export const mayEditDraft = (status: CaseStatus, standing: CaseStanding): boolean =>
  editingIn(status) === "free" && standing.author;

/** After approval the writers or the one who signed may make a new version. */
export const mayRevise = (status: CaseStatus, standing: CaseStanding): boolean =>
  editingIn(status) === "revision" && (standing.author || standing.approver);
