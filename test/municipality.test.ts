import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { presentationPageLimit } from "../src/features/municipality/municipality-queries.ts";
import { createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp("demo");
});
afterAll(async () => {
  await t.close();
});

const municipality = () =>
  t.app.db
    .selectFrom("municipality")
    .select(["name", "short_name", "organisation_number"])
    .executeTakeFirstOrThrow();

describe("the municipality's settings", () => {
  it("lets the administrator rename the municipality, which every page then shows", async () => {
    const admin = await signIn(t.app, "administrator", "admin");
    const saved = await admin.post("/admin/kommunen", {
      name: "Nyby kommune",
      shortName: "Nyby",
      organisationNumber: "964 123 456",
    });
    expect(saved.statusCode).toBe(303);
    expect(await municipality()).toEqual({
      name: "Nyby kommune",
      short_name: "Nyby",
      organisation_number: "964123456",
    });
    const front = await t.app.inject({ method: "GET", url: "/" });
    expect(front.body).toContain("Nyby kommune");
    const audit = await t.app.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "municipality.update")
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ name: { to: "Nyby kommune" } });
  });

  it("rejects an empty name and a malformed organisation number, and changes nothing", async () => {
    const admin = await signIn(t.app, "administrator", "admin2");
    const before = await municipality();
    const response = await admin.post("/admin/kommunen", {
      name: "",
      shortName: "Nyby",
      organisationNumber: "12345",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Skriv inn kommunens navn.");
    expect(response.body).toContain("Organisasjonsnummeret har ni siffer.");
    expect(await municipality()).toEqual(before);
  });

  it("keeps the page limit for case presentations, two pages unless set", async () => {
    const admin = await signIn(t.app, "administrator", "admin3");
    const form = { name: "Nyby kommune", shortName: "Nyby", organisationNumber: "" };
    expect(await presentationPageLimit(t.app.db)).toBe(2);
    const saved = await admin.post("/admin/kommunen", { ...form, presentationPageLimit: "3" });
    expect(saved.statusCode).toBe(303);
    expect(await presentationPageLimit(t.app.db)).toBe(3);
    expect((await admin.get("/admin/kommunen")).body).toMatch(
      /name="presentationPageLimit"[^>]*value="3"/,
    );
    for (const bad of ["0", "51", "to"]) {
      const refused = await admin.post("/admin/kommunen", { ...form, presentationPageLimit: bad });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain("Skriv sidegrensen som et helt tall fra 1 til 50.");
    }
    expect(await presentationPageLimit(t.app.db)).toBe(3);
    await admin.post("/admin/kommunen", { ...form, presentationPageLimit: "" });
    expect(await presentationPageLimit(t.app.db)).toBe(2);
  });

  it("answers 404 to the secretariat", async () => {
    const secretariat = await signIn(t.app, "secretariat");
    const before = await municipality();
    expect((await secretariat.get("/admin/kommunen")).statusCode).toBe(404);
    const response = await secretariat.post("/admin/kommunen", { name: "X", shortName: "X" });
    expect(response.statusCode).toBe(404);
    expect(await municipality()).toEqual(before);
  });
});
