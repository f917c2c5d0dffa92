import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { seriesYear } from "../src/domain/numbering.ts";
import { osloDateTime, osloDay } from "../src/domain/time.ts";
import { closeGaps, moveItem, nextPosition } from "../src/features/meetings/agenda-order.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { daysOfNotice, isShortNotice } from "../src/features/meetings/notice-deadline.ts";
import { publishNotice } from "../src/features/meetings/publish-notice.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting, buildMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { publishThroughWorkspace } from "./helpers/publish.ts";

describe("agenda order", () => {
  const agenda = [
    { id: 10, position: 1 },
    { id: 11, position: 2 },
    { id: 12, position: 3 },
  ];

  it("puts a new item last", () => {
    expect(nextPosition([])).toBe(1);
    expect(nextPosition(agenda)).toBe(4);
  });

  it("swaps an item with its neighbour", () => {
    expect(moveItem(agenda, 12, "up")).toEqual([
      { id: 12, position: 2 },
      { id: 11, position: 3 },
    ]);
    expect(moveItem(agenda, 10, "down")).toEqual([
      { id: 10, position: 2 },
      { id: 11, position: 1 },
    ]);
  });

  it("follows positions, not the order the items are given in", () => {
    const shuffled = [agenda[2], agenda[0], agenda[1]].filter((item) => item !== undefined);
    expect(moveItem(shuffled, 11, "up")).toEqual([
      { id: 11, position: 1 },
      { id: 10, position: 2 },
    ]);
  });

  it("does not move the first item up or the last one down", () => {
    expect(moveItem(agenda, 10, "up")).toBeNull();
    expect(moveItem(agenda, 12, "down")).toBeNull();
    expect(() => moveItem(agenda, 99, "up")).toThrow();
  });

  it("closes gaps, moving only the items after the gap", () => {
    expect(
      closeGaps([
        { id: 10, position: 1 },
        { id: 12, position: 3 },
        { id: 13, position: 4 },
      ]),
    ).toEqual([
      { id: 12, position: 2 },
      { id: 13, position: 3 },
    ]);
    expect(closeGaps(agenda)).toEqual([]);
  });
});

describe("notice deadline", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("counts calendar days in Norway", () => {
    expect(daysOfNotice(now, osloDateTime("2026-12-03", "18:00"))).toBe(7);
    expect(daysOfNotice(now, osloDateTime("2026-11-27", "00:30"))).toBe(1);
  });

  it("is short when fewer days remain than the rules ask", () => {
    const meetingStart = osloDateTime("2026-12-02", "18:00");
    expect(isShortNotice({ now, meetingStart, noticeDays: 7 })).toBe(true);
    expect(isShortNotice({ now, meetingStart, noticeDays: 6 })).toBe(false);
  });
});

let t: TestApp;
let db: Database;
let staff: Agent;
/** Formannskapet and Kommunestyret of the test's own municipality. */
let executive: number;
let council: number;

