import { ROLE_NAMES } from "../../auth/roles.ts";
import { AGENDA_ITEM_KIND_LABELS } from "../../domain/agenda-kinds.ts";
import { LETTER_DIRECTION_LABELS, MEETING_STATUS_LABELS } from "../../domain/labels.ts";
import { ROLE_LABELS } from "../../domain/membership.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { formatDate, formatDay, formatTime, isIsoDay } from "../../domain/time.ts";
import { ACCESS_LABELS, STATUS_LABELS } from "../cases/case-labels.ts";
import { BODY_KIND_LABELS } from "../registry/body-kinds.ts";
import {
  type AuditSubject,
  type AuditSubjects,
  DETAIL_REFERENCES,
  subjectKey,
} from "./audit-subjects.ts";

/** One line of an entry's details: what changed, in words, with links to the records named. */
export interface DetailLine {
  label: string;
  /** The value in words; a reference to a record comes as a subject to link. */
  parts: Array<string | AuditSubject>;
}

/** What each detail key means. Keys the log writes only for machines are left out (HIDDEN). */
export const DETAIL_LABELS: Record<string, string> = {
  access: "Tilgang",
  added: "Lagt til",
  answerMinutes: "Taletid for svar på replikk",
  approval: "Godkjennes av",
  basis: "Hjemmel",
  by: "Godkjent av",
  byLot: "Avgjort ved loddtrekning",
  closedAt: "Hevet",
  error: "Feil",
  fromItemId: "Fra punkt",
  ground: "Grunnlag",
  number: "Nummer",
  openedAt: "Satt",
  quorumPercent: "Vedtaksført med (prosent)",
  releasedCallId: "Frigitt innkalling",
  removed: "Fjernet",
  repliesPerSpeech: "Replikker per innlegg",
  replyMinutes: "Taletid for replikk",
  requestedBy: "Bestilt av",
  documents: "Dokumenter",
  mailed: "E-poster sendt",
  speechMinutes: "Taletid for innlegg",
  startedAt: "Startet",
  task: "Dokument",
  unchanged: "Uendret",
  archiveCaseNumber: "Arkivsak",
  bodyId: "Utvalg",
  carriedTo: "Ført videre",
  caseDecided: "Saken er ferdigbehandlet",
  caseId: "Sak",
  changed: "Endret",
  closedBasis: "Hjemmel for lukking",
  counts: "Antall",
  decidedAt: "Vedtatt",
  decidedByChair: "Avgjort med møteleders dobbeltstemme",
  description: "Beskrivelse",
  direction: "Retning",
  displayName: "Navn",
  email: "E-post",
  endsAt: "Slutter",
  endsOn: "Til",
  exempt: "Unntatt offentlighet",
  familyName: "Etternavn",
  fileName: "Filnavn",
  forPersonId: "Møter for",
  firstNumber: "Første nummer",
  givenName: "Fornavn",
  hasVote: "Stemmerett",
  isActive: "Aktivt",
  isClosed: "Lukket møte",
  isJointList: "Felles liste",
  itemId: "Punkt",
  journalReference: "Journalpost",
  kind: "Type",
  letterDate: "Brevdato",
  listId: "Liste",
  mayApproveCases: "Kan godkjenne saker",
  meetingId: "Møte",
  meetingNumber: "Møtenummer",
  name: "Navn",
  noticeDays: "Varsel i dager",
  numbers: "Saker nummerert",
  ownerId: "Saksbehandler",
  organisationNumber: "Organisasjonsnummer",
  pageCount: "Sider",
  partyId: "Parti",
  partyIds: "Partier",
  personId: "Person",
  phone: "Telefon",
  position: "Plass i sakslisten",
  positions: "Plasser endret",
  previous: "Før",
  previousDecision: "Vedtaket før",
  previousMeetingId: "Møte før",
  previousStatus: "Status før",
  reason: "Begrunnelse",
  role: "Rolle",
  round: "Valgomgang",
  ruling: "Avgjørelse",
  scope: "Gjelder",
  route: "Saksgang",
  seatCount: "Antall medlemmer",
  series: "Nummerserie",
  seriesNumber: "Saksnummer",
  seriesYear: "År",
  shortName: "Kortnavn",
  shortNotice: "Kort varsel",
  slug: "Adresse",
  startsAt: "Starter",
  startsOn: "Fra",
  status: "Status",
  substitutePersonId: "Varamedlem",
  substituteRank: "Varanummer",
  termId: "Valgperiode",
  title: "Tittel",
  type: "Jobbtype",
  userId: "Bruker",
  username: "Brukernavn",
  version: "Versjon",
  videoStreamUrl: "Videooverføring",
  votesAgainst: "Stemmer mot",
  votesByName: "Stemmer med navn",
  votesFor: "Stemmer for",
  year: "År",
};

/** Kept in the log for machines and for the record, but no help to a reader. */
export const HIDDEN_DETAILS = new Set([
  "voteId",
  "adoptedProposalId",
  "electedCandidateId",
  "sha256",
  "caseVersionId",
  "routeStepId",
  "previousRoute",
  "publicationId",
  "callId",
  "entryId",
  "eventId",
  "absenceId",
  "conflictId",
  "proposalId",
  "electionId",
  "agendaItemId",
  "itemId",
  "versionId",
  "personId",
  "personIds",
  "minutesApprovedOf",
  "key",
]);

