import type { MeetingStatus } from "../../../db/schema.ts";
import { MEETING_STATUS_LABELS } from "../../../domain/labels.ts";
import { formatMeetingNumber } from "../../../domain/numbering.ts";
import { formatTime, formatWeekdayDate, osloDay } from "../../../domain/time.ts";
import type { AgendaRow, DocumentRow, LetterRow, MeetingRow } from "../queries.ts";
import { type AgendaEntry, presentAgenda } from "./agenda-item.ts";
import { type DocumentLink, presentDocument } from "./document.ts";
import type { TagColor } from "./labels.ts";
import { bodyHref, calendarHref, meetingHref } from "./links.ts";

const STATUS_COLORS: Record<MeetingStatus, TagColor> = {
  planned: "neutral",
  notice_published: "info",
  held: "success",
  minutes_approved: "success",
  cancelled: "danger",
};

export interface MeetingSummary {
  id: number;
  href: string;
  bodyName: string;
  bodyHref: string;
  day: string;
  dateLabel: string;
  timeLabel: string;
  location: string;
  room: string;
  /** Place and room together, as a reader looks for them: "Rådhuset, Formannskapssalen". */
  placeLabel: string;
  /** "Møte 5/2026" once the notice has given the meeting its number. */
  numberLabel: string | null;
  isRemote: boolean;
  status: { label: string; color: TagColor };
  isCancelled: boolean;
  /**
   * From the notice until the meeting is closed: the only time the live page has something to
   * follow. Before it there is no agenda; after it the decisions are on the meeting's page.
   */
  canBeLive: boolean;
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
    room: row.room,
    placeLabel: [row.location, row.room].filter((part) => part !== "").join(", "),
    numberLabel:
      row.series_year !== null && row.series_number !== null
        ? formatMeetingNumber({ year: row.series_year, number: row.series_number })
        : null,
    isRemote: row.is_remote,
    status: { label: MEETING_STATUS_LABELS[row.status], color: STATUS_COLORS[row.status] },
    isCancelled: row.status === "cancelled",
    canBeLive: row.status === "notice_published",
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
  letters: readonly LetterRow[];
}): MeetingPageModel {
  const meeting = presentMeeting(input.meeting);
  return {
    meeting,
    agenda: input.meeting.agenda_published
      ? presentAgenda(input.agenda, input.documents, input.letters)
      : null,
    meetingDocuments: input.documents.filter((row) => row.case_id === null).map(presentDocument),
    calendarHref: calendarHref(
      { year: Number(meeting.day.slice(0, 4)), month: Number(meeting.day.slice(5, 7)) },
      input.meeting.body_slug,
    ),
  };
}
