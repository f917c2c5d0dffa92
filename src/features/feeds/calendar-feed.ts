import { meetingHref } from "../portal/presenters/links.ts";
import type { CalendarMeetingRow } from "./feed-queries.ts";
import { writeCalendar } from "./icalendar.ts";
import { meetingPlace, meetingTitle } from "./meeting-title.ts";
/**
 * The meetings as an iCalendar (RFC 5545) for a calendar program to subscribe to. Times are
 * written in UTC, which every client shows in its own time zone, so no VTIMEZONE is needed.
 * Each meeting keeps its UID for good; a move or a cancellation raises its SEQUENCE and its
 * LAST-MODIFIED, so a subscribed client replaces the old version, and a cancelled meeting stays
 * in the calendar as CANCELLED rather than silently disappearing. DTSTAMP is the meeting's last
 * change too, so the same meetings always give the same bytes (and the same ETag).
 */
export function buildCalendar(input: {
  name: string;
  /** The service's public address, "https://politikk.kommune.no". */
  baseUrl: string;
  /** Where this calendar is, for its URL property. */
  url: string;
  meetings: readonly CalendarMeetingRow[];
}): string {
  const host = new URL(input.baseUrl).hostname;
  return writeCalendar({
    name: input.name,
    productId: "-//Folkestyre//Møtekalender//NB",
    url: new URL(input.url, input.baseUrl).href,
    // A client that honours it looks again every hour.
    refreshSeconds: 60 * 60,
    events: input.meetings.map((meeting) => {
      const link = new URL(meetingHref(meeting.id), input.baseUrl).href;
      const cancelled = meeting.status === "cancelled";
      return {
        uid: `meeting-${meeting.id}@${host}`,
        sequence: meeting.sequence ?? 0,
        start: meeting.starts_at,
        end: meeting.ends_at,
        stamp: meeting.updated_at,
        lastModified: meeting.updated_at,
        summary: cancelled ? `AVLYST: ${meetingTitle(meeting)}` : meetingTitle(meeting),
        location: meetingPlace(meeting) || null,
        url: link,
        description: `${cancelled ? "Møtet er avlyst. " : ""}Saksliste og dokumenter: ${link}`,
        status: cancelled ? "CANCELLED" : "CONFIRMED",
      };
    }),
  });
}
