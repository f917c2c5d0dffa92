import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { type Agent, createTestApp, logIn, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
let admin: Agent;

beforeEach(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
  admin = await signIn(t.app, "administrator", "admin");
});
afterEach(async () => {
  await t.close();
});

/** The answer to a login through the form, to see where it sends the browser. */
let logins = 0;
async function loginResponse(username: string, password: string) {
  logins++;
  const form = await t.app.inject({ method: "GET", url: "/logg-inn" });
  const token = String(form.cookies.find((c) => c.name === "fs_login_csrf")?.value);
  return t.app.inject({
    method: "POST",
    url: "/logg-inn",
    remoteAddress: `10.3.${logins >> 8}.${logins & 255}`,
    headers: { cookie: `fs_login_csrf=${token}` },
    payload: { username, password, _csrf: token },
  });
}

const shownPassword = (html: string) =>
  /<dt>Engangspassord<\/dt><dd><code>([^<]+)<\/code>/.exec(html)?.[1] ?? "";

async function accountCount(): Promise<number> {
  const row = await db
    .selectFrom("app_user")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function account(username: string) {
  return db
    .selectFrom("app_user")
    .selectAll()
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
}

async function auditRows(entityId: number) {
  return db
    .selectFrom("audit_log")
    .select(["action", "actor_name", "details"])
    .where("entity_type", "=", "app_user")
    .where("entity_id", "=", String(entityId))
    .orderBy("id")
    .execute();
}

async function aPerson() {
  return db
    .selectFrom("person")
    .select(["id", "given_name", "family_name"])
    .orderBy("id")
    .executeTakeFirstOrThrow();
}

async function createAccount(form: Partial<Record<string, string>> = {}) {
  const response = await admin.post("/admin/brukere/ny", {
    username: "kari.nordmann",
    displayName: "Kari Nordmann",
    role: "secretariat",
    personId: "",
    ...form,
  });
  expect(response.statusCode).toBe(200);
  return { response, password: shownPassword(response.body) };
}

describe("account administration", () => {
  it("lists accounts with role in Norwegian, linked person and status", async () => {
    const person = await aPerson();
    await createAccount({ username: "ola", role: "member", personId: String(person.id) });
    const page = await admin.get("/admin/brukere");
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.body).toContain(">ola</a>");
    expect(page.body).toContain("folkevalgt");
    expect(page.body).toContain(`${person.given_name} ${person.family_name}`);
    expect(page.body).toContain("Aktiv");
    expect((await admin.get("/admin")).body).toContain('href="/admin/brukere"');
  });

  it("creates an account and shows its one-time password once, which works for login", async () => {
    const person = await aPerson();
    const { response, password } = await createAccount({
      username: "  Kari.Nordmann ",
      personId: String(person.id),
    });
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.headers.location).toBeUndefined();
    expect(password.length).toBeGreaterThanOrEqual(12);

    const created = await account("kari.nordmann");
    expect(created).toMatchObject({
      display_name: "Kari Nordmann",
      role: "secretariat",
      person_id: person.id,
      disabled: false,
    });
    expect(created.password_hash).not.toContain(password);

    const accountPage = await admin.get(`/admin/brukere/${created.id}`);
    expect(accountPage.body).not.toContain(password);
    expect(accountPage.body).toContain("Brukeren har et engangspassord");
    expect((await admin.get("/admin/brukere")).body).not.toContain(password);

    expect(created.must_change_password).toBe(true);
    const login = await loginResponse("kari.nordmann", password);
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe("/admin/passord?neste=%2Fadmin");

    const audit = await auditRows(created.id);
    expect(audit.map((row) => row.action)).toEqual(["user.create", "session.login"]);
    expect(audit[0]?.actor_name).toBe("Test administrator");
    expect(audit[0]?.details).toEqual({
      username: "kari.nordmann",
      displayName: "Kari Nordmann",
      role: "secretariat",
      personId: person.id,
      email: null,
      mayApproveCases: false,
    });
    const serialized = JSON.stringify(audit);
    expect(serialized).not.toContain(password);
    expect(serialized).not.toContain(created.password_hash);
  });

  it("keeps a case officer's e-mail address, where decision notices go", async () => {
    await createAccount({
      username: "sara",
      role: "case_officer",
      email: " sara@kommune.example ",
    });
    const created = await account("sara");
    expect(created.email).toBe("sara@kommune.example");
    const page = await admin.get(`/admin/brukere/${created.id}`);
    expect(page.body).toContain('value="sara@kommune.example"');
    await admin.post(`/admin/brukere/${created.id}`, {
      displayName: "Sara",
      role: "case_officer",
      email: "",
    });
    expect((await account("sara")).email).toBeNull();
  });

  it("edits name, role and person, and logs what changed", async () => {
    await createAccount();
    const { id } = await account("kari.nordmann");
    const person = await aPerson();
    const response = await admin.post(`/admin/brukere/${id}`, {
      displayName: "Kari N. Nordmann",
      role: "case_officer",
      personId: String(person.id),
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/admin/brukere/${id}`);
    expect(await account("kari.nordmann")).toMatchObject({
      display_name: "Kari N. Nordmann",
      role: "case_officer",
      person_id: person.id,
    });
    const audit = await auditRows(id);
    expect(audit.at(-1)).toMatchObject({
      action: "user.update",
      details: {
        displayName: { from: "Kari Nordmann", to: "Kari N. Nordmann" },
        role: { from: "secretariat", to: "case_officer" },
        personId: { from: null, to: person.id },
      },
    });
  });

  it("gives and takes the permission to approve presentations for the chief executive", async () => {
    await createAccount();
    const { id } = await account("kari.nordmann");
    expect((await account("kari.nordmann")).may_approve_cases).toBe(false);
    const page = await admin.get(`/admin/brukere/${id}`);
    expect(page.body).toContain("Kan godkjenne saksframlegg for kommunedirektøren");
    const form = { displayName: "Kari Nordmann", role: "case_officer", personId: "" };
    const given = await admin.post(`/admin/brukere/${id}`, { ...form, mayApproveCases: "on" });
    expect(given.statusCode).toBe(303);
    expect((await account("kari.nordmann")).may_approve_cases).toBe(true);
    expect((await admin.get(`/admin/brukere/${id}`)).body).toMatch(
      /name="mayApproveCases" value="on" checked/,
    );
    expect((await auditRows(id)).at(-1)).toMatchObject({
      details: { mayApproveCases: { from: false, to: true } },
    });
    await admin.post(`/admin/brukere/${id}`, form);
    expect((await account("kari.nordmann")).may_approve_cases).toBe(false);
  });

  it("refuses bad input with 400, Norwegian errors by the fields, and changes nothing", async () => {
    await createAccount({ username: "tatt" });
    const before = await accountCount();
    for (const form of [
      { username: "ab" },
      { username: "kari nordmann" },
      { username: "tatt" },
      { displayName: "" },
      { role: "superuser" },
      { personId: "999999" },
      { email: "ikke en adresse" },
    ] as Array<Record<string, string>>) {
      const response = await admin.post("/admin/brukere/ny", {
        username: "ny.bruker",
        displayName: "Ny Bruker",
        role: "member",
        personId: "",
        ...form,
      });
      expect(response.statusCode, JSON.stringify(form)).toBe(400);
      expect(response.body).toContain('class="ds-validation-message"');
      expect(response.body).not.toContain("Engangspassord");
    }
    const taken = await admin.post("/admin/brukere/ny", {
      username: "tatt",
      displayName: "Ny Bruker",
      role: "member",
    });
    expect(taken.body).toContain("Brukernavnet er allerede i bruk.");
    const bad = await admin.post("/admin/brukere/ny", { username: "x", role: "x" });
    expect(bad.body).toContain("Brukernavnet må ha 3–60 tegn");
    expect(bad.body).toContain("Skriv inn navnet som skal vises.");
    expect(bad.body).toContain("Velg en rolle.");
    const badEmail = await admin.post("/admin/brukere/ny", {
      username: "ny.bruker",
      displayName: "Ny Bruker",
      role: "case_officer",
      email: "kari@",
    });
    expect(badEmail.body).toContain("Skriv en gyldig e-postadresse");
    expect(await accountCount()).toBe(before);

    const { id } = await account("tatt");
    const edit = await admin.post(`/admin/brukere/${id}`, { displayName: "", role: "member" });
    expect(edit.statusCode).toBe(400);
    expect((await account("tatt")).display_name).toBe("Kari Nordmann");
  });

  it("deactivates an account, ends its sessions, refuses login, and reactivates it", async () => {
    const { password } = await createAccount();
    const session = await logIn(t.app, "kari.nordmann", password);
    expect(session).not.toBeNull();
    // The one page of the workspace open to her before she has chosen her own password.
    const asKari = () =>
      t.app.inject({ method: "GET", url: "/admin/passord", headers: { cookie: String(session) } });
    expect((await asKari()).statusCode).toBe(200);
    const { id } = await account("kari.nordmann");

    const off = await admin.post(`/admin/brukere/${id}/deaktiver`, {});
    expect(off.statusCode).toBe(303);
    expect((await account("kari.nordmann")).disabled).toBe(true);
    expect((await asKari()).statusCode).toBe(303);
    const sessions = await db
      .selectFrom("session")
      .select("user_id")
      .where("user_id", "=", id)
      .execute();
    expect(sessions).toEqual([]);
    expect(await logIn(t.app, "kari.nordmann", password)).toBeNull();
    expect((await admin.get("/admin/brukere")).body).toContain("Deaktivert");

    const on = await admin.post(`/admin/brukere/${id}/aktiver`, {});
    expect(on.statusCode).toBe(303);
    expect((await account("kari.nordmann")).disabled).toBe(false);
    expect(await logIn(t.app, "kari.nordmann", password)).not.toBeNull();
    const actions = (await auditRows(id)).map((row) => row.action);
    expect(actions).toContain("user.deactivate");
    expect(actions).toContain("user.reactivate");
  });

  it("resets a password: a new one shown once, the old one and its sessions gone", async () => {
    const { password: first } = await createAccount();
    const session = await logIn(t.app, "kari.nordmann", first);
    const { id } = await account("kari.nordmann");
    const reset = await admin.post(`/admin/brukere/${id}/nytt-passord`, {});
    expect(reset.statusCode).toBe(200);
    expect(reset.headers["cache-control"]).toBe("private, no-store");
    const second = shownPassword(reset.body);
    expect(second).not.toBe("");
    expect(second).not.toBe(first);
    const stale = await t.app.inject({
      method: "GET",
      url: "/admin/passord",
      headers: { cookie: String(session) },
    });
    expect(stale.statusCode).toBe(303);
    expect(stale.headers.location).toBe("/logg-inn?neste=%2Fadmin%2Fpassord");
    expect(await logIn(t.app, "kari.nordmann", first)).toBeNull();
    expect(await logIn(t.app, "kari.nordmann", second)).not.toBeNull();
    expect((await account("kari.nordmann")).must_change_password).toBe(true);
    const audit = await auditRows(id);
    expect(audit.map((row) => row.action)).toContain("user.reset_password");
    expect(JSON.stringify(audit)).not.toContain(second);
  });

  it("makes a user who chose their own password choose again after a reset", async () => {
    const { password } = await createAccount();
    const cookie = String(await logIn(t.app, "kari.nordmann", password));
    const page = await t.app.inject({ method: "GET", url: "/admin/passord", headers: { cookie } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const own = "kari sitt eget passord";
    const changed = await t.app.inject({
      method: "POST",
      url: "/admin/passord",
      headers: { cookie },
      payload: { _csrf: csrf, currentPassword: password, newPassword: own, repeatPassword: own },
    });
    expect(changed.statusCode).toBe(303);
    expect((await account("kari.nordmann")).must_change_password).toBe(false);
    expect((await loginResponse("kari.nordmann", own)).headers.location).toBe("/admin");

    const { id } = await account("kari.nordmann");
    const reset = await admin.post(`/admin/brukere/${id}/nytt-passord`, {});
    const fresh = shownPassword(reset.body);
    expect((await account("kari.nordmann")).must_change_password).toBe(true);
    expect(await logIn(t.app, "kari.nordmann", own)).toBeNull();
    expect((await loginResponse("kari.nordmann", fresh)).headers.location).toBe(
      "/admin/passord?neste=%2Fadmin",
    );
  });

  it("refuses to deactivate oneself or leave no active administrator", async () => {
    const me = await account("admin");
    const self = await admin.post(`/admin/brukere/${me.id}/deaktiver`, {});
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain("Du kan ikke deaktivere din egen konto.");

    const demote = await admin.post(`/admin/brukere/${me.id}`, {
      displayName: "Admin",
      role: "secretariat",
    });
    expect(demote.statusCode).toBe(400);
    expect(demote.body).toContain("Det må finnes minst én aktiv administrator.");
    expect(await account("admin")).toMatchObject({ role: "administrator", disabled: false });

    await createAccount({ username: "admin2", role: "administrator" });
    const other = await signIn(t.app, "administrator", "admin3");
    const { id: secondId } = await account("admin2");
    expect((await admin.post(`/admin/brukere/${secondId}/deaktiver`, {})).statusCode).toBe(303);
    expect((await other.post(`/admin/brukere/${me.id}/deaktiver`, {})).statusCode).toBe(303);
    // admin3 is now the only active administrator; admin is deactivated and signed out.
    const { id: thirdId } = await account("admin3");
    const last = await other.post(`/admin/brukere/${thirdId}`, {
      displayName: "Test administrator",
      role: "member",
    });
    expect(last.statusCode).toBe(400);
    expect(last.body).toContain("Det må finnes minst én aktiv administrator.");
    expect((await account("admin3")).role).toBe("administrator");
  });

  it("answers 404 to the secretariat and other roles, and changes nothing", async () => {
    await createAccount();
    const { id } = await account("kari.nordmann");
    const before = await accountCount();
    for (const role of ["secretariat", "case_officer", "member"] as const) {
      const agent = await signIn(t.app, role);
      for (const url of ["/admin/brukere", "/admin/brukere/ny", `/admin/brukere/${id}`])
        expect((await agent.get(url)).statusCode, `${role} ${url}`).toBe(404);
      const create = await agent.post("/admin/brukere/ny", {
        username: `fra.${role.replace("_", "-")}`,
        displayName: "Inntrenger",
        role: "administrator",
      });
      expect(create.statusCode).toBe(404);
      const edit = await agent.post(`/admin/brukere/${id}`, {
        displayName: "Endret",
        role: "administrator",
      });
      expect(edit.statusCode).toBe(404);
      for (const action of ["deaktiver", "nytt-passord"])
        expect((await agent.post(`/admin/brukere/${id}/${action}`, {})).statusCode).toBe(404);
      expect((await agent.get("/admin")).body).not.toContain('href="/admin/brukere"');
    }
    expect(await accountCount()).toBe(before + 3);
    expect(await account("kari.nordmann")).toMatchObject({
      display_name: "Kari Nordmann",
      role: "secretariat",
      disabled: false,
    });
    const actions = (await auditRows(id)).map((row) => row.action);
    expect(actions).toEqual(["user.create"]);
  });

  it("refuses a change without the CSRF token with 403", async () => {
    await createAccount();
    const { id, password_hash } = await account("kari.nordmann");
    const before = await accountCount();
    const forged = await t.app.inject({
      method: "POST",
      url: "/admin/brukere/ny",
      headers: { cookie: admin.cookie },
      payload: { username: "uten.token", displayName: "Uten", role: "member" },
    });
    expect(forged.statusCode).toBe(403);
    for (const action of ["deaktiver", "nytt-passord"]) {
      const response = await t.app.inject({
        method: "POST",
        url: `/admin/brukere/${id}/${action}`,
        headers: { cookie: admin.cookie },
        payload: {},
      });
      expect(response.statusCode).toBe(403);
    }
    expect(await accountCount()).toBe(before);
    expect(await account("kari.nordmann")).toMatchObject({ disabled: false, password_hash });
  });
});
