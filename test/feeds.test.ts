import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { cancelMeeting } from "../src/features/meetings/cancel-meeting.ts";
import { updateMeeting } from "../src/features/meetings/update-meeting.ts";
import { buildCase } from "./factories/cases.ts";
import {
  buildHeldMeeting,
  buildMeeting,
  buildPublishedMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
beforeAll(async () => {
  t = await createTestApp("empty", { baseUrl: "https://politikk.eksempel.no" });
  db = t.app.db;
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url, headers });

function events(body: string): VEvent[] {
  return Object.values(ical.sync.parseICS(body)).filter(
    (component): component is VEvent => component?.type === "VEVENT",
  );
}

const eventOf = (body: string, meetingId: number): VEvent | undefined =>
  events(body).find((event) => event.uid === `meeting-${meetingId}@politikk.eksempel.no`);

interface AtomText {
  "#text": string;
}

interface AtomEntry {
  id: string;
  title: AtomText;
  updated: string;
  link: { "@_href": string };
  summary?: AtomText;
}

function atomEntries(body: string): AtomEntry[] {
  expect(XMLValidator.validate(body)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === "entry",
  }).parse(body);
  return parsed.feed.entry ?? [];
}

const ATOM_SCHEMA = path.join(import.meta.dirname, "fixtures", "atom.rng");

/** Checks the feed against RFC 4287's schema with xmllint, where libxml2-utils is installed. */
function validateAtom(body: string): void {
  let version: string;
  try {
    version = execFileSync("xmllint", ["--version"], { encoding: "utf8", stdio: "pipe" });
  } catch {
    console.warn(
      "xmllint (libxml2-utils) is missing: the Atom feed is not checked against its schema",
    );
    if (process.env.FULL_SUITE === "1") throw new Error("xmllint is missing");
    return;
  }
  expect(version).toBeDefined();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atom-")), "feed.xml");
  fs.writeFileSync(file, body);
  execFileSync("xmllint", ["--noout", "--relaxng", ATOM_SCHEMA, file], { stdio: "pipe" });
}

describe("the iCalendar feeds", () => {
  it("hold each meeting with its place, link and a stable UID, all bodies and per body", async () => {
    const council = await buildBody(db, { name: "Kommunestyret", slug: "kommunestyret" });
    const other = await buildBody(db);
    const meeting = await buildMeeting(db, {
      bodyId: council.id,
      location: "Rådhuset",
      room: "Bystyresalen",
    });
    const elsewhere = await buildMeeting(db, { bodyId: other.id });

    const all = await get("/kalender.ics");
    expect(all.statusCode).toBe(200);
    expect(all.headers["content-type"]).toContain("text/calendar");
    const event = eventOf(all.body, meeting.id);
    expect(event).toBeDefined();
    expect(event?.location).toBe("Rådhuset, Bystyresalen");
    expect(event?.url).toMatchObject({ val: `https://politikk.eksempel.no/moter/${meeting.id}` });
    expect(event?.summary).toBe("Kommunestyret");
    expect(event?.start.getTime()).toBe(meeting.starts_at.getTime());
    expect(event?.end?.getTime()).toBe(meeting.ends_at?.getTime());
    expect(event?.status).toBe("CONFIRMED");
    expect(eventOf(all.body, elsewhere.id)).toBeDefined();

    const own = await get("/utvalg/kommunestyret/kalender.ics");
    expect(own.statusCode).toBe(200);
    expect(eventOf(own.body, meeting.id)?.uid).toBe(event?.uid);
    expect(eventOf(own.body, elsewhere.id)).toBeUndefined();
    expect((await get("/utvalg/finnes-ikke/kalender.ics")).statusCode).toBe(404);
  });

  it("raises SEQUENCE and LAST-MODIFIED when a meeting moves, and marks a cancelled one CANCELLED", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, {
      bodyId: body.id,
      now: new Date(Date.now() - 3_600_000),
    });
    const before = eventOf((await get(`/utvalg/${body.slug}/kalender.ics`)).body, meeting.id);
    expect(before?.sequence).toBe(0);

    const later = eveningIn(40);
    await commitOrThrow(db, async (tx) =>
      updateMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        input: {
          bodyId: body.id,
          startsAt: later,
          endsAt: null,
          location: "Kulturhuset",
          room: "",
          isRemote: false,
        },
        tx,
      }),
    );
    // On a PostgreSQL server the cache hears of the change by a notification, a moment later.
    const calendarOf = async () =>
      eventOf((await get(`/utvalg/${body.slug}/kalender.ics`)).body, meeting.id);
    await expect.poll(async () => (await calendarOf())?.sequence).toBe(1);
    const moved = await calendarOf();
    expect(moved?.uid).toBe(before?.uid);
    expect(moved?.sequence).toBe(1);
    expect(moved?.start.getTime()).toBe(later.getTime());
    expect(moved?.location).toBe("Kulturhuset");
    expect(moved?.lastmodified?.getTime()).toBeGreaterThan(before?.lastmodified?.getTime() ?? 0);

    await commitOrThrow(db, async (tx) =>
      cancelMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        now: new Date(Date.now() + 120_000),
        tx,
      }),
    );
    await expect.poll(async () => (await calendarOf())?.status).toBe("CANCELLED");
    const cancelled = await calendarOf();
    expect(cancelled?.status).toBe("CANCELLED");
    expect(cancelled?.sequence).toBe(2);
    expect(cancelled?.summary).toMatch(/^AVLYST: /);
  });

  it("is served from the page cache with an ETag, and renewed after a public change", async () => {
    const body = await buildBody(db);
    const url = `/utvalg/${body.slug}/kalender.ics`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    expect(first.headers["cache-control"]).toContain("public");
    expect((await get(url, { "if-none-match": etag })).statusCode).toBe(304);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    await expect.poll(async () => (await get(url)).headers.etag).not.toBe(etag);
    const after = await get(url);
    expect(eventOf(after.body, meeting.id)).toBeDefined();
  });
});

