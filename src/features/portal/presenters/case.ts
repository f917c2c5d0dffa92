import { CASE_TYPE_LABELS } from "../../../domain/labels.ts";
import { presentRoute, type RouteModel } from "../../route/route-presenter.ts";
import type { CaseRow, DocumentRow, RouteStepRow, TreatmentRow } from "../queries.ts";
import { type DocumentLink, presentDocument } from "./document.ts";
import { type Exemption, exemptionOf } from "./labels.ts";
import { bodyHref, meetingHref } from "./links.ts";
import { paragraphs } from "./text.ts";

export type CasePageModel =
  | { kind: "exempt"; title: string; exemption: Exemption }
  | {
      kind: "public";
      title: string;
      archiveNumber: string;
      typeLabel: string;
      caseOfficer: string;
      unit: string;
      recommendation: string[];
      summary: string[];
      route: RouteModel;
      documents: DocumentLink[];
    };

export function presentCasePage(input: {
  caseRow: CaseRow;
  route: readonly RouteStepRow[];
  treatments: readonly TreatmentRow[];
  documents: readonly DocumentRow[];
}): CasePageModel {
  const { caseRow } = input;
  const exemption = exemptionOf(caseRow);
  if (exemption) return { kind: "exempt", title: caseRow.title, exemption };
  return {
    kind: "public",
    title: caseRow.title,
    archiveNumber: caseRow.archive_case_number,
    typeLabel: `${caseRow.case_type} ${CASE_TYPE_LABELS[caseRow.case_type]}`,
    caseOfficer: caseRow.case_officer,
    unit: caseRow.responsible_unit,
    recommendation: paragraphs(caseRow.recommendation),
    summary: paragraphs(caseRow.summary),
    route: presentRoute({
      recommendation: caseRow.recommendation,
      steps: input.route,
      treatments: input.treatments,
      links: { body: bodyHref, meeting: meetingHref },
    }),
    documents: input.documents.map(presentDocument),
  };
}
