import type { AccessStatus, CaseType } from "../../db/schema.ts";
import type { CaseStatus, CaseStep } from "../../domain/case-status.ts";

export const CASE_TYPES: readonly CaseType[] = ["PS", "RS", "OS", "FO", "SP", "DS"];

export const ACCESS_LABELS: Record<AccessStatus, string> = {
  public: "Offentlig",
  exempt: "Unntatt offentlighet",
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  draft: "Utkast",
  submitted: "Til godkjenning",
  approved: "Godkjent",
  ready: "Klar for sekretariatet",
  decided: "Ferdigbehandlet",
};

/** Why a step was refused when the case is no longer where the step starts. */
export const STEP_REFUSALS: Record<CaseStep, string> = {
  submit: "Bare et utkast kan sendes til godkjenning.",
  return: "Bare en sak som er sendt til godkjenning, kan sendes tilbake.",
  approve: "Bare en sak som er sendt til godkjenning, kan godkjennes.",
  markReady: "Bare en godkjent sak kan meldes klar for sekretariatet.",
};