/** A fresh database with two bodies and a signed-in secretariat user for each test of the block. */
function useApp() {
  beforeEach(async () => {
    t = await createTestApp("empty");
    db = t.app.db;
    staff = await signIn(t.app, "secretariat");
    executive = (
      await buildBody(db, {
        name: "Formannskapet",
        shortName: "FSK",
        slug: "formannskapet",
        kind: "executive_committee",
        seatCount: 9,
      })
    ).id;
    council = (
      await buildBody(db, {
        name: "Kommunestyret",
        shortName: "KST",
        slug: "kommunestyret",
        kind: "council",
        seatCount: 35,
      })
    ).id;
  });
  afterEach(async () => {
    await t.close();
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A day in Norway counted from the real clock, which the handlers use. */
const dayFromNow = (days: number): string => osloDay(new Date(Date.now() + days * DAY_MS));
/** Far enough ahead that no notice rule warns. */
const LATER_DAY = "2027-02-11";

async function count(table: "meeting" | "agenda_item" | "case" | "audit_log"): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditActions(entityType: string): Promise<string[]> {
  const rows = await db
    .selectFrom("audit_log")
    .select("action")
    .where("entity_type", "=", entityType)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.action);
}

const createCase = (route: number[], options: { title?: string; exempt?: boolean } = {}) =>
  buildCase(db, { route, ...options });

/** A planned meeting at 18:00–21:00 on the day, made in the test's setup. */
async function createMeeting(body: number, date: string = LATER_DAY): Promise<number> {
  const meeting = await buildMeeting(db, {
    bodyId: body,
    startsAt: osloDateTime(date, "18:00"),
    endsAt: osloDateTime(date, "21:00"),
  });
  return meeting.id;
}

/** The same through the form, where the form is what is tested. */
async function postMeeting(body: number, date: string = LATER_DAY): Promise<number> {
  const response = await staff.post("/admin/moter", {
    body: String(body),
    date,
    start: "18:00",
    end: "21:00",
    location: "Formannskapssalen",
  });
  expect(response.statusCode).toBe(303);
  const id = /^\/admin\/moter\/(\d+)$/.exec(String(response.headers.location))?.[1];
  return Number(id);
}

async function addItem(meetingId: number, caseId: number) {
  return staff.post(`/admin/moter/${meetingId}/saker`, { caseId: String(caseId) });
}

async function agenda(meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .select(["id", "case_id", "position", "series_year", "series_number"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
}

async function setLastNumber(body: number, year: number, lastNumber: number) {
  await db
    .insertInto("case_number_series")
    .values({ body_id: body, case_type: "PS", year, last_number: lastNumber })
    .onConflict((conflict) =>
      conflict.columns(["body_id", "case_type", "year"]).doUpdateSet({ last_number: lastNumber }),
    )
    .execute();
}

async function lastNumber(body: number, year: number): Promise<number | undefined> {
  const row = await db
    .selectFrom("case_number_series")
    .select("last_number")
    .where("body_id", "=", body)
    .where("case_type", "=", "PS")
    .where("year", "=", year)
    .executeTakeFirst();
  return row?.last_number;
}

describe("meetings", () => {
  useApp();

  it("lists upcoming meetings by default and past ones on request", async () => {
    const upcoming = await staff.get("/admin/moter");
    expect(upcoming.statusCode).toBe(200);
    expect(upcoming.body).toContain("Kommende møter");
    expect(upcoming.body).toContain('href="/admin/moter/ny"');
    const past = await staff.get("/admin/moter?tid=tidligere");
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain("Tidligere møter");
  });

  it("filters the list by body", async () => {
    const meetingId = await createMeeting(executive, dayFromNow(40));
    const mine = await staff.get(`/admin/moter?utvalg=${executive}`);
    expect(mine.body).toContain(`href="/admin/moter/${meetingId}"`);
    const other = await staff.get(`/admin/moter?utvalg=${council}`);
    expect(other.body).not.toContain(`href="/admin/moter/${meetingId}"`);
  });

  it("creates a meeting at the wall-clock time in Norway and audits it", async () => {
    const form = await staff.get("/admin/moter/ny");
    expect(form.statusCode).toBe(200);
    const meetingId = await postMeeting(executive, "2027-03-30");
    const meeting = await db
      .selectFrom("meeting")
      .selectAll()
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting.body_id).toBe(executive);
    expect(meeting.status).toBe("planned");
    // Summer time has begun by 30 March: 18:00 in Oslo is 16:00 UTC.
    expect(meeting.starts_at.toISOString()).toBe("2027-03-30T16:00:00.000Z");
    expect(meeting.ends_at?.toISOString()).toBe("2027-03-30T19:00:00.000Z");
    expect(await auditActions("meeting")).toContain("meeting.create");
    const page = await staff.get(`/admin/moter/${meetingId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Formannskapet, tirsdag 30. mars 2027");
  });

  it.each([
    ["an impossible date", { date: "2027-02-30" }, "Skriv en gyldig dato"],
    ["a malformed time", { start: "25:00" }, "Skriv starttiden som tt:mm"],
    ["an end before the start", { end: "17:00" }, "Sluttiden må være etter starttiden."],
    ["an unknown body", { body: "999999" }, "Velg et utvalg fra listen."],
    ["no body", { body: "" }, "Velg utvalg."],
  ])("refuses %s with 400 and creates nothing", async (_case, change, message) => {
    const before = await count("meeting");
    const response = await staff.post("/admin/moter", {
      body: String(executive),
      date: LATER_DAY,
      start: "18:00",
      end: "21:00",
      location: "",
      ...change,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(message);
    expect(response.body).toContain("ds-error-summary");
    expect(await count("meeting")).toBe(before);
  });

  it("shows every error at once, the end before the start among them", async () => {
    const before = await count("meeting");
    const response = await staff.post("/admin/moter", {
      body: "",
      date: LATER_DAY,
      start: "18:00",
      end: "17:00",
      location: "",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Velg utvalg.");
    expect(response.body).toContain("Sluttiden må være etter starttiden.");
    expect(await count("meeting")).toBe(before);
  });

  it("refuses a body that is no longer active", async () => {
    const inactive = await buildBody(db, { isActive: false });
    const before = await count("meeting");
    const response = await staff.post("/admin/moter", {
      body: String(inactive.id),
      date: LATER_DAY,
      start: "18:00",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Utvalget er ikke aktivt.");
    expect(await count("meeting")).toBe(before);
  });

  it("edits a meeting, but not the time or body of one that has been held", async () => {
    const meetingId = await createMeeting(executive);
    const edit = await staff.get(`/admin/moter/${meetingId}/endre`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="2027-02-11"');
    const changed = await staff.post(`/admin/moter/${meetingId}/endre`, {
      body: String(executive),
      date: LATER_DAY,
      start: "17:00",
      end: "",
      location: "Rådhuset",
      remote: "on",
    });
    expect(changed.statusCode).toBe(303);
    const meeting = await db
      .selectFrom("meeting")
      .selectAll()
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting.starts_at.toISOString()).toBe("2027-02-11T16:00:00.000Z");
    expect(meeting.ends_at).toBeNull();
    expect(meeting.is_remote).toBe(true);
    expect(await auditActions("meeting")).toContain("meeting.update");

    const { meeting: held } = await buildHeldMeeting(db, { bodyId: executive });
    const heldDay = osloDay(held.starts_at);
    const refused = await staff.post(`/admin/moter/${held.id}/endre`, {
      body: String(executive),
      date: heldDay,
      start: "19:00",
      end: "21:00",
      location: "Rådhuset",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Møtet er holdt, så tidspunktet kan ikke endres.");
    const unchanged = await db
      .selectFrom("meeting")
      .select("starts_at")
      .where("id", "=", held.id)
      .executeTakeFirstOrThrow();
    expect(unchanged.starts_at).toEqual(held.starts_at);
    const placeOnly = await staff.post(`/admin/moter/${held.id}/endre`, {
      body: String(executive),
      date: heldDay,
      start: "18:00",
      end: "21:00",
      location: "Kulturhuset",
    });
    expect(placeOnly.statusCode).toBe(303);
  });

  it("cancels a meeting after confirmation", async () => {
    const meetingId = await createMeeting(executive);
    const confirm = await staff.get(`/admin/moter/${meetingId}/avlys`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain(`action="/admin/moter/${meetingId}/avlys"`);
    const cancelled = await staff.post(`/admin/moter/${meetingId}/avlys`, {});
    expect(cancelled.statusCode).toBe(303);
    const meeting = await db
      .selectFrom("meeting")
      .select("status")
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting.status).toBe("cancelled");
    expect(await auditActions("meeting")).toContain("meeting.cancel");
    const again = await staff.post(`/admin/moter/${meetingId}/avlys`, {});
    expect(again.statusCode).toBe(400);
  });

  it("answers 404 for a meeting that does not exist", async () => {
    expect((await staff.get("/admin/moter/999999")).statusCode).toBe(404);
    expect((await staff.get("/admin/moter/abc")).statusCode).toBe(404);
    expect((await staff.post("/admin/moter/999999/innkalling", {})).statusCode).toBe(404);
    expect((await staff.post("/admin/moter/999999/saker", { caseId: "1" })).statusCode).toBe(404);
  });
});

describe("agenda", () => {
  useApp();

  it("adds cases, moves them and removes one, keeping positions 1..n", async () => {
    const meetingId = await createMeeting(executive);
    const first = await createCase([executive], { title: "Budsjett for vannverket" });
    const second = await createCase([executive]);
    const third = await createCase([executive]);

    const page = await staff.get(`/admin/moter/${meetingId}`);
    expect(page.body).toContain("Budsjett for vannverket");
    for (const created of [first, second, third])
      expect((await addItem(meetingId, created.id)).statusCode).toBe(303);
    expect((await agenda(meetingId)).map((item) => item.case_id)).toEqual([
      first.id,
      second.id,
      third.id,
    ]);

    const shown = await staff.get(`/admin/moter/${meetingId}`);
    expect(shown.body).toContain("Ikke nummerert");
    expect(shown.body).toContain('aria-label="Flytt ned: Budsjett for vannverket"');

    const items = await agenda(meetingId);
    const thirdItem = items[2];
    const firstItem = items[0];
    if (!thirdItem || !firstItem) throw new Error("agenda missing");
    const moved = await staff.post(`/admin/moter/${meetingId}/saker/${thirdItem.id}/flytt`, {
      direction: "up",
    });
    expect(moved.statusCode).toBe(303);
    expect((await agenda(meetingId)).map((item) => item.case_id)).toEqual([
      first.id,
      third.id,
      second.id,
    ]);

    const before = await agenda(meetingId);
    const firstUp = await staff.post(`/admin/moter/${meetingId}/saker/${firstItem.id}/flytt`, {
      direction: "up",
    });
    expect(firstUp.statusCode).toBe(400);
    expect(firstUp.body).toContain("Saken står allerede først.");
    const sideways = await staff.post(`/admin/moter/${meetingId}/saker/${firstItem.id}/flytt`, {
      direction: "sideways",
    });
    expect(sideways.statusCode).toBe(400);
    expect(await agenda(meetingId)).toEqual(before);

    const confirm = await staff.get(`/admin/moter/${meetingId}/saker/${firstItem.id}/fjern`);
    expect(confirm.statusCode).toBe(200);
    const removed = await staff.post(`/admin/moter/${meetingId}/saker/${firstItem.id}/fjern`, {});
    expect(removed.statusCode).toBe(303);
    const after = await agenda(meetingId);
    expect(after.map((item) => [item.case_id, item.position])).toEqual([
      [third.id, 1],
      [second.id, 2],
    ]);
    expect(await auditActions("agenda_item")).toEqual([
      "agenda_item.add",
      "agenda_item.add",
      "agenda_item.add",
      "agenda_item.move",
      "agenda_item.remove",
    ]);
  });

  it("offers only cases routed to the body, and refuses the rest", async () => {
    const meetingId = await createMeeting(executive);
    const elsewhere = await createCase([council], { title: "Sak for kommunestyret alene" });
    const here = await createCase([executive, council], { title: "Sak via formannskapet" });

    const page = await staff.get(`/admin/moter/${meetingId}`);
    expect(page.body).toContain("Sak via formannskapet");
    expect(page.body).not.toContain("Sak for kommunestyret alene");
    const search = await staff.get(
      `/admin/moter/${meetingId}?sok=${encodeURIComponent(here.archiveCaseNumber)}`,
    );
    expect(search.body).toContain(`value="${here.id}"`);

    const before = await count("agenda_item");
    const wrongBody = await addItem(meetingId, elsewhere.id);
    expect(wrongBody.statusCode).toBe(400);
    expect(wrongBody.body).toContain("Saken skal ikke behandles i dette utvalget");
    const unknown = await addItem(meetingId, 999999);
    expect(unknown.statusCode).toBe(400);
    const nothing = await staff.post(`/admin/moter/${meetingId}/saker`, {});
    expect(nothing.statusCode).toBe(400);
    expect(nothing.body).toContain("Velg en sak fra listen.");
    expect(await count("agenda_item")).toBe(before);

    expect((await addItem(meetingId, here.id)).statusCode).toBe(303);
    const twice = await addItem(meetingId, here.id);
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("Saken står allerede på sakslisten.");
    expect(await count("agenda_item")).toBe(before + 1);

    const nextMeeting = await createMeeting(executive, "2027-03-11");
    const next = await staff.get(`/admin/moter/${nextMeeting}`);
    expect(next.body).not.toContain(`value="${here.id}"`);
  });

  it("marks an item closed only with a legal basis, suggesting one for exempt cases", async () => {
    const meetingId = await createMeeting(executive);
    const exempt = await createCase([executive], {
      title: "Kjøp av eiendom fra navngitt person",
      exempt: true,
    });
    await addItem(meetingId, exempt.id);
    const [item] = await agenda(meetingId);
    if (!item) throw new Error("agenda missing");

    const detail = await staff.get(`/admin/moter/${meetingId}`);
    expect(detail.body).toContain("Kjøp av eiendom fra navngitt person");
    expect(detail.body).toContain("Unntatt offentlighet");
    expect(detail.body).toContain("Offl. § 13 jf. fvl. § 13");

    const form = await staff.get(`/admin/moter/${meetingId}/saker/${item.id}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Kl. § 11-5 andre ledd, jf. offl. § 13"');

    const missing = await staff.post(`/admin/moter/${meetingId}/saker/${item.id}`, {
      closed: "on",
      closedBasis: "",
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Oppgi hjemmelen");
    const stillOpen = await db
      .selectFrom("agenda_item")
      .select("is_closed")
      .where("id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(stillOpen.is_closed).toBe(false);

    const closed = await staff.post(`/admin/moter/${meetingId}/saker/${item.id}`, {
      closed: "on",
      closedBasis: "Kl. § 11-5 andre ledd, jf. offl. § 13",
    });
    expect(closed.statusCode).toBe(303);
    const row = await db
      .selectFrom("agenda_item")
      .select(["is_closed", "closed_basis"])
      .where("id", "=", item.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      is_closed: true,
      closed_basis: "Kl. § 11-5 andre ledd, jf. offl. § 13",
    });
    expect(await auditActions("agenda_item")).toContain("agenda_item.update");
  });
});

describe("notice", () => {
  useApp();

  it("numbers the items in agenda order, continuing the body's series", async () => {
    const meetingId = await createMeeting(executive);
    const year = seriesYear(osloDateTime(LATER_DAY, "18:00"));
    await setLastNumber(executive, year, 14);
    const first = await createCase([executive]);
    const second = await createCase([executive]);
    await addItem(meetingId, first.id);
    await addItem(meetingId, second.id);
    const [, secondItem] = await agenda(meetingId);
    if (!secondItem) throw new Error("agenda missing");
    await staff.post(`/admin/moter/${meetingId}/saker/${secondItem.id}/flytt`, {
      direction: "up",
    });

    const published = await publishThroughWorkspace(db, staff, meetingId);
    expect(published.statusCode).toBe(303);
    expect(
      (await agenda(meetingId)).map((item) => [item.case_id, item.series_year, item.series_number]),
    ).toEqual([
      [second.id, year, 15],
      [first.id, year, 16],
    ]);
    expect(await lastNumber(executive, year)).toBe(16);
    const meeting = await db
      .selectFrom("meeting")
      .select(["status", "notice_published_at"])
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting.status).toBe("notice_published");
    expect(meeting.notice_published_at).not.toBeNull();
    expect(await auditActions("meeting")).toContain("meeting.publish_notice");
    const page = await staff.get(`/admin/moter/${meetingId}`);
    expect(page.body).toContain("PS 15/27");
    expect(page.body).toContain("Legg til tilleggssak");

    const again = await publishThroughWorkspace(db, staff, meetingId);
    expect(again.statusCode).toBe(400);
    expect(await lastNumber(executive, year)).toBe(16);
  });

  it("starts a new series at 1 and refuses an empty agenda", async () => {
    const meetingId = await createMeeting(executive, "2031-02-13");
    const empty = await publishThroughWorkspace(db, staff, meetingId);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Sakslisten er tom.");
    const still = await db
      .selectFrom("meeting")
      .select("status")
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(still.status).toBe("planned");

    const created = await createCase([executive]);
    await addItem(meetingId, created.id);
    expect((await publishThroughWorkspace(db, staff, meetingId)).statusCode).toBe(303);
    expect((await agenda(meetingId))[0]?.series_number).toBe(1);
    expect(await lastNumber(executive, 2031)).toBe(1);
  });

  it("never reuses a removed item's number; a tilleggssak draws the next one", async () => {
    const meetingId = await createMeeting(executive);
    const year = seriesYear(osloDateTime(LATER_DAY, "18:00"));
    await setLastNumber(executive, year, 14);
    const first = await createCase([executive]);
    const second = await createCase([executive]);
    await addItem(meetingId, first.id);
    await addItem(meetingId, second.id);
    await publishThroughWorkspace(db, staff, meetingId);
    const numbered = await agenda(meetingId);
    const last = numbered[1];
    if (!last) throw new Error("agenda missing");
    expect(last.series_number).toBe(16);

    await staff.post(`/admin/moter/${meetingId}/saker/${last.id}/fjern`, {});
    expect(await lastNumber(executive, year)).toBe(16);

    const supplementary = await createCase([executive]);
    expect((await addItem(meetingId, supplementary.id)).statusCode).toBe(303);
    expect((await agenda(meetingId)).map((item) => [item.position, item.series_number])).toEqual([
      [1, 15],
      [2, 17],
    ]);
    expect(await lastNumber(executive, year)).toBe(17);
    const removal = await db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "agenda_item.remove")
      .executeTakeFirstOrThrow();
    expect(removal.details).toMatchObject({ seriesNumber: 16 });
  });

  it("warns when the notice is shorter than the body's rules, but sends it", async () => {
    const meetingId = await createMeeting(executive, dayFromNow(2));
    const created = await createCase([executive]);
    await addItem(meetingId, created.id);
    const page = await staff.get(`/admin/moter/${meetingId}`);
    expect(page.body).toContain("Reglementet krever innkalling minst");
    expect((await publishThroughWorkspace(db, staff, meetingId)).statusCode).toBe(303);
    const audit = await db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "meeting.publish_notice")
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ shortNotice: true });
  });

  it("gives distinct numbers when two meetings of a body are published at once", async () => {
    const year = seriesYear(osloDateTime(LATER_DAY, "18:00"));
    await setLastNumber(executive, year, 14);
    const meetings = [await createMeeting(executive), await createMeeting(executive, "2027-03-11")];
    for (const meetingId of meetings) {
      await addItem(meetingId, (await createCase([executive])).id);
      await addItem(meetingId, (await createCase([executive])).id);
    }
    const actor = { kind: "system", name: "Test" } as const;
    const publish = (meetingId: number, hold: Promise<void> = Promise.resolve()) =>
      db.transaction().execute(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (!meeting) throw new Error("meeting missing");
        const outcome = await publishNotice({ actor, meeting, now: new Date(), tx });
        await hold;
        return outcome;
      });
    // The first publication keeps its transaction open after drawing its numbers; the second
    // starts meanwhile and must wait for the series row instead of reading the old last number.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = publish(meetings[0] ?? 0, held);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = publish(meetings[1] ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const outcomes = await Promise.all([first, second]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    const numbers = await db
      .selectFrom("agenda_item")
      .select(["meeting_id", "series_number"])
      .where("meeting_id", "in", meetings)
      .orderBy("meeting_id")
      .orderBy("position")
      .execute();
    expect(numbers.map((row) => row.series_number)).toEqual([15, 16, 17, 18]);
    expect(await lastNumber(executive, year)).toBe(18);
  });
});

