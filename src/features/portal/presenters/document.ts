import type { DocumentKind } from "../../../db/schema.ts";
import type { DocumentRow } from "../queries.ts";
import { documentHref } from "./links.ts";

const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  presentation: "Saksframlegg",
  attachment: "Vedlegg",
  notice: "Innkalling",
  agenda: "Saksliste",
  packet: "Møtedokumenter",
  minutes: "Protokoll",
  decision_notice: "Melding om vedtak",
  other: "Dokument",
};

export interface DocumentLink {
  id: number;
  href: string;
  title: string;
  kindLabel: string;
  fileName: string;
  /** For the redacted version of an exempt document: what it is, and on what basis. */
  redactedNote: string | null;
}

export function presentDocument(row: DocumentRow): DocumentLink {
  return {
    id: row.id,
    href: documentHref(row.id, row.file_name),
    title: row.title,
    kindLabel: DOCUMENT_KIND_NAMES[row.kind],
    fileName: row.file_name,
    redactedNote: row.redacted
      ? `Sladdet versjon${row.exemption_basis ? `, unntatt offentlighet etter ${row.exemption_basis}` : ""}`
      : null,
  };
}
