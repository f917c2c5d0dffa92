import type { BodyKind, CaseType, DocumentKind, MeetingStatus } from "../../db/schema.ts";
import { CASE_TYPE_LABELS, MEETING_STATUS_LABELS } from "../../domain/labels.ts";
import { roleLabel } from "../../domain/membership.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import {
  formatDate,
  formatMonth,
  formatTime,
  formatWeekdayDate,
  osloDateTime,
  osloDay,
} from "../../domain/time.ts";
import { addMonths, formatMonthParam, type Month, monthStart } from "./month.ts";
import type {
  AgendaRow,
  CaseRow,
  DecisionRow,
  DocumentRow,
  MeetingRow,
  PersonMembershipRow,
  RouteStepRow,
  SeatRow,
  TreatmentRow,
} from "./queries.ts";

/** Turns the portal's rows into what the pages show, in bokmål; views never see raw rows. */

export type TagColor = "neutral" | "info" | "success" | "danger" | "warning";

const STATUS_COLORS: Record<MeetingStatus, TagColor> = {
  planned: "neutral",
  notice_published: "info",
  held: "success",
  minutes_approved: "success",
  cancelled: "danger",
};

const meetingStatus = (status: MeetingStatus): { label: string; color: TagColor } => ({
  label: MEETING_STATUS_LABELS[status],
  color: STATUS_COLORS[status],
});

const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  presentation: "Saksframlegg",
  attachment: "Vedlegg",
  notice: "Innkalling",
  agenda: "Saksliste",
  minutes: "Protokoll",
  decision_notice: "Melding om vedtak",
  other: "Dokument",
};

export const EXEMPT_LABEL = "Unntatt offentlighet";

const DECISION_EXCERPT_LENGTH = 220;

export const meetingHref = (id: number): string => `/moter/${id}`;
export const caseHref = (id: number): string => `/saker/${id}`;
export const bodyHref = (slug: string): string => `/utvalg/${encodeURIComponent(slug)}`;
export const personHref = (id: number): string => `/personer/${id}`;
export const documentHref = (id: number, fileName: string): string =>
  `/dokumenter/${id}/${encodeURIComponent(fileName)}`;

export function calendarHref(month: Month, bodySlug?: string): string {
  const query = new URLSearchParams({ maned: formatMonthParam(month) });
  if (bodySlug) query.set("utvalg", bodySlug);
  return `/moter?${query.toString()}`;
}

const itemNumberLabel = (item: {
  case_type: CaseType;
  series_year: number | null;
  series_number: number | null;
}): string =>
  caseNumberLabel({
    caseType: item.case_type,
    year: item.series_year,
    number: item.series_number,
  });

/** Case texts are plain text; a blank line separates paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
}

function excerpt(text: string, length: number): string {
  const first = paragraphs(text)[0] ?? "";
  if (first.length <= length) return first;
  const cut = first.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, "")} …`;
}

/** A calendar day "YYYY-MM-DD" as Norwegians read it. */
const formatDay = (day: string): string => formatDate(osloDateTime(day, "12:00"));

export interface MeetingSummary {
  id: number;
  href: string;
  bodyName: string;
  bodyHref: string;
  day: string;
  dateLabel: string;
  timeLabel: string;
  location: string;
  isRemote: boolean;
  status: { label: string; color: TagColor };
  isCancelled: boolean;
}

export function presentMeeting(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    href: meetingHref(row.id),
    bodyName: row.body_name,
    bodyHref: bodyHref(row.body_slug),
    day: osloDay(row.starts_at),
    dateLabel: formatWeekdayDate(row.starts_at),
    timeLabel: row.ends_at
      ? `${formatTime(row.starts_at)}–${formatTime(row.ends_at)}`
      : formatTime(row.starts_at),
    location: row.location,
    isRemote: row.is_remote,
    status: meetingStatus(row.status),
    isCancelled: row.status === "cancelled",
  };
}

export interface MeetingDay {
  day: string;
  label: string;
  meetings: MeetingSummary[];
}