describe("access", () => {
  useApp();

  it("sends anonymous visitors to the login page and changes nothing", async () => {
    const list = await t.app.inject({ method: "GET", url: "/admin/moter" });
    expect(list.statusCode).toBe(303);
    expect(list.headers.location).toBe("/logg-inn?neste=%2Fadmin%2Fmoter");
    const before = await count("meeting");
    const post = await t.app.inject({
      method: "POST",
      url: "/admin/moter",
      payload: { body: "1", date: LATER_DAY, start: "18:00" },
    });
    expect(post.statusCode).toBe(303);
    expect(String(post.headers.location)).toMatch(/^\/logg-inn/);
    expect(await count("meeting")).toBe(before);
  });

  it("refuses a form without the CSRF token", async () => {
    const before = await count("meeting");
    const response = await t.app.inject({
      method: "POST",
      url: "/admin/moter",
      headers: { cookie: staff.cookie },
      payload: { body: String(executive), date: LATER_DAY, start: "18:00" },
    });
    expect(response.statusCode).toBe(403);
    expect(await count("meeting")).toBe(before);
  });

  it("answers a member 404 on every change and changes nothing", async () => {
    const meetingId = await createMeeting(executive);
    const created = await createCase([executive]);
    await addItem(meetingId, created.id);
    const [item] = await agenda(meetingId);
    if (!item) throw new Error("agenda missing");
    const member = await signIn(t.app, "member");
    const counts = async () =>
      Promise.all([count("meeting"), count("agenda_item"), count("audit_log")]);
    const before = await counts();

    const attempts = [
      member.get("/admin/moter/ny"),
      member.get(`/admin/moter/${meetingId}/endre`),
      member.get(`/admin/moter/${meetingId}/saker/${item.id}`),
      member.post("/admin/moter", { body: String(executive), date: LATER_DAY, start: "18:00" }),
      member.post(`/admin/moter/${meetingId}/endre`, {
        body: String(executive),
        date: LATER_DAY,
        start: "10:00",
      }),
      member.post(`/admin/moter/${meetingId}/endre`, { date: "nonsense" }),
      member.post(`/admin/moter/${meetingId}/avlys`, {}),
      member.post(`/admin/moter/${meetingId}/innkalling`, {}),
      member.post(`/admin/moter/${meetingId}/saker`, { caseId: String(created.id) }),
      member.post(`/admin/moter/${meetingId}/saker/${item.id}/flytt`, { direction: "down" }),
      member.post(`/admin/moter/${meetingId}/saker/${item.id}/fjern`, {}),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    const meeting = await db
      .selectFrom("meeting")
      .select(["status", "starts_at"])
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting.status).toBe("planned");
  });

  it("answers 404 to a member who sits in no body (test/meeting-access.test.ts has the rest)", async () => {
    const meetingId = await createMeeting(executive);
    const exempt = await createCase([executive], {
      title: "Tvist med navngitt leverandør",
      exempt: true,
    });
    await addItem(meetingId, exempt.id);
    await publishThroughWorkspace(db, staff, meetingId);
    const member = await signIn(t.app, "member");
    const page = await member.get(`/admin/moter/${meetingId}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain("Tvist med navngitt leverandør");
  });
});

describe("dates in the form", () => {
  useApp();

  it("accepts the Norwegian way of writing a date", async () => {
    const response = await staff.post("/admin/moter", {
      body: String(executive),
      date: "11.2.2027",
      start: "18:00",
    });
    expect(response.statusCode).toBe(303);
    const meetingId = Number(String(response.headers.location).split("/").pop());
    const meeting = await db
      .selectFrom("meeting")
      .select("starts_at")
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(osloDay(meeting.starts_at)).toBe("2027-02-11");
  });
});
