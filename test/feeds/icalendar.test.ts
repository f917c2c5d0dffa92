import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import {
  type CalendarEvent,
  escapeText,
  foldLine,
  utcDateTime,
  writeCalendar,
} from "../../src/features/feeds/icalendar.ts";

const octets = (line: string) => Buffer.byteLength(line, "utf8");

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "meeting-7@politikk.example.no",
  sequence: 1,
  start: new Date("2026-12-10T17:00:00Z"),
  end: new Date("2026-12-10T20:30:00Z"),
  stamp: new Date("2026-11-01T10:00:00Z"),
  lastModified: new Date("2026-11-01T10:00:00Z"),
  summary: "Kommunestyret, møte 5/2026",
  location: "Rådhuset, Bystyresalen",
  url: "https://politikk.example.no/moter/7",
  description: "Saksliste og dokumenter: https://politikk.example.no/moter/7",
  status: "CONFIRMED",
  ...overrides,
});

describe("iCalendar content lines", () => {
  it("escape backslash, semicolon, comma and line breaks in text", () => {
    expect(escapeText("a\\b; c, d\ne\r\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("write date-times in UTC", () => {
    expect(utcDateTime(new Date("2026-03-29T00:59:59.900Z"))).toBe("20260329T005959Z");
  });

  it("fold at 75 octets without splitting a character, and unfold to the same line", () => {
    const line = `SUMMARY:${"Møte i formannskapet om æøå og 😀 ".repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("leave a short line as it is", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});

describe("a written calendar", () => {
  const body = writeCalendar({
    name: "Kommunestyret – Eksempel kommune",
    productId: "-//Folkestyre//Møtekalender//NB",
    url: "https://politikk.example.no/kalender.ics",
    refreshSeconds: 3600,
    events: [
      event(),
      event({
        uid: "meeting-8@politikk.example.no",
        end: null,
        location: null,
        summary: "AVLYST: Formannskapet, møte 6/2026; flyttet, igjen",
        status: "CANCELLED",
        sequence: 3,
      }),
    ],
  });

  it("ends every line with CRLF", () => {
    expect(body.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("is read back by a calendar parser as the events it was given", () => {
    const events = Object.values(ical.sync.parseICS(body)).filter(
      (entry): entry is VEvent => entry?.type === "VEVENT",
    );
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first?.uid).toBe("meeting-7@politikk.example.no");
    expect(String(first?.summary)).toBe("Kommunestyret, møte 5/2026");
    expect(String(first?.location)).toBe("Rådhuset, Bystyresalen");
    expect(first?.start.toISOString()).toBe("2026-12-10T17:00:00.000Z");
    expect(first?.end?.toISOString()).toBe("2026-12-10T20:30:00.000Z");
    expect(String(second?.summary)).toBe("AVLYST: Formannskapet, møte 6/2026; flyttet, igjen");
    expect(second?.status).toBe("CANCELLED");
    expect(Number(second?.sequence)).toBe(3);
    expect(second?.location).toBeUndefined();
  });

  it("names itself and asks to be looked at again every hour", () => {
    expect(body).toContain("X-WR-CALNAME:Kommunestyret – Eksempel kommune\r\n");
    expect(body).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
  });
});