/** Meetings in time order, grouped by their day in Norway. */
export function groupByDay(meetings: readonly MeetingSummary[]): MeetingDay[] {
  const days: MeetingDay[] = [];
  for (const meeting of meetings) {
    const last = days.at(-1);
    if (last && last.day === meeting.day) last.meetings.push(meeting);
    else days.push({ day: meeting.day, label: meeting.dateLabel, meetings: [meeting] });
  }
  return days;
}

/** An exempt case shows its neutral title and the legal basis, nothing of its content. */
export interface Exemption {
  basis: string;
}

const exemptionOf = (row: {
  access: "public" | "exempt";
  exemption_basis: string | null;
}): Exemption | null =>
  row.access === "exempt" ? { basis: row.exemption_basis ?? "Ikke oppgitt" } : null;

export interface DecisionSummary {
  id: number;
  caseHref: string;
  caseNumber: string;
  title: string;
  exemption: Exemption | null;
  bodyName: string;
  meetingHref: string;
  dateLabel: string;
  decision: string | null;
}

export function presentDecision(row: DecisionRow): DecisionSummary {
  return {
    id: row.id,
    caseHref: caseHref(row.case_id),
    caseNumber: itemNumberLabel(row),
    title: row.title,
    exemption: exemptionOf(row),
    bodyName: row.body_name,
    meetingHref: meetingHref(row.meeting_id),
    dateLabel: formatDate(row.decided_at ?? row.starts_at),
    decision:
      row.access === "public" && row.decision
        ? excerpt(row.decision, DECISION_EXCERPT_LENGTH)
        : null,
  };
}

export interface DocumentLink {
  id: number;
  href: string;
  title: string;
  kindLabel: string;
  fileName: string;
}

export function presentDocument(row: DocumentRow): DocumentLink {
  return {
    id: row.id,
    href: documentHref(row.id, row.file_name),
    title: row.title,
    kindLabel: DOCUMENT_KIND_NAMES[row.kind],
    fileName: row.file_name,
  };
}

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

export interface MeetingPageModel {
  meeting: MeetingSummary;
  /** Null until the notice is published. */
  agenda: AgendaEntry[] | null;
  meetingDocuments: DocumentLink[];
  calendarHref: string;
}

export function presentMeetingPage(input: {
  meeting: MeetingRow & { agenda_published: boolean };
  agenda: readonly AgendaRow[];
  documents: readonly DocumentRow[];
}): MeetingPageModel {
  const byCase = new Map<number, DocumentLink[]>();
  const meetingDocuments: DocumentLink[] = [];
  for (const row of input.documents) {
    const link = presentDocument(row);
    if (row.case_id === null) meetingDocuments.push(link);
    else byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), link]);
  }
  const meeting = presentMeeting(input.meeting);
  return {
    meeting,
    agenda: input.meeting.agenda_published
      ? input.agenda.map((item) => ({
          id: item.id,
          caseNumber: itemNumberLabel(item),
          caseHref: caseHref(item.case_id),
          title: item.title,
          exemption: exemptionOf(item),
          closedBasis: item.is_closed ? (item.closed_basis ?? "Ikke oppgitt") : null,
          decision: item.access === "public" && item.decision ? paragraphs(item.decision) : null,
          documents: byCase.get(item.case_id) ?? [],
        }))
      : null,
    meetingDocuments,
    calendarHref: calendarHref(
      { year: Number(meeting.day.slice(0, 4)), month: Number(meeting.day.slice(5, 7)) },
      input.meeting.body_slug,
    ),
  };
}

export interface RouteEntry {
  key: string;
  bodyName: string;
  bodyHref: string;
  meeting: { href: string; dateLabel: string } | null;
  caseNumber: string | null;
  decision: string[] | null;
}

export type CasePageModel =
  | { kind: "exempt"; title: string; exemption: Exemption }
  | {
      kind: "public";
      title: string;
      archiveNumber: string;
      typeLabel: string;
      caseOfficer: string;
      unit: string;
      recommendation: string[];
      summary: string[];
      route: RouteEntry[];
      documents: DocumentLink[];
    };

