import { CASE_TYPE_LABELS } from "../../../domain/labels.ts";
import { type MarkupBlock, parseMarkup } from "../../../domain/markup.ts";
import { formatDate } from "../../../domain/time.ts";
import type { CaseRow, DocumentRow, RouteStepRow, TreatmentRow } from "../queries.ts";
import { type DocumentLink, presentDocument } from "./document.ts";
import { type Exemption, exemptionOf, itemNumberLabel } from "./labels.ts";
import { bodyHref, meetingHref } from "./links.ts";
import { paragraphs } from "./text.ts";

export interface RouteEntry {
  key: string;
  bodyName: string;
  bodyHref: string;
  meeting: { href: string; dateLabel: string } | null;
  caseNumber: string | null;
  decision: string[] | null;
}

export type CasePageModel =
  | { kind: "exempt"; title: string; exemption: Exemption }
  | {
      kind: "public";
      title: string;
      archiveNumber: string;
      typeLabel: string;
      caseOfficer: string;
      unit: string;
      /** In the light markup case officers write in; empty when nothing is written. */
      recommendation: MarkupBlock[];
      summary: MarkupBlock[];
      route: RouteEntry[];
      documents: DocumentLink[];
    };

function treatmentEntry(
  step: { key: string; name: string; slug: string },
  t: TreatmentRow | null,
): RouteEntry {
  return {
    key: step.key,
    bodyName: step.name,
    bodyHref: bodyHref(step.slug),
    meeting: t ? { href: meetingHref(t.meeting_id), dateLabel: formatDate(t.starts_at) } : null,
    caseNumber: t ? itemNumberLabel(t) : null,
    decision: t?.decision ? paragraphs(t.decision) : null,
  };
}

/**
 * The route (saksgang) in its planned order, each body with the meetings that treated the case;
 * a body may treat it more than once when it is postponed, and a treatment in a body outside the
 * planned route is shown after it.
 */
function presentRoute(
  steps: readonly RouteStepRow[],
  treatments: readonly TreatmentRow[],
): RouteEntry[] {
  const routeBodies = new Set(steps.map((step) => step.body_id));
  const entries: RouteEntry[] = [];
  for (const step of steps) {
    const own = treatments.filter((t) => t.body_id === step.body_id);
    const target = { key: `steg-${step.position}`, name: step.body_name, slug: step.body_slug };
    if (own.length === 0) entries.push(treatmentEntry(target, null));
    for (const t of own) entries.push(treatmentEntry({ ...target, key: `sak-${t.id}` }, t));
  }
  for (const t of treatments.filter((t) => !routeBodies.has(t.body_id)))
    entries.push(treatmentEntry({ key: `sak-${t.id}`, name: t.body_name, slug: t.body_slug }, t));
  return entries;
}

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
    recommendation: parseMarkup(caseRow.recommendation),
    summary: parseMarkup(caseRow.summary),
    route: presentRoute(input.route, input.treatments),
    documents: input.documents.map(presentDocument),
  };
}
