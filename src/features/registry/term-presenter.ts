import { currentTerm } from "../../domain/terms.ts";
import { formatDay } from "../../domain/time.ts";
import { TERMS_PATH } from "./registry-paths.ts";
import type { TermRecord } from "./term-queries.ts";

export interface TermView {
  id: number;
  name: string;
  fromLabel: string;
  toLabel: string;
  isCurrent: boolean;
  editHref: string;
}

export const termEditHref = (id: number): string => `${TERMS_PATH}/${id}/rediger`;

/** The terms as the list shows them, the current one (on the day given) marked. */
export function presentTerms(terms: readonly TermRecord[], today: string): TermView[] {
  const current = currentTerm(terms, today);
  return terms.map((term) => ({
    id: term.id,
    name: term.name,
    fromLabel: formatDay(term.startsOn),
    toLabel: formatDay(term.endsOn),
    isCurrent: term.id === current?.id,
    editHref: termEditHref(term.id),
  }));
}

export interface TermFormValues {
  name: string;
  startsOn: string;
  endsOn: string;
}
