import type { RenditionStatus } from "../../db/schema.ts";
import { formatDate } from "../../domain/time.ts";
import { FORMATS, formatOfMediaType, formatSize } from "./formats.ts";
import type { AttachmentRow } from "./queries.ts";

/** An attachment as the workspace's documents page shows it. */
export interface AttachmentView {
  id: number;
  number: number | null;
  title: string;
  fileName: string;
  typeLabel: string;
  sizeLabel: string;
  pagesLabel: string;
  renditionLabel: string;
  renditionFailed: boolean;
  /** The conversion can be tried again: it failed, or LibreOffice was missing. */
  mayConvertAgain: boolean;
  /** Why the conversion failed, as LibreOffice or the time limit said. */
  renditionError: string | null;
  exempt: boolean;
  exemptionBasis: string | null;
  /** The redacted version's public title, when it has one. */
  redactedTitle: string | null;
  version: number;
  originalHref: string;
  /** The PDF made from a Word, OpenDocument or image file, once there is one. */
  pdfHref: string | null;
  redactedHref: string | null;
  editHref: string;
  /** For a replaced version: when, in Norwegian. */
  replacedLabel: string | null;
}

const RENDITION_LABELS: Record<RenditionStatus, string> = {
  ready: "PDF klar",
  pending: "Venter på konvertering til PDF",
  failed: "Konverteringen til PDF mislyktes",
  unavailable: "Venter på konvertering til PDF (LibreOffice mangler på tjeneren)",
};

const documentBase = (caseId: number, id: number) => `/admin/saker/${caseId}/dokumenter/${id}`;

export function presentAttachment(caseId: number, row: AttachmentRow): AttachmentView {
  const format = formatOfMediaType(row.media_type);
  const converted = row.pdf_sha256 !== null && row.pdf_sha256 !== undefined;
  const isPdf = format === "pdf";
  const base = documentBase(caseId, row.id);
  return {
    id: row.id,
    number: row.replaced_by_id === null ? row.position : null,
    title: row.title,
    fileName: row.file_name,
    typeLabel: format ? FORMATS[format].label : row.media_type,
    sizeLabel: formatSize(Number(row.size)),
    pagesLabel: row.page_count === null ? "–" : String(row.page_count),
    renditionLabel: isPdf
      ? "PDF"
      : row.rendition === "ready" && !converted
        ? "Ingen PDF"
        : RENDITION_LABELS[row.rendition],
    renditionFailed: row.rendition === "failed",
    mayConvertAgain: !converted && (row.rendition === "failed" || row.rendition === "unavailable"),
    renditionError: row.rendition === "failed" ? row.rendition_error : null,
    exempt: row.access === "exempt",
    exemptionBasis: row.exemption_basis,
    redactedTitle: row.redacted_sha256 ? row.public_title : null,
    version: row.version,
    originalHref: `${base}/original`,
    pdfHref: converted && !isPdf ? `${base}/pdf` : null,
    redactedHref: row.redacted_sha256 ? `${base}/sladdet` : null,
    editHref: base,
    replacedLabel: row.replaced_at ? `Erstattet ${formatDate(row.replaced_at)}` : null,
  };
}

/** The current attachments in their order, and the versions they replaced. */
export function presentAttachments(caseId: number, rows: readonly AttachmentRow[]) {
  const views = rows.map((row) => presentAttachment(caseId, row));
  return {
    current: views.filter((view) => view.replacedLabel === null),
    replaced: views.filter((view) => view.replacedLabel !== null),
  };
}
