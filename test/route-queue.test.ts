import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting, buildMeeting, eveningIn } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let executive: number;
let council: number;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  executive = (await buildBody(db, { name: "Formannskapet", slug: "formannskapet" })).id;
  council = (await buildBody(db, { name: "Kommunestyret", slug: "kommunestyret" })).id;
});
afterEach(async () => {
  await t.close();
});

/**
 * A case the chief executive has approved, ready for the secretariat. Submitting and approving
 * are the case workflow's use cases; here the case is only given the status they end in.
 */
async function readyCase(route: number[], title?: string): Promise<number> {
  const built = await buildCase(db, { route, ...(title ? { title } : {}) });
  await db.updateTable("case").set({ status: "ready" }).where("id", "=", built.id).execute();
  return built.id;
}

const queue = (bodyId: number) => staff.get(`/admin/utvalg/${bodyId}/saker-klare`);

async function stepOf(caseId: number, position: number): Promise<number> {
  const row = await db
    .selectFrom("case_route_step")
    .select("id")
    .where("case_id", "=", caseId)
    .where("position", "=", position)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function snapshot() {
  const [items, steps, audits] = await Promise.all([
    db.selectFrom("agenda_item").selectAll().orderBy("id").execute(),
    db.selectFrom("case_route_step").selectAll().orderBy("id").execute(),
    db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, steps, audits: Number(audits.n) };
}

describe("the body's queue of ready cases", () => {
  it("lists ready cases that stand at the body's step, not drafts or cases waiting for another body", async () => {
    await readyCase([executive, council], "Klar sak");
    await buildCase(db, { route: [executive], title: "Utkast" });
    await readyCase([council, executive], "Venter på kommunestyret");

    const page = await queue(executive);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Klar sak");
    expect(page.body).toContain("Kommunedirektørens innstilling");
    expect(page.body).not.toContain("Utkast");
    expect(page.body).not.toContain("Venter på kommunestyret");
    expect((await queue(council)).body).not.toContain("Klar sak");
    expect((await queue(council)).body).toContain("Venter på kommunestyret");
  });

  it("plans a case for a meeting and puts it on that meeting's agenda with one button", async () => {
    const caseId = await readyCase([executive, council], "Klar sak");
    const meeting = await buildMeeting(db, { bodyId: executive, startsAt: eveningIn(20) });
    const stepId = await stepOf(caseId, 1);

    const planned = await staff.post(`/admin/utvalg/${executive}/saker-klare/${stepId}/planlegg`, {
      meetingId: String(meeting.id),
    });
    expect(planned.statusCode).toBe(303);
    expect((await queue(executive)).body).toMatch(
      new RegExp(`<option value="${meeting.id}" selected`),
    );

    const placed = await staff.post(
      `/admin/utvalg/${executive}/saker-klare/${stepId}/sett-opp`,
      {},
    );
    expect(placed.statusCode).toBe(303);
    const items = await db
      .selectFrom("agenda_item")
      .select(["meeting_id", "route_step_id"])
      .where("case_id", "=", caseId)
      .execute();
    expect(items).toEqual([{ meeting_id: meeting.id, route_step_id: stepId }]);
    expect((await queue(executive)).body).not.toContain("Klar sak");
  });

  it("refuses a meeting of another body or no plan at all, and changes nothing", async () => {
    const caseId = await readyCase([executive]);
    const otherMeeting = await buildMeeting(db, { bodyId: council });
    const stepId = await stepOf(caseId, 1);
    const before = await snapshot();

    const wrong = await staff.post(`/admin/utvalg/${executive}/saker-klare/${stepId}/planlegg`, {
      meetingId: String(otherMeeting.id),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Velg et av utvalgets kommende møter.");
    const unplanned = await staff.post(
      `/admin/utvalg/${executive}/saker-klare/${stepId}/sett-opp`,
      {},
    );
    expect(unplanned.statusCode).toBe(400);
    expect(unplanned.body).toContain("Velg møtet saken er planlagt til først.");
    const elsewhere = await staff.post(
      `/admin/utvalg/${council}/saker-klare/${stepId}/sett-opp`,
      {},
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("is closed to case officers and members", async () => {
    const officer = await signIn(t.app, "case_officer");
    const member = await signIn(t.app, "member");
    for (const agent of [officer, member]) {
      expect((await agent.get(`/admin/utvalg/${executive}/saker-klare`)).statusCode).toBe(404);
      expect((await agent.get("/admin/saker-klare")).statusCode).toBe(404);
    }
  });

  it("takes the case into the next body's queue with the decision as its recommendation", async () => {
    const caseId = await readyCase([executive, council], "Klar sak");
    await buildHeldMeeting(db, {
      bodyId: executive,
      startsAt: eveningIn(-10),
      caseIds: [caseId],
      decisions: ["Formannskapet tilrår planen."],
    });
    expect((await queue(executive)).body).not.toContain("Klar sak");
    const next = await queue(council);
    expect(next.body).toContain("Klar sak");
    expect(next.body).toContain("Formannskapets innstilling");
    const overview = await staff.get("/admin/saker-klare");
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain(`/admin/utvalg/${council}/saker-klare`);
  });
});
