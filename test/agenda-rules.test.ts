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
  it("refuses a later body before the earlier one has the case on an earlier meeting", async () => {
    const councilMeeting = await createMeeting(council, "2027-02-25");
    const caseId = await createCase([executive, council]);

    const before = await snapshot();
    const early = await addItem(councilMeeting, caseId);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(
      "Saken må først behandles i Formannskapet, eller stå på sakslisten til et møte der før dette.",
    );
    expect(await snapshot()).toEqual(before);
    expect(await offered(councilMeeting, caseId)).toBe(false);

    const tooLate = await createMeeting(executive, "2027-03-04");
    expect((await addItem(tooLate, caseId)).statusCode).toBe(303);
    const stillEarly = await addItem(councilMeeting, caseId);
    expect(stillEarly.statusCode).toBe(400);
    expect(stillEarly.body).toContain("Saken må først behandles i Formannskapet");
  });

  it("takes the case once the earlier body has it on an earlier meeting, or has decided it", async () => {
    const executiveMeeting = await createMeeting(executive, "2027-02-11");
    const councilMeeting = await createMeeting(council, "2027-02-25");
    const planned = await createCase([executive, council]);
    const decided = await createCase([executive, council]);
    await addItem(executiveMeeting, planned);
    expect(await offered(councilMeeting, planned)).toBe(true);
    expect((await addItem(councilMeeting, planned)).statusCode).toBe(303);

    const pastMeeting = await createMeeting(executive, "2027-01-14");
    await addItem(pastMeeting, decided);
    await hold(pastMeeting, decided, true);
    expect((await addItem(councilMeeting, decided)).statusCode).toBe(303);
  });

  it("keeps the order when a meeting moves or an earlier item is removed", async () => {
    const executiveMeeting = await createMeeting(executive, "2027-02-11");
    const councilMeeting = await createMeeting(council, "2027-02-25");
    const caseId = await createCase([executive, council]);
    await addItem(executiveMeeting, caseId);
    await addItem(councilMeeting, caseId);
    const before = await snapshot();

    const moved = await staff.post(`/admin/moter/${executiveMeeting}/endre`, {
      body: String(executive),
      date: "2027-03-04",
      start: "18:00",
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.body).toContain(
      `står på sakslisten til Kommunestyret torsdag 25. februar 2027 og må behandles i Formannskapet før det.`,
    );
    const councilFirst = await staff.post(`/admin/moter/${councilMeeting}/endre`, {
      body: String(council),
      date: "2027-02-04",
      start: "18:00",
    });
    expect(councilFirst.statusCode).toBe(400);
    expect(councilFirst.body).toContain("må behandles i Formannskapet før det.");

    const [item] = before.items.filter(
      (row) => row.meeting_id === executiveMeeting && row.case_id === caseId,
    );
    if (!item) throw new Error("agenda missing");
    const removed = await staff.post(`/admin/moter/${executiveMeeting}/saker/${item.id}/fjern`, {});
    expect(removed.statusCode).toBe(400);
    expect(removed.body).toContain("Fjern den derfra først.");
    expect(await snapshot()).toEqual(before);

    const earlier = await staff.post(`/admin/moter/${executiveMeeting}/endre`, {
      body: String(executive),
      date: "2027-02-04",
      start: "18:00",
    });
    expect(earlier.statusCode).toBe(303);
  });
});
