import type { PublicationKind } from "../db/schema.ts";
import { formatShortDate, formatTime, formatWeekdayDate } from "../domain/time.ts";
import { type RenderedPdf, renderPdf } from "./typst.ts";

/** One agenda item as the notice and the agendas print it. */
export interface PaperItem {
  /** "PS 12/26"; empty for an item outside every series (Eventuelt). */
  number: string;
  /** The real title: the members' papers print it. */
  title: string;
  /** The neutral title the public sees of an exempt item; null for a public one. */
  publicTitle: string | null;
  /** The legal basis of an exempt item; null for a public one. */
  exemptionBasis: string | null;
  /** Treated behind closed doors, with the basis for closing the meeting. */
  closedBasis: string | null;
  /** Trukket: the item keeps its number and place, with why. */
  withdrawnReason: string | null;
  /** Stands on the supplementary agenda (tilleggssakliste). */
  addedAfterNotice: boolean;
}

/** What the notice and agendas of one publication of a meeting show, and nothing more. */
export interface MeetingPapersView {
  municipality: string;
  bodyName: string;
  /** "Møte 5/2026" */
  meetingNumber: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  room: string;
  isRemote: boolean;
  /** The chair (leder) on the meeting date, who calls the meeting; null when none is recorded. */
  chair: string | null;
  version: number;
  kind: PublicationKind;
  /** When the round was confirmed: the date the papers carry, so a re-render gives the same bytes. */
  issuedAt: Date;
  items: PaperItem[];
  /** The change log lines since the previous publication, for a supplement or correction. */
  changes: string[];
}

export type PaperAudience = "everyone" | "members";

const KIND_LABELS: Record<PublicationKind, string> = {
  notice: "Innkalling",
  supplement: "Tilleggsinnkalling",
  correction: "Oppdatert innkalling",
};

/** The PDF's creation date, in UTC parts as Typst takes them. */
function utcParts(at: Date) {
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}

const hours = (view: MeetingPapersView): string =>
  view.endsAt
    ? `${formatTime(view.startsAt)}–${formatTime(view.endsAt)}`
    : formatTime(view.startsAt);

const place = (view: MeetingPapersView): string =>
  [view.location, view.room].filter(Boolean).join(", ") || (view.isRemote ? "Fjernmøte" : "");

function facts(view: MeetingPapersView): [string, string][] {
  const rows: [string, string][] = [
    ["Utvalg", view.bodyName],
    ["Møte", view.meetingNumber.replace(/^Møte /, "")],
    ["Dato", formatWeekdayDate(view.startsAt)],
    ["Tid", hours(view)],
  ];
  const where = place(view);
  if (where) rows.push(["Sted", where]);
  return rows;
}

/** The marks an item carries, in the words the papers print. */
function marks(item: PaperItem, audience: PaperAudience): string[] {
  const list: string[] = [];
  if (item.addedAfterNotice) list.push("Tilleggssak");
  if (item.withdrawnReason !== null) list.push("Trukket");
  if (item.exemptionBasis !== null)
    list.push(
      audience === "members"
        ? `Unntatt offentlighet: ${item.exemptionBasis}`
        : `Unntatt offentlighet, ${item.exemptionBasis}`,
    );
  if (item.closedBasis !== null) list.push(`Lukket møte: ${item.closedBasis}`);
  return list;
}

/** An exempt item's real title reaches only the members' papers. */
const itemTitle = (item: PaperItem, audience: PaperAudience): string =>
  item.exemptionBasis !== null && audience === "everyone"
    ? item.publicTitle || "Unntatt offentlighet"
    : item.title;

function items(view: MeetingPapersView, audience: PaperAudience) {
  return view.items.map((item) => ({
    number: item.number,
    title: itemTitle(item, audience),
    marks: marks(item, audience),
    withdrawn: item.withdrawnReason !== null,
    note: item.withdrawnReason === null ? null : `Trukket: ${item.withdrawnReason}`,
  }));
}

