import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { addDays, osloDay } from "../src/domain/time.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { publishThroughWorkspace } from "./helpers/publish.ts";

let t: TestApp;
let db: Database;
let staff: Agent;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
});
afterEach(async () => {
  await t.close();
});

const dayFromToday = (days: number): string => addDays(osloDay(new Date()), days);

async function createMeeting(bodyId: number, day: string): Promise<number> {
  const response = await staff.post("/admin/moter", {
    body: String(bodyId),
    date: day,
    start: "10:00",
  });
  expect(response.statusCode).toBe(303);
  return Number(/(\d+)$/.exec(String(response.headers.location))?.[1]);
}

/** Puts the case on the body's meeting from its queue, sends the notice, holds it, decides. */
async function treat(bodyId: number, caseId: number, day: string, decision: string) {
  const meetingId = await createMeeting(bodyId, day);
  const queue = await staff.get(`/admin/utvalg/${bodyId}/saker-klare`);
  const stepId = /saker-klare\/(\d+)\/planlegg/.exec(queue.body)?.[1];
  expect(stepId).toBeDefined();
  const base = `/admin/utvalg/${bodyId}/saker-klare/${stepId}`;
  expect((await staff.post(`${base}/planlegg`, { meetingId: String(meetingId) })).statusCode).toBe(
    303,
  );
  expect((await staff.post(`${base}/sett-opp`, {})).statusCode).toBe(303);
  expect((await publishThroughWorkspace(db, staff, meetingId)).statusCode).toBe(303);
  expect((await staff.post(`/admin/moter/${meetingId}/holdt`, { end: "12:00" })).statusCode).toBe(
    303,
  );
  const item = await db
    .selectFrom("agenda_item")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where("case_id", "=", caseId)
    .executeTakeFirstOrThrow();
  const page = await staff.get(`/admin/moter/${meetingId}/saker/${item.id}/vedtak`);
  expect(page.statusCode).toBe(200);
  const decided = await staff.post(`/admin/moter/${meetingId}/saker/${item.id}/vedtak`, {
    decision,
    decidedAt: "11:00",
  });
  expect(decided.statusCode).toBe(303);
  return { meetingId, itemId: item.id, decisionPage: page.body };
}

describe("a case through three bodies in the workspace", () => {
  it("goes from queue to queue, each body given the decision before it, and ends decided", async () => {
    const planning = (await buildBody(db, { name: "Planutvalget", slug: "planutvalget" })).id;
    const executive = (await buildBody(db, { name: "Formannskapet", slug: "formannskapet" })).id;
    const council = (await buildBody(db, { name: "Kommunestyret", slug: "kommunestyret" })).id;
    const created = await staff.post("/admin/saker", {
      archiveCaseNumber: "2026/4711",
      title: "Reguleringsplan for Sentrum nord",
      caseType: "PS",
      access: "public",
      recommendation: "Planen vedtas.",
      route1: String(planning),
      route2: String(executive),
      route3: String(council),
    });
    expect(created.statusCode).toBe(303);
    const caseId = Number(/saker\/(\d+)/.exec(String(created.headers.location))?.[1]);
    // Approval by the chief executive is the case workflow's; the case is given its end status.
    await db.updateTable("case").set({ status: "ready" }).where("id", "=", caseId).execute();

    const first = await treat(
      planning,
      caseId,
      dayFromToday(-30),
      "Planen vedtas med rekkefølgekrav.",
    );
    expect(first.decisionPage).toContain("Kommunedirektørens innstilling");
    const second = await treat(
      executive,
      caseId,
      dayFromToday(-20),
      "Planen vedtas med rekkefølgekrav og park.",
    );
    expect(second.decisionPage).toContain("Planutvalgets innstilling");
    expect(second.decisionPage).toContain("Planen vedtas med rekkefølgekrav.");
    const third = await treat(
      council,
      caseId,
      dayFromToday(-10),
      "Planen vedtas med rekkefølgekrav og park.",
    );
    expect(third.decisionPage).toContain("Formannskapets innstilling");

    const row = await db
      .selectFrom("case")
      .select(["status", "decided_at"])
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("decided");
    const publicPage = await t.app.inject({ method: "GET", url: `/saker/${caseId}` });
    expect(publicPage.body.match(/<td>Vedtatt<\/td>/g)).toHaveLength(3);
    expect(publicPage.body).toContain('<ins><span class="ds-sr-only">lagt til: </span>');
  });

  it("refuses to hold a meeting before its notice or with no real end time, and changes nothing", async () => {
    const executive = (await buildBody(db, { name: "Formannskapet", slug: "formannskapet" })).id;
    const meetingId = await createMeeting(executive, dayFromToday(-3));
    const badTime = await staff.post(`/admin/moter/${meetingId}/holdt`, { end: "25:00" });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.body).toContain("Skriv sluttiden som tt:mm");
    const noNotice = await staff.post(`/admin/moter/${meetingId}/holdt`, { end: "12:00" });
    expect(noNotice.statusCode).toBe(400);
    expect(noNotice.body).toContain("Innkallingen er ikke sendt");
    const meeting = await db
      .selectFrom("meeting")
      .select(["status", "ends_at"])
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting).toEqual({ status: "planned", ends_at: null });
  });
});
