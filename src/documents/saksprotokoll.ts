import { formatDate, formatShortDate } from "../domain/time.ts";
import { type RenderedPdf, renderPdf } from "./typst.ts";

/** One paragraph of the item's treatment (behandling), as the minutes print it. */
export interface SaksprotokollParagraph {
  /** A lead-in such as «Forslag 1 fra Anne Hansen (H):»; '' for none. */
  heading: string;
  text: string;
}

/** What one item's minutes extract says, as it is sent to the case officer. */
export interface SaksprotokollView {
  municipality: string;
  bodyName: string;
  meetingStartsAt: Date;
  /** «PS 12/26». */
  numberLabel: string;
  title: string;
  archiveCaseNumber: string;
  caseOfficer: string;
  /** The basis the document is exempt on (the case's, or the closed meeting's), or null. */
  exemptionBasis: string | null;
  treatment: SaksprotokollParagraph[];
  /** The vote's line for the minutes; '' when no vote was recorded. */
  vote: string;
  /** The decision as adopted; '' when the decision was withdrawn. */
  decision: string;
  /** When the notice this one replaces was made; null for the first notice on the item. */
  replaces: Date | null;
  madeAt: Date;
}

/** «Saksprotokoll – Formannskapet 3. desember 2026 – PS 12/26», the document's title. */
export const saksprotokollTitle = (view: {
  bodyName: string;
  meetingStartsAt: Date;
  numberLabel: string;
}): string =>
  `Saksprotokoll – ${view.bodyName} ${formatDate(view.meetingStartsAt)} – ${view.numberLabel}`;

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

/** The data decision-notice.typ reads: every value a plain string ready to print. */
export function saksprotokollData(view: SaksprotokollView) {
  const withdrawn = view.decision === "";
  return {
    meta: {
      title: saksprotokollTitle(view),
      author: [view.municipality || view.bodyName],
      keywords: [`Arkivsak ${view.archiveCaseNumber}`, view.bodyName, view.numberLabel],
      date: utcParts(view.madeAt),
    },
    municipality: view.municipality,
    running: `Saksprotokoll · ${view.numberLabel} · Arkivsak ${view.archiveCaseNumber}`,
    exemption: view.exemptionBasis === null ? null : `Unntatt offentlighet: ${view.exemptionBasis}`,
    facts: [
      ["Utvalg", view.bodyName],
      ["Møtedato", formatDate(view.meetingStartsAt)],
      ["Saksnr.", view.numberLabel],
      ["Arkivsak", view.archiveCaseNumber],
      ["Saksbehandler", view.caseOfficer],
    ].filter(([, value]) => value !== ""),
    heading: `${view.numberLabel} ${view.title}`,
    replaces:
      view.replaces === null
        ? null
        : `Denne saksprotokollen erstatter den som ble sendt ${formatShortDate(view.replaces)}.`,
    treatment: view.treatment,
    vote: view.vote,
    decisionHeading: withdrawn ? "Vedtaket er trukket tilbake" : `${view.bodyName} – vedtak`,
    decision: withdrawn
      ? "Vedtaket som ble sendt i saken, er trukket tilbake. Utvalget har ikke noe gjeldende vedtak i saken fra dette møtet."
      : view.decision,
    footer: `Sendt ${formatShortDate(view.madeAt)} som melding om vedtak`,
  };
}

/** Renders one item's minutes extract as a PDF/A-2a file. */
export function renderSaksprotokoll(view: SaksprotokollView): Promise<RenderedPdf> {
  return renderPdf("decision-notice.typ", saksprotokollData(view));
}
