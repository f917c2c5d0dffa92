import { LETTER_DIRECTION_LABELS } from "../../../domain/labels.ts";
import { formatDay } from "../../../domain/time.ts";
import type { LetterRow } from "../queries.ts";
import { EXEMPT_LABEL, type Exemption, exemptionOf } from "./labels.ts";

/** A letter on a referatsak as the public reads it; an exempt one says only that it is withheld. */
export interface LetterEntry {
  id: number;
  directionLabel: string;
  /** The sender or recipient; for an exempt letter, a neutral text. */
  correspondent: string;
  title: string;
  dateLabel: string;
  journalReference: string;
  exemption: Exemption | null;
}

export function presentLetter(row: LetterRow): LetterEntry {
  return {
    id: row.id,
    directionLabel: LETTER_DIRECTION_LABELS[row.direction],
    correspondent: row.correspondent ?? EXEMPT_LABEL,
    title: row.title ?? "Brev unntatt offentlighet",
    dateLabel: formatDay(row.letter_date),
    journalReference: row.journal_reference,
    exemption: exemptionOf(row),
  };
}