function treatmentEntry(step: { key: string; name: string; slug: string }, t: TreatmentRow | null) {
  return {
    key: step.key,
    bodyName: step.name,
    bodyHref: bodyHref(step.slug),
    meeting: t ? { href: meetingHref(t.meeting_id), dateLabel: formatDate(t.starts_at) } : null,
    caseNumber: t ? itemNumberLabel(t) : null,
    decision: t?.decision ? paragraphs(t.decision) : null,
  };
}

/**
 * The route (saksgang) in its planned order, each body with the meetings that treated the case;
 * a body may treat it more than once when it is postponed, and a treatment in a body outside the
 * planned route is shown after it.
 */
function presentRoute(steps: readonly RouteStepRow[], treatments: readonly TreatmentRow[]) {
  const routeBodies = new Set(steps.map((step) => step.body_id));
  const entries: RouteEntry[] = [];
  for (const step of steps) {
    const own = treatments.filter((t) => t.body_id === step.body_id);
    const target = { key: `steg-${step.position}`, name: step.body_name, slug: step.body_slug };
    if (own.length === 0) entries.push(treatmentEntry(target, null));
    for (const t of own) entries.push(treatmentEntry({ ...target, key: `sak-${t.id}` }, t));
  }
  for (const t of treatments.filter((t) => !routeBodies.has(t.body_id)))
    entries.push(treatmentEntry({ key: `sak-${t.id}`, name: t.body_name, slug: t.body_slug }, t));
  return entries;
}

export function presentCasePage(input: {
  caseRow: CaseRow;
  route: readonly RouteStepRow[];
  treatments: readonly TreatmentRow[];
  documents: readonly DocumentRow[];
}): CasePageModel {
  const { caseRow } = input;
  const exemption = exemptionOf(caseRow);
  if (exemption) return { kind: "exempt", title: caseRow.title, exemption };
  return {
    kind: "public",
    title: caseRow.title,
    archiveNumber: caseRow.archive_case_number,
    typeLabel: `${caseRow.case_type} ${CASE_TYPE_LABELS[caseRow.case_type]}`,
    caseOfficer: caseRow.case_officer,
    unit: caseRow.responsible_unit,
    recommendation: paragraphs(caseRow.recommendation),
    summary: paragraphs(caseRow.summary),
    route: presentRoute(input.route, input.treatments),
    documents: input.documents.map(presentDocument),
  };
}

export interface BodySummary {
  href: string;
  name: string;
  description: string;
}

export interface BodiesPageModel {
  active: BodySummary[];
  former: BodySummary[];
}

export function presentBodiesPage(
  rows: ReadonlyArray<{ slug: string; name: string; description: string; is_active: boolean }>,
): BodiesPageModel {
  const summary = (row: (typeof rows)[number]): BodySummary => ({
    href: bodyHref(row.slug),
    name: row.name,
    description: paragraphs(row.description)[0] ?? "",
  });
  return {
    active: rows.filter((row) => row.is_active).map(summary),
    former: rows.filter((row) => !row.is_active).map(summary),
  };
}

/** A placeholder address for the accessibility statement, from the municipality's short name. */
export function postmottakAddress(shortName: string): string {
  const domain = shortName
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/\s+(fylkes)?kommune$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `postmottak@${domain || "kommunen"}.kommune.no`;
}

export interface SeatHolder {
  key: number;
  name: string;
  href: string;
  role: string;
}

export interface ListGroup {
  key: string;
  listName: string;
  holders: SeatHolder[];
}

export interface BodyPageModel {
  name: string;
  description: string[];
  termName: string | null;
  members: ListGroup[];
  substitutes: ListGroup[];
  upcoming: MeetingSummary[];
  past: MeetingSummary[];
  olderMeetingsHref: string;
}

const ROLE_ORDER = { leader: 0, deputy_leader: 1, member: 2, observer: 3, substitute: 4 } as const;