/** Codes that have words of their own, by key; the entry's record type picks among kinds. */
function codeLabel(key: string, value: string, entityType: string): string | null {
  const pick = (labels: Record<string, string>) => labels[value] ?? null;
  switch (key) {
    case "access":
      return pick(ACCESS_LABELS);
    case "status":
      return pick(STATUS_LABELS);
    case "previousStatus":
      return pick(MEETING_STATUS_LABELS);
    case "by":
    case "approval":
      return pick({ signatures: "De valgte signaturene", meeting: "Utvalget i et senere møte" });
    case "direction":
      return pick({ ...LETTER_DIRECTION_LABELS, up: "Opp", down: "Ned" });
    case "role":
      return entityType === "app_user" ? pick(ROLE_NAMES) : pick(ROLE_LABELS);
    case "kind":
      return entityType === "body"
        ? pick(BODY_KIND_LABELS)
        : entityType === "agenda_item"
          ? pick(AGENDA_ITEM_KIND_LABELS)
          : entityType === "document"
            ? pick({ presentation: "Saksframlegg", attachment: "Vedlegg", packet: "Møtebok" })
            : entityType === "meeting"
              ? pick({
                  notice: "Innkalling",
                  supplement: "Tilleggsinnkalling",
                  correction: "Rettelse",
                  draft: "Utkast",
                  final: "Godkjent protokoll",
                })
              : null;
    default:
      return null;
  }
}

/** Numbers that name something (a year, a number in a series) rather than count it. */
const NAMES = new Set([
  "year",
  "seriesYear",
  "seriesNumber",
  "meetingNumber",
  "firstNumber",
  "version",
]);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function scalar(key: string, value: unknown, entityType: string): string {
  if (value === null || value === undefined || value === "") return "ingen";
  if (typeof value === "boolean") return value ? "ja" : "nei";
  if (typeof value === "number") return NAMES.has(key) ? String(value) : formatNumber(value);
  if (typeof value === "string") {
    const code = codeLabel(key, value, entityType);
    if (code !== null) return code;
    if (INSTANT.test(value)) {
      const at = new Date(value);
      return `${formatDate(at)} kl. ${formatTime(at)}`;
    }
    if (isIsoDay(value)) return formatDay(value);
    return `«${value}»`;
  }
  if (Array.isArray(value)) return value.map((item) => scalar(key, item, entityType)).join(", ");
  return describeObject(value as Record<string, unknown>, entityType);
}

/** A nested object, such as the fields before a change, in words on one line. */
function describeObject(value: Record<string, unknown>, entityType: string): string {
  return Object.entries(value)
    .filter(([key]) => !HIDDEN_DETAILS.has(key))
    .map(([key, inner]) => `${DETAIL_LABELS[key] ?? key}: ${scalar(key, inner, entityType)}`)
    .join("; ");
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 2 &&
    "from" in value &&
    "to" in value
  );
}

function referenced(
  kind: (typeof DETAIL_REFERENCES)[string],
  value: unknown,
  subjects: AuditSubjects,
  fallback: string,
): string | AuditSubject {
  if (typeof value !== "number" && typeof value !== "string") return fallback;
  return subjects.get(subjectKey(kind, value)) ?? fallback;
}

/** Records no longer there (a removed item, a deleted account) are named for what they were. */
const GONE: Record<string, string> = {
  meeting: "et møte som er slettet",
  body: "et utvalg som er slettet",
  person: "en person som er slettet",
  case: "en sak som er slettet",
  agenda_item: "et punkt som er tatt ut av sakslisten",
  app_user: "en bruker som er slettet",
  party: "et parti som er slettet",
  term: "en valgperiode som er slettet",
};

/** The details of one entry as lines a person reads. */
export function describeDetails(
  details: Record<string, unknown>,
  entityType: string,
  subjects: AuditSubjects,
): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (HIDDEN_DETAILS.has(key)) continue;
    const label = DETAIL_LABELS[key] ?? key;
    const kind = DETAIL_REFERENCES[key];
    if (kind) {
      if (value === null || value === undefined) continue;
      const values = Array.isArray(value) ? value : [value];
      const parts: DetailLine["parts"] = [];
      // A route reads as the bodies in the order the case goes through them.
      const separator = key === "route" ? " → " : ", ";
      for (const [index, item] of values.entries()) {
        if (index > 0) parts.push(separator);
        parts.push(referenced(kind, item, subjects, GONE[kind] ?? "ukjent"));
      }
      lines.push({ label, parts });
      continue;
    }
    // Numbers drawn in several series (PS, OS, RS) make no range, so the items are counted.
    if (key === "numbers" && typeof value === "object" && value !== null) {
      const count = Object.keys(value).length;
      lines.push({ label, parts: [count === 1 ? "én sak" : `${formatNumber(count)} saker`] });
      continue;
    }
    if (key === "carriedTo") {
      if (value !== null) lines.push({ label, parts: ["til neste utvalg i saksgangen"] });
      continue;
    }
    if (key === "positions" && Array.isArray(value)) {
      lines.push({ label, parts: [`${formatNumber(value.length)} punkter`] });
      continue;
    }
    if (isChange(value)) {
      lines.push({
        label,
        parts: [`${scalar(key, value.from, entityType)} → ${scalar(key, value.to, entityType)}`],
      });
      continue;
    }
    // A field left empty when a record was made says nothing worth a line.
    if (value === null || value === "") continue;
    lines.push({ label, parts: [scalar(key, value, entityType)] });
  }
  return lines;
}
