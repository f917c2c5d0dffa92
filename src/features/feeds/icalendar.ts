/**
 * iCalendar (RFC 5545) written out: the few properties a published meeting calendar needs,
 * escaped and folded as the standard says. Written here rather than with a library: the one we
 * used measured each character's UTF-8 length with a new TextEncoder while folding, and took
 * half a second for the council's year of 1 000 meetings (docs/performance.md).
 */

export interface CalendarEvent {
  /** Kept for good: a client replaces the event with the same UID. */
  uid: string;
  /** Raised by each change a subscriber should take. */
  sequence: number;
  start: Date;
  end: Date | null;
  /** DTSTAMP: the event's last change, so the same events give the same bytes. */
  stamp: Date;
  lastModified: Date;
  summary: string;
  location: string | null;
  url: string;
  description: string;
  status: "CONFIRMED" | "CANCELLED";
}

export interface Calendar {
  name: string;
  /** PRODID, e.g. "-//Folkestyre//Møtekalender//NB". */
  productId: string;
  /** Where the calendar itself is. */
  url: string;
  /** How often a client should look again. */
  refreshSeconds: number;
  events: readonly CalendarEvent[];
}

/** TEXT values escape the backslash, the semicolon, the comma and line breaks (§ 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** UTC date-time, "20261210T170000Z" (§ 3.3.5, form 2). */
export function utcDateTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * A content line folded so that no line is longer than 75 octets, the continuation lines
 * starting with one space (§ 3.1); a character is never split between two lines.
 */
export function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const char of line) {
    const length = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + length > 75) {
      out += "\r\n ";
      octets = 1;
    }
    out += char;
    octets += length;
  }
  return out;
}

/** A DURATION in whole hours, minutes or seconds (§ 3.3.6). */
const duration = (seconds: number): string =>
  seconds % 3600 === 0
    ? `PT${seconds / 3600}H`
    : seconds % 60 === 0
      ? `PT${seconds / 60}M`
      : `PT${seconds}S`;

function eventLines(event: CalendarEvent): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    ...(event.end ? [`DTEND:${utcDateTime(event.end)}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL;VALUE=URI:${event.url}`,
    `STATUS:${event.status}`,
    `LAST-MODIFIED:${utcDateTime(event.lastModified)}`,
    "END:VEVENT",
  ];
}

/** The calendar as an iCalendar object, lines ending in CRLF. */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.productId}`,
    `URL:${calendar.url}`,
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${duration(calendar.refreshSeconds)}`,
    `X-PUBLISHED-TTL:${duration(calendar.refreshSeconds)}`,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