const versionLine = (view: MeetingPapersView): string | null =>
  view.version === 1
    ? null
    : `Versjon ${view.version} av ${formatShortDate(view.issuedAt)}. Erstatter tidligere utsendte innkallinger til møtet.`;

function noticeParagraphs(view: MeetingPapersView): string[] {
  const paragraphs = [
    `${view.bodyName} kalles inn til møte ${formatWeekdayDate(view.startsAt)} kl. ${formatTime(view.startsAt)}.`,
  ];
  if (view.isRemote)
    paragraphs.push(
      "Møtet holdes som fjernmøte etter kommunestyrets vedtak (kommuneloven § 11-7). Saker som møtet må lukkes for etter kommuneloven § 11-5 andre ledd, behandles ikke i fjernmøte.",
    );
  paragraphs.push(
    "Medlemmer som har gyldig forfall, melder det snarest til politisk sekretariat, slik at varamedlem kan kalles inn. Varamedlemmer som får denne innkallingen, møter bare etter særskilt innkalling.",
    "Sakspapirene er tilgjengelige for medlemmene i Folkestyre under «Mine møter». Dokumenter som er unntatt offentlighet, er bare for medlemmene.",
  );
  return paragraphs;
}

/** The data notice.typ reads. The notice goes to members and is public too, without exempt titles. */
export function noticeData(view: MeetingPapersView, audience: PaperAudience) {
  const label = KIND_LABELS[view.kind];
  return {
    meta: {
      title: `${label}: ${view.bodyName}, ${formatShortDate(view.startsAt)}`,
      author: [view.chair ?? view.municipality],
      keywords: [view.bodyName, view.meetingNumber, view.municipality],
      date: utcParts(view.issuedAt),
    },
    municipality: view.municipality,
    "kind-label": label,
    running: `${label} · ${view.bodyName} · ${view.meetingNumber}`,
    title: `${label} til møte i ${view.bodyName}`,
    revision: versionLine(view),
    facts: facts(view),
    paragraphs: noticeParagraphs(view),
    changes: view.changes,
    items: items(view, audience),
    greeting: "Med hilsen",
    sender: view.chair
      ? [view.chair, `Leder, ${view.bodyName}`]
      : [`${view.bodyName}`, "Politisk sekretariat"],
    footer: `${view.meetingNumber} · ${formatShortDate(view.issuedAt)}`,
  };
}

/** The data agenda.typ reads: the public agenda, or the members' full one. */
export function agendaData(view: MeetingPapersView, audience: PaperAudience) {
  const full = audience === "members";
  return {
    meta: {
      title: `Saksliste${full ? " (medlemmenes utgave)" : ""}: ${view.bodyName}, ${formatShortDate(view.startsAt)}`,
      author: [view.municipality],
      keywords: [view.bodyName, view.meetingNumber, view.municipality],
      date: utcParts(view.issuedAt),
    },
    municipality: view.municipality,
    running: `Saksliste · ${view.bodyName} · ${view.meetingNumber}`,
    "audience-line":
      full && view.items.some((item) => item.exemptionBasis !== null)
        ? "Medlemmenes utgave – inneholder opplysninger unntatt offentlighet"
        : null,
    title: `${view.bodyName}, ${formatWeekdayDate(view.startsAt)}`,
    facts: facts(view),
    items: items(view, audience),
    footer: `${view.meetingNumber} · versjon ${view.version} · ${formatShortDate(view.issuedAt)}`,
  };
}

/** The notice as PDF/A-2a; exempt items appear by their neutral titles, as the public may see it. */
export function renderNotice(view: MeetingPapersView): Promise<RenderedPdf> {
  return renderPdf("notice.typ", noticeData(view, "everyone"));
}

export function renderAgenda(
  view: MeetingPapersView,
  audience: PaperAudience,
): Promise<RenderedPdf> {
  return renderPdf("agenda.typ", agendaData(view, audience));
}
