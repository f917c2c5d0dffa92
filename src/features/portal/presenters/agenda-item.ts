import type { AgendaRow, DocumentRow } from "../queries.ts";
import { type DocumentLink, presentDocument } from "./document.ts";
import { type Exemption, exemptionOf, itemNumberLabel } from "./labels.ts";
import { caseHref } from "./links.ts";
import { paragraphs } from "./text.ts";

export interface AgendaEntry {
  id: number;
  caseNumber: string;
  caseHref: string;
  title: string;
  exemption: Exemption | null;
  closedBasis: string | null;
  /** The decision's paragraphs once the body has decided; never for an exempt case. */
  decision: string[] | null;
  documents: DocumentLink[];
}

/** The agenda in its order, each item with the documents of its case. */
export function presentAgenda(
  items: readonly AgendaRow[],
  documents: readonly DocumentRow[],
): AgendaEntry[] {
  const byCase = new Map<number, DocumentLink[]>();
  for (const row of documents)
    if (row.case_id !== null)
      byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), presentDocument(row)]);
  return items.map((item) => ({
    id: item.id,
    caseNumber: itemNumberLabel(item),
    caseHref: caseHref(item.case_id),
    title: item.title,
    exemption: exemptionOf(item),
    closedBasis: item.is_closed ? (item.closed_basis ?? "Ikke oppgitt") : null,
    decision: item.access === "public" && item.decision ? paragraphs(item.decision) : null,
    documents: byCase.get(item.case_id) ?? [],
  }));
}
