import type { AgendaItemKind, CaseType } from "../db/schema.ts";

/** The kinds of agenda item that stand without an archive case. */
export type EntryKind = Exclude<AgendaItemKind, "case">;

export const ENTRY_KINDS: readonly EntryKind[] = [
  "notice_approval",
  "minutes_approval",
  "orientation",
  "letters",
  "any_other_business",
];

/**
 * The series each kind is numbered in, as real municipalities do: the approvals are political
 * items (PS 79/26 Godkjenning av innkalling og saksliste), orientations have their own OS
 * series, letters are referatsaker (RS), and Eventuelt is never numbered.
 */
export const ENTRY_SERIES: Record<EntryKind, CaseType | null> = {
  notice_approval: "PS",
  minutes_approval: "PS",
  orientation: "OS",
  letters: "RS",
  any_other_business: null,
};

/** The title an item of the kind gets when the secretariat writes none. */
export const ENTRY_DEFAULT_TITLES: Record<EntryKind, string> = {
  notice_approval: "Godkjenning av innkalling og saksliste",
  minutes_approval: "Godkjenning av protokoll",
  orientation: "Orientering",
  letters: "Referatsaker",
  any_other_business: "Eventuelt",
};

export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = {
  case: "Sak",
  notice_approval: "Godkjenning av innkalling og saksliste",
  minutes_approval: "Godkjenning av protokoll",
  orientation: "Orientering",
  letters: "Referatsaker (brev)",
  any_other_business: "Eventuelt",
};
