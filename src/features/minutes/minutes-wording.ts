import { formatTime, formatWeekdayDate } from "../../domain/time.ts";
import type {
  Minutes,
  MinutesAbsence,
  MinutesItem,
  MinutesPerson,
  MinutesSigner,
  MinutesSubstitute,
} from "./minutes-model.ts";

/**
 * The words the minutes print, shared by the HTML page and the PDF so that both read the same:
 * each list line, the facts of the header and the marks of an item.
 */

export const DRAFT_LABEL = "Utkast – ikke godkjent";
export const DRAFT_NOTE =
  "Protokollen er ikke godkjent. Den kan bli endret før den godkjennes av de som er valgt til å underskrive, eller av utvalget i neste møte.";

const party = (person: MinutesPerson): string => (person.party ? ` (${person.party})` : "");

/** «Anne Hansen (H), leder»: members list their role only when it is not plain «Medlem». */
export function presentLine(person: MinutesPerson): string {
  const role = person.role && person.role !== "Medlem" ? `, ${person.role.toLowerCase()}` : "";
  return `${person.name}${party(person)}${role}`;
}

export function absentLine(person: MinutesAbsence): string {
  return `${person.name}${party(person)}${person.scope ? `, ${person.scope}` : ""}`;
}

/** «Kari Nilsen (Ap) for Per Olsen, hele møtet» */
export function substituteLine(person: MinutesSubstitute): string {
  return `${person.name}${party(person)} for ${person.forName}${person.scope ? `, ${person.scope}` : ""}`;
}

export function signerLine(signer: MinutesSigner): string {
  const signed = signer.signedAt
    ? `, underskrevet elektronisk ${formatWeekdayDate(new Date(signer.signedAt))} kl. ${formatTime(new Date(signer.signedAt))}`
    : "";
  return `${signer.name}${party(signer)}${signed}`;
}

/** «kl. 18:00–21:30», from when the chair opened the meeting, else the scheduled start. */
export function hoursLabel(minutes: Minutes): string {
  const start = formatTime(new Date(minutes.openedAt ?? minutes.startsAt));
  return minutes.closedAt ? `${start}–${formatTime(new Date(minutes.closedAt))}` : start;
}

export function minutesFacts(minutes: Minutes): [string, string][] {
  const rows: [string, string][] = [["Utvalg", minutes.bodyName]];
  if (minutes.meetingNumberLabel)
    rows.push(["Møte", minutes.meetingNumberLabel.replace(/^Møte /, "")]);
  rows.push(["Dato", formatWeekdayDate(new Date(minutes.startsAt))], ["Tid", hoursLabel(minutes)]);
  if (minutes.place) rows.push(["Sted", minutes.place]);
  if (minutes.chair) rows.push(["Møteleder", presentLine({ ...minutes.chair, role: "" })]);
  return rows;
}

export const minutesTitle = (minutes: Minutes): string =>
  `${minutes.bodyName}, ${formatWeekdayDate(new Date(minutes.startsAt))}`;

export const itemHeading = (item: MinutesItem): string =>
  item.numberLabel ? `${item.numberLabel} ${item.title}` : item.title;

/** What an item carries above its treatment: its archive case, closing or exemption, withdrawal. */
export function itemMarks(item: MinutesItem): string[] {
  const marks: string[] = [];
  if (item.archiveCaseNumber) marks.push(`Arkivsak ${item.archiveCaseNumber}`);
  if (item.exemptBasis) marks.push(`Unntatt offentlighet / lukket møte: ${item.exemptBasis}`);
  if (item.withdrawnReason !== null)
    marks.push(item.withdrawnReason ? `Trukket: ${item.withdrawnReason}` : "Trukket");
  return marks;
}

/** Why the public does not see a decision; the basis when the secretariat gave one. */
export const withheldLine = (basis: string): string =>
  basis ? `Vedtaket er unntatt offentlighet: ${basis}.` : "Vedtaket er unntatt offentlighet.";

/** The header's free texts that are not empty, with their headings. */
export function headerTexts(minutes: Minutes): { title: string; text: string }[] {
  return [
    { title: "Andre til stede", text: minutes.othersPresent.text },
    { title: "Merknader til innkallingen", text: minutes.noticeRemarks.text },
    { title: "Merknader til sakslisten", text: minutes.agendaRemarks.text },
  ].filter((part) => part.text.trim() !== "");
}

/** A text as paragraphs (split on blank lines) of lines (kept as the secretary wrote them). */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split("\n"));
}