describe("the Atom feeds", () => {
  it("carry new meetings, published agendas, decisions and minutes with stable ids, valid against RFC 4287", async () => {
    const body = await buildBody(db);
    const planned = await buildMeeting(db, { bodyId: body.id });
    const held = await buildHeldMeeting(db, {
      bodyId: body.id,
      decisions: ["Planen vedtas som foreslått."],
      minutesApproved: true,
    });
    const upcoming = await buildPublishedMeeting(db, { bodyId: body.id, startsAt: eveningIn(20) });

    const response = await get(`/utvalg/${body.slug}/nyheter.atom`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/atom+xml");
    validateAtom(response.body);
    const entries = atomEntries(response.body);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const tag = (name: string) => `tag:politikk.eksempel.no,2026:${name}`;
    expect(byId.get(tag(`meeting-${planned.id}`))?.title["#text"]).toMatch(/^Møte planlagt: /);
    expect(byId.get(tag(`meeting-${held.meeting.id}`))?.title["#text"]).toMatch(
      /^Protokoll godkjent: /,
    );
    expect(byId.get(tag(`meeting-${upcoming.meeting.id}-agenda`))?.title["#text"]).toMatch(
      /^Innkalling og saksliste: /,
    );
    const decision = byId.get(tag(`agenda-item-${held.items[0]?.id}-decision`));
    expect(decision?.title["#text"]).toContain(`Vedtak i ${body.name}`);
    expect(decision?.summary?.["#text"]).toBe("Planen vedtas som foreslått.");
    expect(decision?.link["@_href"]).toBe(
      `https://politikk.eksempel.no/saker/${held.items[0]?.caseId}`,
    );
    // Newest first.
    const times = entries.map((entry) => Date.parse(entry.updated));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // The same entries again: ids and bytes do not change while nothing does.
    const again = await get(`/utvalg/${body.slug}/nyheter.atom`, { cookie: "x=1" });
    expect(again.body).toBe(response.body);

    const all = await get("/nyheter.atom");
    validateAtom(all.body);
    expect(atomEntries(all.body).some((entry) => entry.id === tag(`meeting-${planned.id}`))).toBe(
      true,
    );
  });

  it("shows an exempt case's decision only as exempt, under its public title", async () => {
    const body = await buildBody(db);
    const secret = await buildCase(db, {
      route: [body.id],
      exempt: true,
      title: "Oppsigelse av Ola Hemmelig",
      recommendation: "Ola Hemmelig sies opp.",
    });
    await buildHeldMeeting(db, {
      bodyId: body.id,
      caseIds: [secret.id],
      decisions: ["Ola Hemmelig sies opp fra stillingen."],
    });
    const feed = (await get(`/utvalg/${body.slug}/nyheter.atom`)).body;
    expect(feed).not.toContain("Hemmelig");
    expect(feed).toContain("Personalsak");
    expect(feed).toContain("Unntatt offentlighet");
  });

  it("links from the body page and the calendar, in the head and in the page", async () => {
    const body = await buildBody(db);
    const page = (await get(`/utvalg/${body.slug}`)).body;
    expect(page).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Nyheter fra ${body.name}" href="/utvalg/${body.slug}/nyheter.atom"/>`,
    );
    expect(page).toContain(`href="/utvalg/${body.slug}/kalender.ics"`);
    const calendar = (await get("/moter")).body;
    expect(calendar).toContain('href="/nyheter.atom"');
    expect(calendar).toContain('href="/kalender.ics"');
    expect((await get("/")).body).toContain('rel="alternate" type="application/atom+xml"');
  });
});
