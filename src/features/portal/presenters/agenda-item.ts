import type { AgendaItemKind } from "../../../db/schema.ts";
import { formatDate } from "../../../domain/time.ts";
import type { AgendaRow, DocumentRow, LetterRow } from "../queries.ts";
import { type DocumentLink, presentDocument } from "./document.ts";
import { type Exemption, exemptionOf, itemNumberLabel } from "./labels.ts";
import { type LetterEntry, presentLetter } from "./letter.ts";
import { caseHref } from "./links.ts";
import { paragraphs } from "./text.ts";

export interface AgendaEntry {
  id: number;
  kind: AgendaItemKind;
  caseNumber: string;
  /** Null for an item without a case (approvals, orientations, letters, Eventuelt). */
  caseHref: string | null;
  title: string;
  exemption: Exemption | null;
  closedBasis: string | null;
  /** Who gave an orientation, and the paragraphs of what the item itself says. */
  presenter: string;
  text: string[];
  letters: LetterEntry[];
  /** The decision's paragraphs once the body has decided; never for an exempt case. */
  decision: string[] | null;
  documents: DocumentLink[];
  /** Trukket: the item keeps its number and its line, with the date and why. */
  withdrawn: { on: string; reason: string } | null;
  /** Added after the notice went out (tilleggssak). */
  supplementary: boolean;
}

/** The agenda in its order, each item with the documents of its case or the letters it lists. */
export function presentAgenda(
  items: readonly AgendaRow[],
  documents: readonly DocumentRow[],
  letters: readonly LetterRow[],
): AgendaEntry[] {
  const byCase = new Map<number, DocumentLink[]>();
  for (const row of documents)
    if (row.case_id !== null)
      byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), presentDocument(row)]);
  const byItem = new Map<number, LetterEntry[]>();
  for (const row of letters)
    byItem.set(row.agenda_item_id, [...(byItem.get(row.agenda_item_id) ?? []), presentLetter(row)]);
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    caseNumber: itemNumberLabel(item),
    caseHref: item.case_id === null ? null : caseHref(item.case_id),
    title: item.title,
    exemption: exemptionOf(item),
    closedBasis: item.is_closed ? (item.closed_basis ?? "Ikke oppgitt") : null,
    presenter: item.presenter,
    text: paragraphs(item.text),
    letters: byItem.get(item.id) ?? [],
    decision: item.access === "public" && item.decision ? paragraphs(item.decision) : null,
    documents:
      item.case_id === null || item.withdrawn_at !== null ? [] : (byCase.get(item.case_id) ?? []),
    withdrawn:
      item.withdrawn_at === null
        ? null
        : {
            on: formatDate(item.withdrawn_at),
            // The reason may speak of what an exempt item is about; the public gets the date.
            reason: item.access === "public" ? (item.withdrawn_reason ?? "") : "",
          },
    supplementary: item.added_after_notice_at !== null,
  }));
}