/** Groups seats by list, lists by name; within a list by role, substitutes by their rank. */
function groupByList(seats: readonly SeatRow[], bodyKind: BodyKind): ListGroup[] {
  const groups = new Map<string, ListGroup>();
  const sorted = [...seats].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (a.substitute_rank ?? 0) - (b.substitute_rank ?? 0),
  );
  for (const seat of sorted) {
    const key = seat.list_id === null ? "uten-liste" : `liste-${seat.list_id}`;
    const group = groups.get(key) ?? {
      key,
      listName: seat.list_name ?? "Uten liste",
      holders: [],
    };
    group.holders.push({
      key: seat.id,
      name: `${seat.given_name} ${seat.family_name}`,
      href: personHref(seat.person_id),
      role:
        seat.role === "substitute"
          ? `${seat.substitute_rank}. varamedlem`
          : roleLabel(seat.role, bodyKind),
    });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.listName.localeCompare(b.listName, "nb"));
}

export function presentBodyPage(input: {
  body: { name: string; slug: string; kind: BodyKind; description: string };
  term: { name: string } | null;
  seats: readonly SeatRow[];
  upcoming: readonly MeetingRow[];
  past: readonly MeetingRow[];
  pastFrom: Month;
}): BodyPageModel {
  return {
    name: input.body.name,
    description: paragraphs(input.body.description),
    termName: input.term?.name ?? null,
    members: groupByList(
      input.seats.filter((seat) => seat.role !== "substitute"),
      input.body.kind,
    ),
    substitutes: groupByList(
      input.seats.filter((seat) => seat.role === "substitute"),
      input.body.kind,
    ),
    upcoming: input.upcoming.map(presentMeeting),
    past: input.past.map(presentMeeting),
    olderMeetingsHref: calendarHref(addMonths(input.pastFrom, -1), input.body.slug),
  };
}

export interface PersonPageModel {
  name: string;
  partyName: string | null;
  memberships: Array<{
    key: number;
    bodyName: string;
    bodyHref: string;
    role: string;
    listName: string | null;
    termName: string;
    from: string;
    to: string;
  }>;
}

export function presentPersonPage(input: {
  person: { given_name: string; family_name: string; party_name: string | null };
  memberships: readonly PersonMembershipRow[];
}): PersonPageModel {
  return {
    name: `${input.person.given_name} ${input.person.family_name}`,
    partyName: input.person.party_name,
    memberships: input.memberships.map((row) => ({
      key: row.id,
      bodyName: row.body_name,
      bodyHref: bodyHref(row.body_slug),
      role:
        row.role === "substitute"
          ? `${row.substitute_rank}. varamedlem`
          : roleLabel(row.role, row.body_kind),
      listName: row.list_name,
      termName: row.term_name,
      from: formatDay(row.starts_on),
      to: row.ends_on ? formatDay(row.ends_on) : "",
    })),
  };
}

export interface CalendarPageModel {
  monthLabel: string;
  monthParam: string;
  previous: { href: string; label: string };
  next: { href: string; label: string };
  bodySlug: string;
  bodyOptions: Array<{ value: string; label: string }>;
  days: MeetingDay[];
}

export function presentCalendarPage(input: {
  month: Month;
  bodySlug: string;
  bodies: ReadonlyArray<{ slug: string; name: string }>;
  meetings: readonly MeetingRow[];
}): CalendarPageModel {
  const slug = input.bodySlug || undefined;
  const previous = addMonths(input.month, -1);
  const next = addMonths(input.month, 1);
  return {
    monthLabel: formatMonth(monthStart(input.month)),
    monthParam: formatMonthParam(input.month),
    previous: { href: calendarHref(previous, slug), label: formatMonth(monthStart(previous)) },
    next: { href: calendarHref(next, slug), label: formatMonth(monthStart(next)) },
    bodySlug: input.bodySlug,
    bodyOptions: input.bodies.map((body) => ({ value: body.slug, label: body.name })),
    days: groupByDay(input.meetings.map(presentMeeting)),
  };
}
