import type { BodyKind } from "../../../db/schema.ts";
import { subscribeHref } from "../../alerts/alert-links.ts";
import { feedAlternates } from "../../feeds/feed-links.ts";
import type { FeedLinkList } from "../../feeds/follow-links.tsx";
import { addMonths, type Month } from "../month.ts";
import type { MeetingRow, SeatRow } from "../queries.ts";
import { bodyHref, calendarHref } from "./links.ts";
import { type MeetingSummary, presentMeeting } from "./meeting.ts";
import { groupByList, type ListGroup } from "./seat.ts";
import { paragraphs } from "./text.ts";

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

export interface BodyPageModel {
  name: string;
  description: string[];
  termName: string | null;
  members: ListGroup[];
  substitutes: ListGroup[];
  upcoming: MeetingSummary[];
  past: MeetingSummary[];
  olderMeetingsHref: string;
  feeds: FeedLinkList;
  alertHref: string;
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
    feeds: feedAlternates(input.body),
    alertHref: subscribeHref({ bodySlug: input.body.slug }),
  };
}
