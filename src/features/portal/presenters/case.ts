import { CASE_TYPE_LABELS, PRESENTATION_SECTION_LABELS } from "../../../domain/labels.ts";
import { type MarkupBlock, parseMarkup } from "../../../domain/markup.ts";
import { formatDate } from "../../../domain/time.ts";
import { subscribeHref } from "../../alerts/alert-links.ts";
import { presentRoute, type RouteModel } from "../../route/route-presenter.ts";
import type { CaseRow, DocumentRow, RouteStepRow, TreatmentRow } from "../queries.ts";
import { type DocumentLink, presentDocument } from "./document.ts";
import { type Exemption, exemptionOf } from "./labels.ts";
import { bodyHref, meetingHref } from "./links.ts";

export interface PresentationSection {
  id: string;
  heading: string;
  /** In the light markup case officers write in. */
  blocks: MarkupBlock[];
}

const SECTIONS = [
  {
    id: "innstilling",
    heading: PRESENTATION_SECTION_LABELS.recommendation,
    column: "recommendation",
  },
  { id: "sammendrag", heading: PRESENTATION_SECTION_LABELS.summary, column: "summary" },
  { id: "saksopplysninger", heading: PRESENTATION_SECTION_LABELS.facts, column: "facts" },
  { id: "vurdering", heading: PRESENTATION_SECTION_LABELS.assessment, column: "assessment" },
] as const;

function presentSections(
  caseRow: Pick<CaseRow, (typeof SECTIONS)[number]["column"]>,
): PresentationSection[] {
  return SECTIONS.map(({ id, heading, column }) => ({
    id,
    heading,
    blocks: parseMarkup(caseRow[column]),
  })).filter((section) => section.blocks.length > 0);
}

export type CasePageModel = (
  | { kind: "exempt"; title: string; exemption: Exemption; route: RouteModel }
  | {
      kind: "public";
      title: string;
      archiveNumber: string;
      typeLabel: string;
      caseOfficer: string;
      unit: string;
      /** In the light markup case officers write in; empty when nothing is written. */
      /** The presentation's sections in the order a saksframlegg prints them; empty ones left out. */
      sections: PresentationSection[];
      route: RouteModel;
      documents: DocumentLink[];
    }
) & {
  /** Where a reader asks for e-mail alerts about the case. */
  alertHref: string;
  /** «Vedtatt 3. desember 2026» once the last body has decided, else «Under behandling». */
  statusLabel: string;
};

function statusLabel(caseRow: Pick<CaseRow, "status" | "decided_at">): string {
  return caseRow.status === "decided" && caseRow.decided_at
    ? `Vedtatt ${formatDate(caseRow.decided_at)}`
    : "Under behandling";
}

export function presentCasePage(input: {
  caseRow: CaseRow;
  route: readonly RouteStepRow[];
  treatments: readonly TreatmentRow[];
  documents: readonly DocumentRow[];
}): CasePageModel {
  const { caseRow } = input;
  const exemption = exemptionOf(caseRow);
  const alertHref = subscribeHref({ caseId: caseRow.id });
  const route = (compare: boolean) =>
    presentRoute({
      recommendation: caseRow.recommendation,
      steps: input.route,
      treatments: input.treatments,
      links: { body: bodyHref, meeting: meetingHref },
      compare,
    });
  if (exemption)
    return {
      kind: "exempt",
      title: caseRow.title,
      exemption,
      alertHref,
      statusLabel: statusLabel(caseRow),
      route: route(false),
    };
  return {
    kind: "public",
    alertHref,
    statusLabel: statusLabel(caseRow),
    title: caseRow.title,
    archiveNumber: caseRow.archive_case_number,
    typeLabel: `${caseRow.case_type} ${CASE_TYPE_LABELS[caseRow.case_type]}`,
    caseOfficer: caseRow.case_officer,
    unit: caseRow.responsible_unit,
    sections: presentSections(caseRow),
    route: route(true),
    documents: input.documents.map(presentDocument),
  };
}
