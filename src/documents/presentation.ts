import { PRESENTATION_SECTION_LABELS } from "../domain/labels.ts";
import { formatShortDate } from "../domain/time.ts";
import type { PresentationView } from "./presentation-view.ts";
import { sectionTypst } from "./section-typst.ts";
import { type RenderedPdf, renderPdf } from "./typst.ts";

/** The title of the presentation's document row and of the PDF: "Saksframlegg, versjon 2". */
export const presentationTitle = (version: number): string => `Saksframlegg, versjon ${version}`;

/** The PDF's creation date, in UTC parts as Typst takes them. */
function utcParts(at: Date) {
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}

function footerLine(view: PresentationView): string {
  const parts = [`Versjon ${view.version} av ${formatShortDate(view.createdAt)}`];
  if (view.approval)
    parts.push(`Godkjent ${formatShortDate(view.approval.at)} av ${view.approval.by}`);
  return parts.join(" · ");
}

/** The sections in the order a saksframlegg has them; an empty one is left out. */
function sections(view: PresentationView) {
  const all = [
    { heading: PRESENTATION_SECTION_LABELS.recommendation, text: view.recommendation },
    { heading: PRESENTATION_SECTION_LABELS.summary, text: view.summary },
    { heading: PRESENTATION_SECTION_LABELS.facts, text: view.facts },
    { heading: PRESENTATION_SECTION_LABELS.assessment, text: view.assessment },
  ];
  return all
    .map((section) => ({ heading: section.heading, body: sectionTypst(section.text) }))
    .filter((section) => section.body !== "");
}

/** The data presentation.typ reads: words and dates ready to print, sections as Typst markup. */
export function presentationData(view: PresentationView) {
  return {
    meta: {
      title: `${presentationTitle(view.version)}: ${view.title}`,
      author: [view.caseOfficer || view.municipality],
      keywords: [`Arkivsak ${view.archiveCaseNumber}`, view.municipality],
      date: utcParts(view.createdAt),
    },
    municipality: view.municipality,
    running: `Saksframlegg · Arkivsak ${view.archiveCaseNumber}`,
    exemption: view.exemptionBasis === null ? null : `Unntatt offentlighet: ${view.exemptionBasis}`,
    facts: [
      ["Saksbehandler", view.caseOfficer],
      ["Arkivsak", view.archiveCaseNumber],
      ["Enhet", view.responsibleUnit],
      ["Dato", formatShortDate(view.createdAt)],
    ],
    route: view.route.map((step) => ({
      number: step.caseNumber ?? "",
      body: step.body,
      date: step.meetingAt ? formatShortDate(step.meetingAt) : "",
    })),
    title: view.title,
    revision: view.revision
      ? `Endret i versjon ${view.version} av ${view.revision.by}: ${view.revision.reason}`
      : null,
    sections: sections(view),
    attachments: view.attachments,
    footer: footerLine(view),
  };
}

/** Renders the presentation of one version as a PDF/A-2a file. */
export function renderPresentation(view: PresentationView): Promise<RenderedPdf> {
  return renderPdf("presentation.typ", presentationData(view));
}
