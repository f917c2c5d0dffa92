import { formatMonth } from "../../../domain/time.ts";
import { subscribeHref } from "../../alerts/alert-links.ts";
import { feedAlternates } from "../../feeds/feed-links.ts";
import type { FeedLinkList } from "../../feeds/follow-links.tsx";
import { addMonths, formatMonthParam, type Month, monthStart } from "../month.ts";
import type { MeetingRow } from "../queries.ts";
import { calendarHref } from "./links.ts";
import { groupByDay, type MeetingDay, presentMeeting } from "./meeting.ts";

export interface CalendarPageModel {
  monthLabel: string;
  monthParam: string;
  previous: { href: string; label: string };
  next: { href: string; label: string };
  bodySlug: string;
  bodyOptions: Array<{ value: string; label: string }>;
  days: MeetingDay[];
  /** The calendar and feed of the body shown, or of all bodies. */
  feeds: FeedLinkList;
  alertHref: string;
}

export function presentCalendarPage(input: {
  month: Month;
  bodySlug: string;
  bodies: ReadonlyArray<{ slug: string; name: string }>;
  meetings: readonly MeetingRow[];
}): CalendarPageModel {
  const slug = input.bodySlug || undefined;
  const shown = input.bodies.find((body) => body.slug === input.bodySlug);
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
    feeds: feedAlternates(shown),
    alertHref: subscribeHref(shown ? { bodySlug: shown.slug } : undefined),
  };
}
