import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { addAgendaItem } from "../src/features/meetings/add-agenda-item.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { bodyIdBySlug } from "./helpers/records.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let executive: number;
let council: number;

beforeEach(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  executive = await bodyId("formannskapet");
  council = await bodyId("kommunestyret");
});
afterEach(async () => {
  await t.close();
});

const bodyId = (slug: string): Promise<number> => bodyIdBySlug(db, slug);

let archiveSequence = 9500;

async function createCase(route: number[]): Promise<number> {
  archiveSequence += 1;
  const archiveCaseNumber = `2026/${archiveSequence}`;
  const response = await staff.post("/admin/saker", {
    archiveCaseNumber,
    title: `Testsak ${archiveSequence}`,
    caseType: "PS",
    access: "public",
    ...Object.fromEntries(route.map((id, index) => [`route${index + 1}`, String(id)])),
  });
  expect(response.statusCode).toBe(303);
  const row = await db
    .selectFrom("case")
    .select("id")
    .where("archive_case_number", "=", archiveCaseNumber)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function createMeeting(body: number, date: string): Promise<number> {
  const response = await staff.post("/admin/moter", {
    body: String(body),
    date,
    start: "18:00",
  });
  expect(response.statusCode).toBe(303);
  return Number(/(\d+)$/.exec(String(response.headers.location))?.[1]);
}

const addItem = (meetingId: number, caseId: number) =>
  staff.post(`/admin/moter/${meetingId}/saker`, { caseId: String(caseId) });

/** Everything an agenda change could touch, to show that a refusal changed nothing. */
async function snapshot() {
  const [items, meetings, audits] = await Promise.all([
    db.selectFrom("agenda_item").selectAll().orderBy("id").execute(),
    db.selectFrom("meeting").selectAll().orderBy("id").execute(),
    db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, meetings, audits: Number(audits.n) };
}

/** The meeting held, and the case on it decided (or only treated and postponed). */
async function hold(meetingId: number, caseId: number, decided: boolean): Promise<void> {
  await db.updateTable("meeting").set({ status: "held" }).where("id", "=", meetingId).execute();
  if (decided)
    await db
      .updateTable("agenda_item")
      .set({ decision: "Vedtatt som innstilt.", decided_at: new Date() })
      .where("meeting_id", "=", meetingId)
      .where("case_id", "=", caseId)
      .execute();
}

const offered = async (meetingId: number, caseId: number) =>
  (await staff.get(`/admin/moter/${meetingId}`)).body.includes(`<option value="${caseId}"`);

describe("one coming meeting per body", () => {
  it("refuses a case already on another coming meeting of the body, and changes nothing", async () => {
    const first = await createMeeting(executive, "2027-02-11");
    const second = await createMeeting(executive, "2027-03-11");
    const caseId = await createCase([executive]);
    expect((await addItem(first, caseId)).statusCode).toBe(303);

    const before = await snapshot();
    const again = await addItem(second, caseId);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain(
      "Saken står allerede på sakslisten til utvalgets møte torsdag 11. februar 2027.",
    );
    expect(await snapshot()).toEqual(before);
    expect(await offered(second, caseId)).toBe(false);
  });

  it("lets only one of two meetings of the body take the case when both try at once", async () => {
    const meetings = [
      await createMeeting(executive, "2027-02-11"),
      await createMeeting(executive, "2027-03-11"),
    ];
    const caseId = await createCase([executive]);
    const actor = { kind: "system", name: "Test" } as const;
    const add = (meetingId: number, hold: Promise<void> = Promise.resolve()) =>
      db.transaction().execute(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        const outcome = await addAgendaItem({ actor, meeting, caseId, tx });
        await hold;
        return outcome;
      });
    // The first keeps its transaction open after adding; the second must wait for the case row
    // instead of reading the agenda as it was.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = add(meetings[0] ?? 0, held);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = add(meetings[1] ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const outcomes = await Promise.all([first, second]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false]);
    const placed = await db
      .selectFrom("agenda_item")
      .select("meeting_id")
      .where("case_id", "=", caseId)
      .execute();
    expect(placed).toEqual([{ meeting_id: meetings[0] }]);
  });

  it("refuses a case the body has decided, but takes one it postponed", async () => {
    const first = await createMeeting(executive, "2027-02-11");
    const second = await createMeeting(executive, "2027-03-11");
    const decided = await createCase([executive]);
    const postponed = await createCase([executive]);
    await addItem(first, decided);
    await addItem(first, postponed);
    await hold(first, decided, true);
    await hold(first, postponed, false);

    const before = await snapshot();
    const refused = await addItem(second, decided);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Utvalget har allerede behandlet saken.");
    expect(await snapshot()).toEqual(before);
    expect(await offered(second, decided)).toBe(false);

    expect(await offered(second, postponed)).toBe(true);
    expect((await addItem(second, postponed)).statusCode).toBe(303);
  });
});

describe("the route order", () => {
  it("refuses a later body until the earlier one has decided, even with the case on its agenda", async () => {
    const executiveMeeting = await createMeeting(executive, "2027-02-11");
    const councilMeeting = await createMeeting(council, "2027-02-25");
    const caseId = await createCase([executive, council]);

    const before = await snapshot();
    const early = await addItem(councilMeeting, caseId);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(
      "Saken må først behandles i Formannskapet. Skal den ikke det, må saksgangen endres.",
    );
    expect(await snapshot()).toEqual(before);
    expect(await offered(councilMeeting, caseId)).toBe(false);

    expect((await addItem(executiveMeeting, caseId)).statusCode).toBe(303);
    const placed = await snapshot();
    const stillEarly = await addItem(councilMeeting, caseId);
    expect(stillEarly.statusCode).toBe(400);
    expect(stillEarly.body).toContain("Saken må først behandles i Formannskapet.");
    expect(await snapshot()).toEqual(placed);
    expect(await offered(councilMeeting, caseId)).toBe(false);
  });

  it("takes the case once the earlier body has decided it, not when it only postponed it", async () => {
    const councilMeeting = await createMeeting(council, "2027-02-25");
    const decided = await createCase([executive, council]);
    const postponed = await createCase([executive, council]);
    const pastMeeting = await createMeeting(executive, "2027-01-14");
    await addItem(pastMeeting, decided);
    await addItem(pastMeeting, postponed);
    await hold(pastMeeting, decided, true);
    await hold(pastMeeting, postponed, false);

    expect(await offered(councilMeeting, decided)).toBe(true);
    expect((await addItem(councilMeeting, decided)).statusCode).toBe(303);
    expect(await offered(councilMeeting, postponed)).toBe(false);
    expect((await addItem(councilMeeting, postponed)).statusCode).toBe(400);
  });

  it("lets an earlier item go or its meeting move freely, since no later body has the case", async () => {
    const executiveMeeting = await createMeeting(executive, "2027-02-11");
    const caseId = await createCase([executive, council]);
    await addItem(executiveMeeting, caseId);
    const moved = await staff.post(`/admin/moter/${executiveMeeting}/endre`, {
      body: String(executive),
      date: "2027-03-04",
      start: "18:00",
    });
    expect(moved.statusCode).toBe(303);
    const [item] = await stepItems(caseId);
    if (!item) throw new Error("agenda missing");
    const removed = await staff.post(`/admin/moter/${executiveMeeting}/saker/${item.id}/fjern`, {});
    expect(removed.statusCode).toBe(303);
    expect(await stepItems(caseId)).toEqual([]);
  });
});

/** The case's agenda items with the position of the route step each treats. */
async function stepItems(caseId: number) {
  return db
    .selectFrom("agenda_item")
    .innerJoin("case_route_step", "case_route_step.id", "agenda_item.route_step_id")
    .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
    .select(["agenda_item.id", "meeting.body_id", "case_route_step.position"])
    .where("agenda_item.case_id", "=", caseId)
    .orderBy("meeting.starts_at")
    .execute();
}

describe("a route that passes the same body twice", () => {
  it("treats the second visit as a step of its own, placeable once the steps between are decided", async () => {
    const caseId = await createCase([executive, council, executive]);
    const first = await createMeeting(executive, "2027-01-14");
    await addItem(first, caseId);
    await hold(first, caseId, true);

    const again = await createMeeting(executive, "2027-03-11");
    const before = await snapshot();
    const tooSoon = await addItem(again, caseId);
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.body).toContain("Saken må først behandles i Kommunestyret.");
    expect(await snapshot()).toEqual(before);
    expect(await offered(again, caseId)).toBe(false);

    const councilMeeting = await createMeeting(council, "2027-02-04");
    await addItem(councilMeeting, caseId);
    await hold(councilMeeting, caseId, true);
    expect(await offered(again, caseId)).toBe(true);
    expect((await addItem(again, caseId)).statusCode).toBe(303);
    expect(await stepItems(caseId)).toEqual([
      expect.objectContaining({ body_id: executive, position: 1 }),
      expect.objectContaining({ body_id: council, position: 2 }),
      expect.objectContaining({ body_id: executive, position: 3 }),
    ]);

    await hold(again, caseId, true);
    const fourth = await createMeeting(executive, "2027-04-15");
    const done = await addItem(fourth, caseId);
    expect(done.statusCode).toBe(400);
    expect(done.body).toContain("Utvalget har allerede behandlet saken.");
  });
});
