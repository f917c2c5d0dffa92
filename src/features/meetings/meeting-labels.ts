import { AGENDA_ITEM_KIND_LABELS } from "../../domain/agenda-kinds.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { formatTime, formatWeekdayDate } from "../../domain/time.ts";
import type { AgendaEntry } from "./queries.ts";

/** "Formannskapet, torsdag 10. desember 2026" */
export const meetingName = (bodyName: string, startsAt: Date): string =>
  `${bodyName}, ${formatWeekdayDate(startsAt)}`;

/** The breadcrumbs above a page that belongs to one meeting. */
export const meetingTrail = (meeting: { id: number; name: string }) => [
  { href: "/admin/moter", label: "Møter" },
  { href: `/admin/moter/${meeting.id}`, label: meeting.name },
];

/** "18:00–21:00", or just the start when no end is set. */
export const meetingHours = (startsAt: Date, endsAt: Date | null): string =>
  endsAt ? `${formatTime(startsAt)}–${formatTime(endsAt)}` : formatTime(startsAt);

export const entryNumberLabel = (entry: AgendaEntry): string =>
  caseNumberLabel({ caseType: entry.caseType, year: entry.seriesYear, number: entry.seriesNumber });

/** What the reader is allowed to see as the item's title. */
export const visibleTitle = (entry: AgendaEntry, showExempt: boolean): string =>
  entry.access === "exempt" && !showExempt ? (entry.publicTitle ?? "") : entry.title;

/** "PS 12/26, politisk sak, arkivsak 2026/12, nummer 3 på sakslisten." and the like per kind. */
export function entryDescription(entry: AgendaEntry): string {
  const kind =
    entry.kind === "case" && entry.caseType !== null
      ? `${CASE_TYPE_LABELS[entry.caseType].toLowerCase()}, arkivsak ${entry.archiveCaseNumber}`
      : AGENDA_ITEM_KIND_LABELS[entry.kind].toLowerCase();
  const number = entryNumberLabel(entry);
  return `${number ? `${number}, ` : ""}${kind}, nummer ${entry.position} på sakslisten.`;
}
