import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { caseSubject, listCases } from "../src/features/cases/queries.ts";
import { can } from "../src/policies/policy.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { bodyIdBySlug } from "./helpers/records.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let officer: Agent;
let colleague: Agent;

beforeEach(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  officer = await signIn(t.app, "case_officer", "officer");
  colleague = await signIn(t.app, "case_officer", "colleague");
});
afterEach(async () => {
  await t.close();
});

const bodyId = (slug: string): Promise<number> => bodyIdBySlug(db, slug);

async function userId(username: string): Promise<number> {
  const row = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return row.id;
}

let archiveSequence = 7000;

async function caseForm(
  change: Record<string, string> = {},
): Promise<Record<string, string> & { archiveCaseNumber: string }> {
  archiveSequence += 1;
  return {
    archiveCaseNumber: `2026/${archiveSequence}`,
    title: "Reguleringsplan for Sentrum nord",
    caseType: "PS",
    caseOfficer: "",
    responsibleUnit: "Plan og bygg",
    summary: "Planen legger til rette for boliger.",
    recommendation: "Planen vedtas.",
    access: "public",
    publicTitle: "",
    exemptionBasis: "",
    route1: String(await bodyId("formannskapet")),
    ...change,
  };
}

const personnelCase = {
  title: "Oppsigelse av navngitt ansatt i teknisk drift",
  access: "exempt",
  publicTitle: "Personalsak",
  exemptionBasis: "Offl. § 13 jf. fvl. § 13",
  summary: "Opplysninger om den ansattes helse.",
};

/** Registers a case through the form as the agent; the id of the new case. */
async function register(agent: Agent, form: Record<string, string>): Promise<number> {
  const response = await agent.post("/admin/saker", form);
  expect(response.statusCode).toBe(303);
  const row = await db
    .selectFrom("case")
    .select("id")
    .where("archive_case_number", "=", String(form.archiveCaseNumber))
    .executeTakeFirstOrThrow();
  return row.id;
}

async function caseRow(caseId: number) {
  return db.selectFrom("case").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
}

