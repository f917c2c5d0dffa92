import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { bodyIdBySlug } from "./helpers/records.ts";

let t: TestApp;
let db: Database;
let staff: Agent;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  for (const [name, kind] of [
    ["Planutvalget", "planning_committee"],
    ["Formannskapet", "executive_committee"],
    ["Kommunestyret", "council"],
  ] as const)
    await buildBody(db, { name, slug: name.toLowerCase(), kind });
});
afterEach(async () => {
  await t.close();
});

const bodyId = (slug: string): Promise<number> => bodyIdBySlug(db, slug);

async function caseCount(): Promise<number> {
  const row = await db
    .selectFrom("case")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function findByNumber(archiveCaseNumber: string) {
  return db
    .selectFrom("case")
    .selectAll()
    .where("archive_case_number", "=", archiveCaseNumber)
    .executeTakeFirst();
}

async function route(caseId: number): Promise<number[]> {
  const steps = await db
    .selectFrom("case_route_step")
    .select("body_id")
    .where("case_id", "=", caseId)
    .orderBy("position")
    .execute();
  return steps.map((step) => step.body_id);
}

async function validForm(): Promise<Record<string, string>> {
  return {
    archiveCaseNumber: "2026/4711",
    title: "Reguleringsplan for Sentrum nord",
    caseType: "PS",
    caseOfficer: "Kari Nordmann",
    responsibleUnit: "Plan og bygg",
    summary: "Planen legger til rette for boliger.",
    recommendation: "Planen vedtas.",
    access: "public",
    publicTitle: "",
    exemptionBasis: "",
    route1: String(await bodyId("planutvalget")),
    route2: String(await bodyId("formannskapet")),
    route3: String(await bodyId("kommunestyret")),
  };
}

describe("case register", () => {
  it("lists cases and finds them by archive number or title", async () => {
    await staff.post("/admin/saker", await validForm());
    const list = await staff.get("/admin/saker");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Reguleringsplan for Sentrum nord");
    const byNumber = await staff.get("/admin/saker?sok=2026%2F4711");
    expect(byNumber.body).toContain("Reguleringsplan for Sentrum nord");
    const byTitle = await staff.get("/admin/saker?sok=sentrum%20nord");
    expect(byTitle.body).toContain("2026/4711");
    const none = await staff.get("/admin/saker?sok=finnes-ikke-%25");
    expect(none.body).not.toContain("Reguleringsplan for Sentrum nord");
  });

  it("creates a case with its route and audits it", async () => {
    const form = await staff.get("/admin/saker/ny");
    expect(form.statusCode).toBe(200);
    const response = await staff.post("/admin/saker", await validForm());
    expect(response.statusCode).toBe(303);
    const created = await findByNumber("2026/4711");
    expect(created).toMatchObject({
      title: "Reguleringsplan for Sentrum nord",
      case_type: "PS",
      case_officer: "Kari Nordmann",
      responsible_unit: "Plan og bygg",
      access: "public",
      public_title: null,
      exemption_basis: null,
    });
    if (!created) throw new Error("case missing");
    expect(response.headers.location).toBe(`/admin/saker/${created.id}`);
    expect(await route(created.id)).toEqual([
      await bodyId("planutvalget"),
      await bodyId("formannskapet"),
      await bodyId("kommunestyret"),
    ]);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "actor_name"])
      .where("entity_type", "=", "case")
      .where("entity_id", "=", String(created.id))
      .execute();
    expect(audit).toEqual([{ action: "case.create", actor_name: "Test secretariat" }]);
    const saved = await staff.follow(response);
    expect(saved.body).toContain("Saken er lagret.");
  });

  it.each([
    ["a malformed archive number", { archiveCaseNumber: "4711" }, "archiveCaseNumber"],
    ["an empty title", { title: "  " }, "title"],
    ["an unknown case type", { caseType: "XX" }, "caseType"],
    ["no route", { route1: "", route2: "", route3: "" }, "route1"],
    ["a body twice on the route", { route3: "" }, "route2"],
    ["an unknown body", { route1: "999999" }, "route1"],
  ])("refuses %s with 400 and creates nothing", async (_case, change, field) => {
    const form = await validForm();
    const changes: Record<string, string> = { ...change };
    // "A body twice" repeats the first step's body in the second.
    if (field === "route2") changes.route2 = form.route1 ?? "";
    const before = await caseCount();
    const response = await staff.post("/admin/saker", { ...form, ...changes });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`id="${field}-feil"`);
    expect(response.body).toContain("ds-error-summary");
    expect(await caseCount()).toBe(before);
  });

  it("refuses an archive number that is already registered", async () => {
    await staff.post("/admin/saker", await validForm());
    const before = await caseCount();
    const again = await staff.post("/admin/saker", { ...(await validForm()), title: "Kopi" });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Arkivsaksnummeret er allerede registrert.");
    expect(await caseCount()).toBe(before);
  });

  it("requires a public title and a legal basis for an exempt case", async () => {
    const before = await caseCount();
    const response = await staff.post("/admin/saker", {
      ...(await validForm()),
      access: "exempt",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Skriv en offentlig tittel");
    expect(response.body).toContain("Oppgi hjemmelen");
    expect(await caseCount()).toBe(before);

    const exempt = await staff.post("/admin/saker", {
      ...(await validForm()),
      access: "exempt",
      publicTitle: "Sak om kjøp av eiendom",
      exemptionBasis: "Offl. § 23 første ledd",
    });
    expect(exempt.statusCode).toBe(303);
    expect(await findByNumber("2026/4711")).toMatchObject({
      access: "exempt",
      public_title: "Sak om kjøp av eiendom",
      exemption_basis: "Offl. § 23 første ledd",
    });
  });

  it("edits a case, and refuses an edit that breaks the rules without changing it", async () => {
    await staff.post("/admin/saker", await validForm());
    const created = await findByNumber("2026/4711");
    if (!created) throw new Error("case missing");
    const page = await staff.get(`/admin/saker/${created.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Reguleringsplan for Sentrum nord"');

    const formannskapet = String(await bodyId("formannskapet"));
    const edited = await staff.post(`/admin/saker/${created.id}`, {
      ...(await validForm()),
      title: "Reguleringsplan for Sentrum nord, andre gangs behandling",
      route1: formannskapet,
      route2: "",
      route3: "",
    });
    expect(edited.statusCode).toBe(303);
    const after = await findByNumber("2026/4711");
    expect(after?.title).toBe("Reguleringsplan for Sentrum nord, andre gangs behandling");
    expect(await route(created.id)).toEqual([Number(formannskapet)]);

    const refused = await staff.post(`/admin/saker/${created.id}`, {
      ...(await validForm()),
      title: "Skal ikke lagres",
      access: "exempt",
      publicTitle: "Offentlig tittel",
      exemptionBasis: "",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="exemptionBasis-feil"');
    expect((await findByNumber("2026/4711"))?.title).toBe(
      "Reguleringsplan for Sentrum nord, andre gangs behandling",
    );

    await staff.post("/admin/saker", { ...(await validForm()), archiveCaseNumber: "2026/4712" });
    const clash = await staff.post(`/admin/saker/${created.id}`, {
      ...(await validForm()),
      archiveCaseNumber: "2026/4712",
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.body).toContain("Arkivsaksnummeret er allerede registrert.");

    const actions = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_type", "=", "case")
      .where("entity_id", "=", String(created.id))
      .orderBy("id")
      .execute();
    expect(actions.map((row) => row.action)).toEqual(["case.create", "case.update"]);
  });

  it("lets a case officer register cases", async () => {
    const officer = await signIn(t.app, "case_officer");
    const form = await officer.get("/admin/saker/ny");
    expect(form.body).toContain('value="Test case_officer"');
    const response = await officer.post("/admin/saker", await validForm());
    expect(response.statusCode).toBe(303);
    expect(await findByNumber("2026/4711")).toBeDefined();
  });

  it("answers a member 404 and changes nothing", async () => {
    await staff.post("/admin/saker", await validForm());
    const created = await findByNumber("2026/4711");
    if (!created) throw new Error("case missing");
    const member = await signIn(t.app, "member");
    const before = await caseCount();
    const responses = await Promise.all([
      member.get("/admin/saker"),
      member.get("/admin/saker/ny"),
      member.get(`/admin/saker/${created.id}`),
      member.post("/admin/saker", { ...(await validForm()), archiveCaseNumber: "2026/4713" }),
      member.post(`/admin/saker/${created.id}`, { ...(await validForm()), title: "Endret" }),
      member.post(`/admin/saker/${created.id}`, { title: "" }),
    ]);
    for (const response of responses) expect(response.statusCode).toBe(404);
    expect(await caseCount()).toBe(before);
    expect((await findByNumber("2026/4711"))?.title).toBe("Reguleringsplan for Sentrum nord");
  });

  it("answers 404 for a case that does not exist", async () => {
    expect((await staff.get("/admin/saker/999999")).statusCode).toBe(404);
    expect((await staff.post("/admin/saker/999999", await validForm())).statusCode).toBe(404);
    expect((await staff.get("/admin/saker/x1")).statusCode).toBe(404);
  });

  it("sends anonymous visitors to log in and refuses a form without its CSRF token", async () => {
    const anonymous = await t.app.inject({ method: "GET", url: "/admin/saker" });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/logg-inn?neste=%2Fadmin%2Fsaker");
    const before = await caseCount();
    const forged = await t.app.inject({
      method: "POST",
      url: "/admin/saker",
      headers: { cookie: staff.cookie },
      payload: await validForm(),
    });
    expect(forged.statusCode).toBe(403);
    expect(await caseCount()).toBe(before);
  });
});
