import { Feed } from "feed";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { EXEMPT_LABEL } from "../portal/presenters/labels.ts";
import { caseHref, meetingHref } from "../portal/presenters/links.ts";
import type { FeedDecisionRow, FeedMeetingRow } from "./feed-queries.ts";
import { meetingPlace, meetingTitle, meetingWhen } from "./meeting-title.ts";

/** One entry; its id names the thing it is about, so a changed thing updates its entry. */
export interface FeedEntry {
  id: string;
  title: string;
  href: string;
  updated: Date;
  summary: string;
}

/** How many entries a feed holds: enough for a reader that looks once a week. */
export const FEED_LENGTH = 50;

/**
 * Entry ids are tag URIs (RFC 4151) on the service's host: stable for as long as the address is,
 * and never reused for another thing. The date in them is the year Folkestyre's feeds began.
 */
const tag = (host: string, name: string): string => `tag:${host},2026:${name}`;

const MEETING_NEWS: Record<FeedMeetingRow["status"], string> = {
  planned: "Møte planlagt",
  notice_published: "Møte planlagt",
  held: "Møte holdt",
  minutes_approved: "Protokoll godkjent",
  cancelled: "Møte avlyst",
};

export function meetingEntry(host: string, row: FeedMeetingRow): FeedEntry {
  const place = meetingPlace(row);
  return {
    id: tag(host, `meeting-${row.id}`),
    title: `${MEETING_NEWS[row.status]}: ${meetingTitle(row)}, ${meetingWhen(row.starts_at)}`,
    href: meetingHref(row.id),
    updated: row.updated_at,
    summary:
      row.status === "cancelled"
        ? `Møtet ${meetingWhen(row.starts_at)} er avlyst.`
        : `${meetingTitle(row)} ${meetingWhen(row.starts_at)}${place ? `, ${place}` : ""}.`,
  };
}

export function agendaEntry(host: string, row: FeedMeetingRow): FeedEntry {
  return {
    id: tag(host, `meeting-${row.id}-agenda`),
    title: `Innkalling og saksliste: ${meetingTitle(row)}, ${meetingWhen(row.starts_at)}`,
    href: meetingHref(row.id),
    // findPublishedAgendas reads only meetings with a notice.
    updated: row.notice_published_at ?? row.updated_at,
    summary: `Innkallingen til møtet ${meetingWhen(row.starts_at)} er sendt, med saksliste og dokumenter.`,
  };
}

export function decisionEntry(host: string, row: FeedDecisionRow): FeedEntry {
  const number = caseNumberLabel({
    caseType: row.case_type,
    year: row.series_year,
    number: row.series_number,
  });
  const exempt = row.access === "exempt";
  return {
    id: tag(host, `agenda-item-${row.id}-decision`),
    title: `Vedtak i ${row.body_name}: ${number ? `${number} ` : ""}${row.title}`,
    href: row.case_id !== null ? caseHref(row.case_id) : meetingHref(row.meeting_id),
    updated: row.decided_at ?? new Date(0),
    summary: exempt
      ? `${EXEMPT_LABEL}${row.exemption_basis ? ` (${row.exemption_basis})` : ""}.`
      : (row.decision ?? ""),
  };
}

/** The newest entries of every kind together, newest first, at most FEED_LENGTH. */
export function latestEntries(...lists: FeedEntry[][]): FeedEntry[] {
  return lists
    .flat()
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_LENGTH);
}

/**
 * The feed library marks titles and summaries as HTML; ours are plain text, so their markup
 * characters are escaped to be shown as written.
 */
const asHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An Atom 1.0 document (RFC 4287); `updated` is the newest entry's, so it is stable. */
export function buildAtomFeed(input: {
  title: string;
  subtitle: string;
  baseUrl: string;
  /** The feed's own path and the page it follows. */
  selfPath: string;
  pagePath: string;
  authorName: string;
  entries: readonly FeedEntry[];
}): string {
  const absolute = (path: string) => new URL(path, input.baseUrl).href;
  const host = new URL(input.baseUrl).hostname;
  const feed = new Feed({
    id: tag(host, `feed${input.selfPath}`),
    title: input.title,
    description: input.subtitle,
    link: absolute(input.pagePath),
    language: "nb",
    updated: input.entries[0]?.updated ?? new Date(0),
    generator: "Folkestyre",
    feedLinks: { atom: absolute(input.selfPath) },
    author: { name: input.authorName },
    copyright: input.authorName,
  });
  for (const entry of input.entries)
    feed.addItem({
      id: entry.id,
      title: asHtml(entry.title),
      link: absolute(entry.href),
      date: entry.updated,
      description: asHtml(entry.summary),
    });
  return feed.atom1();
}