async function auditCount(): Promise<number> {
  const row = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the case decided by a held meeting of its first body, as the minutes will. */
async function decide(caseId: number): Promise<void> {
  const meeting = await db
    .insertInto("meeting")
    .values({
      body_id: await bodyId("formannskapet"),
      starts_at: new Date("2026-10-15T16:00:00Z"),
      status: "held",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const step = await db
    .selectFrom("case_route_step")
    .select("id")
    .where("case_id", "=", caseId)
    .where("position", "=", 1)
    .executeTakeFirstOrThrow();
  await db
    .insertInto("agenda_item")
    .values({
      meeting_id: meeting.id,
      case_id: caseId,
      route_step_id: step.id,
      position: 1,
      case_type: "PS",
      decision: "Planen vedtas.",
      decided_at: new Date("2026-10-15T18:00:00Z"),
    })
    .execute();
}

describe("the case officer's own cases", () => {
  it("makes the case officer who registers a case its owner", async () => {
    const caseId = await register(officer, await caseForm({ ...personnelCase, owner: "1" }));
    expect((await caseRow(caseId)).owner_user_id).toBe(await userId("officer"));
    const own = await officer.get(`/admin/saker/${caseId}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain("Opplysninger om den ansattes helse.");
    expect(own.body).not.toContain('name="owner"');
  });

  it("answers 404 to another officer's exempt case, on every route, and changes nothing", async () => {
    const caseId = await register(officer, await caseForm(personnelCase));
    const before = { row: await caseRow(caseId), audits: await auditCount() };

    const page = await colleague.get(`/admin/saker/${caseId}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain("navngitt ansatt");
    const posts = await Promise.all([
      colleague.post(`/admin/saker/${caseId}`, await caseForm({ title: "Overtatt" })),
      colleague.post(`/admin/saker/${caseId}`, { title: "" }),
    ]);
    for (const response of posts) expect(response.statusCode).toBe(404);
    expect(await caseRow(caseId)).toEqual(before.row);
    expect(await auditCount()).toBe(before.audits);

    const list = await colleague.get("/admin/saker?sok=navngitt");
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain("navngitt ansatt");
    expect(list.body).not.toContain(`/admin/saker/${caseId}"`);
    const mine = await officer.get("/admin/saker?sok=navngitt");
    expect(mine.body).toContain(`/admin/saker/${caseId}"`);
  });

  it("shows another officer's public case read-only and refuses a change with 404", async () => {
    const caseId = await register(officer, await caseForm());
    const before = await caseRow(caseId);
    const page = await colleague.get(`/admin/saker/${caseId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Reguleringsplan for Sentrum nord");
    expect(page.body).toContain("<fieldset disabled");
    expect(page.body).not.toContain("Lagre endringer");
    const change = await colleague.post(`/admin/saker/${caseId}`, await caseForm({ title: "Nei" }));
    expect(change.statusCode).toBe(404);
    expect(await caseRow(caseId)).toEqual(before);
  });

  it("lists exactly the cases the policy lets the officer open", async () => {
    await register(officer, await caseForm(personnelCase));
    await register(colleague, await caseForm(personnelCase));
    await register(colleague, await caseForm());
    const user = {
      id: await userId("officer"),
      role: "case_officer" as const,
      seats: { bodies: [], chairs: [] },
      mayApproveCases: false,
    };
    const listed = await listCases(db, { search: "", user });
    const all = await db
      .selectFrom("case")
      .select(["id", "owner_user_id", "access", "status"])
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
    const expected = all
      .filter((row) =>
        can(user, "view", "case", caseSubject({ ...row, shared_with: [], decided: false })),
      )
      .slice(0, listed.length);
    expect(listed.length).toBeGreaterThan(2);
    expect(listed.map((entry) => entry.id)).toEqual(expected.map((row) => row.id));
    expect(all.length).toBeGreaterThan(listed.length);
  });

  it("lets the secretariat give a case to an officer, who may then change it", async () => {
    const caseId = await register(staff, await caseForm(personnelCase));
    expect((await caseRow(caseId)).owner_user_id).toBeNull();
    expect((await officer.get(`/admin/saker/${caseId}`)).statusCode).toBe(404);

    const form = await staff.get(`/admin/saker/${caseId}`);
    expect(form.body).toContain('name="owner"');
    expect(form.body).toContain("Test case_officer");
    const officerId = await userId("officer");
    const archiveCaseNumber = (await caseRow(caseId)).archive_case_number;
    const given = await staff.post(`/admin/saker/${caseId}`, {
      ...(await caseForm(personnelCase)),
      archiveCaseNumber,
      owner: String(officerId),
    });
    expect(given.statusCode).toBe(303);
    expect((await caseRow(caseId)).owner_user_id).toBe(officerId);

    const edited = await officer.post(`/admin/saker/${caseId}`, {
      ...(await caseForm(personnelCase)),
      archiveCaseNumber,
      title: "Oppsigelse, ny vurdering",
      owner: String(await userId("colleague")),
    });
    expect(edited.statusCode).toBe(303);
    const after = await caseRow(caseId);
    expect(after.title).toBe("Oppsigelse, ny vurdering");
    expect(after.owner_user_id).toBe(officerId);
  });

  it("refuses an owner who is not an active case officer, and changes nothing", async () => {
    const caseId = await register(staff, await caseForm());
    const before = await caseRow(caseId);
    const secretary = await userId("secretariat");
    const response = await staff.post(`/admin/saker/${caseId}`, {
      ...(await caseForm()),
      archiveCaseNumber: before.archive_case_number,
      title: "Skal ikke lagres",
      owner: String(secretary),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Velg en saksbehandler fra listen.");
    expect(await caseRow(caseId)).toEqual(before);
  });
});

describe("a decided case", () => {
  it("refuses a new recommendation once a body has decided, and keeps the rest editable", async () => {
    const caseId = await register(officer, await caseForm());
    await decide(caseId);
    const before = await caseRow(caseId);
    const audits = await auditCount();

    const page = await officer.get(`/admin/saker/${caseId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<textarea[^>]*name="recommendation"[^>]*readonly/);
    expect(page.body).toContain("Saken er behandlet i et utvalg");

    const changed = await officer.post(`/admin/saker/${caseId}`, {
      ...(await caseForm()),
      archiveCaseNumber: before.archive_case_number,
      recommendation: "Planen vedtas med endringer.",
    });
    expect(changed.statusCode).toBe(400);
    expect(changed.body).toContain(
      "Innstillingen kan ikke endres etter at et utvalg har behandlet saken.",
    );
    // The officer's draft is theirs alone to edit; the secretariat does not write it.
    const bySecretariat = await staff.post(`/admin/saker/${caseId}`, {
      ...(await caseForm()),
      archiveCaseNumber: before.archive_case_number,
      recommendation: "Planen vedtas med endringer.",
    });
    expect(bySecretariat.statusCode).toBe(404);
    expect(await caseRow(caseId)).toEqual(before);
    expect(await auditCount()).toBe(audits);

    // The browser sends the unchanged text back with its own line breaks.
    const renamed = await officer.post(`/admin/saker/${caseId}`, {
      ...(await caseForm()),
      archiveCaseNumber: before.archive_case_number,
      title: "Reguleringsplan for Sentrum nord, vedtatt",
      recommendation: "Planen vedtas.\r\n",
    });
    expect(renamed.statusCode).toBe(303);
    const after = await caseRow(caseId);
    expect(after.title).toBe("Reguleringsplan for Sentrum nord, vedtatt");
    expect(after.recommendation).toBe("Planen vedtas.");
  });
});
