import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../src/auth/passwords.ts";
import { bootstrap } from "../src/bootstrap.ts";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { loadConfig } from "../src/config.ts";
import { buildApp } from "../src/server.ts";
import { createUser } from "./helpers/accounts.ts";
import { createTestApp, logIn, signIn, TEST_PASSWORD, type TestApp } from "./helpers/app.ts";
import { registeredRoutes, routeUrl } from "./helpers/routes.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp("empty");
});
afterAll(async () => {
  await t.close();
});

/** What a login leaves behind: a session row and an audit row. */
async function footprint() {
  const count = async (table: "session" | "audit_log") =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { audit: await count("audit_log"), sessions: await count("session") };
}

/** Each from an address of its own, so the login's rate limit does not answer instead. */
let posts = 0;
async function postLogin(payload: Record<string, string>, headers: Record<string, string> = {}) {
  const { token } = await loginForm();
  posts++;
  return t.app.inject({
    method: "POST",
    url: "/logg-inn",
    remoteAddress: `10.1.${posts >> 8}.${posts & 255}`,
    headers: { cookie: `fs_login_csrf=${token}`, ...headers },
    payload: { _csrf: token, ...payload },
  });
}

async function loginForm() {
  const page = await t.app.inject({ method: "GET", url: "/logg-inn" });
  const token = String(page.cookies.find((c) => c.name === "fs_login_csrf")?.value);
  return { page, token };
}

describe("login", () => {
  it("sends anonymous visitors of the workspace to the login page and back after", async () => {
    const response = await t.app.inject({ method: "GET", url: "/admin" });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/logg-inn?neste=%2Fadmin");
  });

  it("rejects a wrong password with a Norwegian message and no session", async () => {
    await createUser(t.app.db, {
      username: "kari",
      displayName: "Kari",
      role: "secretariat",
      password: TEST_PASSWORD,
      mustChangePassword: false,
    });
    const { token } = await loginForm();
    const response = await t.app.inject({
      method: "POST",
      url: "/logg-inn",
      headers: { cookie: `fs_login_csrf=${token}` },
      payload: { username: "kari", password: "feil-passord", _csrf: token },
    });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain("Feil brukernavn eller passord.");
    expect(response.cookies.find((c) => c.name === "fs_session")).toBeUndefined();
  });

  it("shows field errors when the form is empty", async () => {
    const { token } = await loginForm();
    const response = await t.app.inject({
      method: "POST",
      url: "/logg-inn",
      headers: { cookie: `fs_login_csrf=${token}` },
      payload: { username: "", password: "", _csrf: token },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Skriv inn brukernavnet.");
    expect(response.body).toContain("Skriv inn passordet.");
    expect(response.body).toContain('aria-invalid="true"');
  });

  it("refuses a login post without the form's token", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/logg-inn",
      payload: { username: "kari", password: TEST_PASSWORD, _csrf: "forged" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.cookies.find((c) => c.name === "fs_session")).toBeUndefined();
  });

  it("never redirects to another site after login, and writes nothing when it cannot", async () => {
    const before = await footprint();
    for (const neste of [
      "//evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example/",
      "/admin\r\nSet-Cookie: fs_session=x",
      "/admin\nx",
      "admin",
    ]) {
      const response = await postLogin({ username: "kari", password: TEST_PASSWORD, neste });
      expect(response.statusCode, JSON.stringify(neste)).toBe(400);
      expect(response.headers.location).toBeUndefined();
      expect(response.body).toContain("Lenken du kom fra, peker ikke til en side her.");
      expect(response.body).toContain('name="neste" value="/admin"');
      expect(response.cookies.find((c) => c.name === "fs_session")).toBeUndefined();
    }
    expect(await footprint()).toEqual(before);
  });

  it("drops a link's neste that leads off the site, parsed as a browser reads it", async () => {
    const agent = await signIn(t.app, "secretariat", "lenke");
    const hostile = ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "/%0D%0A/x"];
    for (const neste of hostile) {
      const signedIn = await agent.get(`/logg-inn?neste=${neste}`);
      expect(signedIn.statusCode, neste).toBe(303);
      expect(signedIn.headers.location, neste).toBe("/admin");
      const anonymous = await t.app.inject({ method: "GET", url: `/logg-inn?neste=${neste}` });
      expect(anonymous.statusCode, neste).toBe(200);
      expect(anonymous.body, neste).toContain('name="neste" value="/admin"');
    }
    const kept = await agent.get(`/logg-inn?neste=${encodeURIComponent("/admin/saker?sok=møte")}`);
    expect(kept.headers.location).toBe("/admin/saker?sok=m%C3%B8te");
  });

  it("sends the browser on to a path with characters above U+00FF, percent-encoded", async () => {
    const before = await footprint();
    const response = await postLogin({
      username: "kari",
      password: TEST_PASSWORD,
      neste: "/admin/saker?sok=\u0100\u4e2d",
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/admin/saker?sok=%C4%80%E4%B8%AD");
    expect(await footprint()).toEqual({
      audit: before.audit + 1,
      sessions: before.sessions + 1,
    });
  });

  it("refuses a NUL byte in the user name or neste before it reaches the database", async () => {
    const before = await footprint();
    for (const payload of [
      { username: "kari\u0000", neste: "/admin" },
      { username: "kari", neste: "/admin\u0000" },
    ]) {
      const response = await postLogin({ ...payload, password: TEST_PASSWORD });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("ugyldig tegn");
      expect(response.cookies.find((c) => c.name === "fs_session")).toBeUndefined();
    }
    expect(await footprint()).toEqual(before);
  });

  it("refuses a login post from an Origin that is no address, with nothing written", async () => {
    const before = await footprint();
    const response = await postLogin(
      { username: "kari", password: TEST_PASSWORD },
      { origin: "garbage" },
    );
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain("Skjemaet kom fra et annet nettsted.");
    expect(await footprint()).toEqual(before);
  });

  it("signs in, writes an audit row, and signs out again", async () => {
    const agent = await signIn(t.app, "secretariat", "siri");
    const home = await agent.get("/admin");
    expect(home.statusCode).toBe(200);
    expect(home.headers["cache-control"]).toBe("private, no-store");
    const audit = await t.app.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "session.login")
      .execute();
    expect(audit.length).toBeGreaterThan(0);

    const withoutToken = await t.app.inject({
      method: "POST",
      url: "/logg-ut",
      headers: { cookie: agent.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect((await agent.get("/admin")).statusCode).toBe(200);

    const out = await agent.post("/logg-ut", {});
    expect(out.statusCode).toBe(303);
    expect((await agent.get("/admin")).statusCode).toBe(303);
  });

  it("limits login attempts", async () => {
    const { token } = await loginForm();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/logg-inn",
        remoteAddress: "10.9.9.9",
        headers: { cookie: `fs_login_csrf=${token}` },
        payload: { username: "kari", password: "feil", _csrf: token },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toContain(429);
  });
});

/** A session's page, with the CSRF token read from its forms. */
async function asSession(cookie: string) {
  const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
  const page = await get("/admin/passord");
  const csrfToken = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  return {
    cookie,
    get,
    post: (url: string, form: Record<string, string>) =>
      t.app.inject({
        method: "POST",
        url,
        headers: { cookie },
        payload: { _csrf: csrfToken, ...form },
      }),
  };
}

async function account(username: string) {
  return t.app.db
    .selectFrom("app_user")
    .select(["id", "password_hash", "must_change_password"])
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
}

async function sessionsOf(userId: number) {
  return (
    await t.app.db.selectFrom("session").select("user_id").where("user_id", "=", userId).execute()
  ).length;
}

async function auditOf(userId: number) {
  return t.app.db
    .selectFrom("audit_log")
    .select(["action", "details"])
    .where("entity_type", "=", "app_user")
    .where("entity_id", "=", String(userId))
    .orderBy("id")
    .execute();
}

const ONE_TIME = "engangs-passord-fra-systemet";
const CHOSEN = "mitt eget lange passord";

/** An account as the first start, the command line or an administrator makes it. */
async function oneTimeAccount(username: string) {
  await createUser(t.app.db, {
    username,
    displayName: `Ny ${username}`,
    role: "secretariat",
    password: ONE_TIME,
    mustChangePassword: true,
  });
  return account(username);
}

describe("a one-time password", () => {
  it("is what the first start gives its accounts, marked to be replaced", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-first-start-"));
    const started = await bootstrap({ ...loadConfig({}), dataDir, demo: false });
    try {
      expect(started.createdAccounts.map((created) => created.username)).toEqual(["admin"]);
      const admin = await started.handle.db
        .selectFrom("app_user")
        .select("must_change_password")
        .where("username", "=", "admin")
        .executeTakeFirstOrThrow();
      expect(admin.must_change_password).toBe(true);
      const app = await buildApp({
        db: started.handle.db,
        config: loadConfig({}),
        blobs: started.blobs,
        changes: await ChangeFeed.listen(started.handle),
      });
      const form = await app.inject({ method: "GET", url: "/logg-inn" });
      const token = String(form.cookies.find((c) => c.name === "fs_login_csrf")?.value);
      const login = await app.inject({
        method: "POST",
        url: "/logg-inn",
        headers: { cookie: `fs_login_csrf=${token}` },
        payload: {
          username: "admin",
          password: started.createdAccounts[0]?.password ?? "",
          _csrf: token,
        },
      });
      expect(login.statusCode).toBe(303);
      expect(login.headers.location).toBe("/admin/passord?neste=%2Fadmin");
      await app.close();
    } finally {
      await started.handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("leads the first login to the password page, and no other workspace page opens", async () => {
    const { id } = await oneTimeAccount("forst");
    const cookie = await logIn(t.app, "forst", ONE_TIME);
    expect(cookie).not.toBeNull();
    const session = await asSession(String(cookie));
    const before = await auditOf(id);
    const workspace = registeredRoutes(t.app).filter(
      (route) => route.path.startsWith("/admin") && route.path !== "/admin/passord",
    );
    expect(workspace.length).toBeGreaterThan(30);
    for (const route of workspace) {
      const url = routeUrl(route.path, () => "1");
      if (route.methods.includes("GET")) {
        const page = await session.get(url);
        expect(page.statusCode, url).toBe(303);
        expect(page.headers.location, url).toBe(`/admin/passord?neste=${encodeURIComponent(url)}`);
      }
      if (route.methods.includes("POST")) {
        const post = await session.post(url, { name: "Endret" });
        expect(post.statusCode, url).toBe(303);
        expect(post.headers.location, url).toBe("/admin/passord");
      }
    }
    const page = await session.get("/admin/passord?neste=%2Fadmin%2Fsaker");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Du logget inn med et engangspassord.");
    expect(page.body).toContain('name="neste" value="/admin/saker"');
    expect(await auditOf(id)).toEqual(before);
    expect((await account("forst")).must_change_password).toBe(true);
    const out = await session.post("/logg-ut", {});
    expect(out.statusCode).toBe(303);
    expect(await sessionsOf(id)).toBe(0);
  });

  it("is replaced by one the user chooses, which ends their other sessions", async () => {
    const { id, password_hash } = await oneTimeAccount("andre");
    const elsewhere = String(await logIn(t.app, "andre", ONE_TIME));
    const session = await asSession(String(await logIn(t.app, "andre", ONE_TIME)));
    expect(await sessionsOf(id)).toBe(2);
    const changed = await session.post("/admin/passord", {
      currentPassword: ONE_TIME,
      newPassword: CHOSEN,
      repeatPassword: CHOSEN,
      neste: "/admin/saker",
    });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe("/admin/saker");
    const after = await account("andre");
    expect(after.must_change_password).toBe(false);
    expect(after.password_hash).not.toBe(password_hash);
    expect(await verifyPassword(after.password_hash, CHOSEN)).toBe(true);
    expect((await session.get("/admin")).statusCode).toBe(200);
    const stale = await t.app.inject({
      method: "GET",
      url: "/admin",
      headers: { cookie: elsewhere },
    });
    expect(stale.headers.location).toBe("/logg-inn?neste=%2Fadmin");
    expect(await sessionsOf(id)).toBe(1);
    expect(await logIn(t.app, "andre", ONE_TIME)).toBeNull();
    expect(await logIn(t.app, "andre", CHOSEN)).not.toBeNull();
    const audit = await auditOf(id);
    expect(audit.filter((row) => row.action === "user.change_password")).toEqual([
      { action: "user.change_password", details: {} },
    ]);
    expect(JSON.stringify(audit)).not.toContain(CHOSEN);
  });
});

describe("changing one's own password", () => {
  it("is offered to every signed-in user on the workspace home page", async () => {
    for (const role of ["administrator", "secretariat", "case_officer", "member"] as const) {
      const agent = await signIn(t.app, role, `egen.${role.replace("_", "-")}`);
      expect((await agent.get("/admin")).body).toContain('href="/admin/passord"');
      const page = await agent.get("/admin/passord");
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain("engangspassord");
      expect(page.body).toContain('autocomplete="current-password"');
    }
    const anonymous = await t.app.inject({ method: "GET", url: "/admin/passord" });
    expect(anonymous.headers.location).toBe("/logg-inn?neste=%2Fadmin%2Fpassord");
  });

  it("confirms the change on the page itself when there is nowhere else to go", async () => {
    const agent = await signIn(t.app, "case_officer", "bytter");
    const changed = await agent.post("/admin/passord", {
      currentPassword: TEST_PASSWORD,
      newPassword: CHOSEN,
      repeatPassword: CHOSEN,
    });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe("/admin/passord");
    expect((await agent.follow(changed)).body).toContain("Passordet er byttet.");
  });

  it("refuses a wrong current password or a poor new one in Norwegian, and changes nothing", async () => {
    const { id, password_hash } = await oneTimeAccount("nekt");
    const session = await asSession(String(await logIn(t.app, "nekt", ONE_TIME)));
    const before = { audit: await auditOf(id), sessions: await sessionsOf(id) };
    const cases: Array<[Record<string, string>, string]> = [
      [{ currentPassword: "" }, "Skriv inn passordet du har nå."],
      [{ currentPassword: "feil-passord-her" }, "Passordet du har nå, stemmer ikke."],
      [{ newPassword: "kort", repeatPassword: "kort" }, "Det nye passordet må ha minst 12 tegn."],
      [{ repeatPassword: "noe helt annet enn det" }, "Passordene er ikke like."],
      [{ repeatPassword: "" }, "Skriv det nye passordet en gang til."],
      [
        { newPassword: ONE_TIME, repeatPassword: ONE_TIME },
        "Det nye passordet må være et annet enn det du har nå.",
      ],
      [
        { newPassword: "x".repeat(201), repeatPassword: "x".repeat(201) },
        "Det nye passordet kan ha høyst 200 tegn.",
      ],
      [{ neste: "//evil.example" }, "Lenken du kom fra, peker ikke til en side her."],
    ];
    for (const [form, message] of cases) {
      const response = await session.post("/admin/passord", {
        currentPassword: ONE_TIME,
        newPassword: CHOSEN,
        repeatPassword: CHOSEN,
        ...form,
      });
      expect(response.statusCode, message).toBe(400);
      expect(response.body, message).toContain(message);
      expect(response.body).not.toContain(CHOSEN);
    }
    expect(await account("nekt")).toMatchObject({ password_hash, must_change_password: true });
    expect({ audit: await auditOf(id), sessions: await sessionsOf(id) }).toEqual(before);
  });

  it("slows down guessing the current password, counted per account", async () => {
    const { password_hash } = await oneTimeAccount("gjetter");
    const session = await asSession(String(await logIn(t.app, "gjetter", ONE_TIME)));
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await session.post("/admin/passord", {
        currentPassword: `gjett-${attempt}`,
        newPassword: CHOSEN,
        repeatPassword: CHOSEN,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.at(-1)).toBe(429);
    expect((await account("gjetter")).password_hash).toBe(password_hash);
  });

  it("refuses a change without the session's CSRF token", async () => {
    const { password_hash } = await oneTimeAccount("uten.token");
    const cookie = String(await logIn(t.app, "uten.token", ONE_TIME));
    const forged = await t.app.inject({
      method: "POST",
      url: "/admin/passord",
      headers: { cookie },
      payload: { currentPassword: ONE_TIME, newPassword: CHOSEN, repeatPassword: CHOSEN },
    });
    expect(forged.statusCode).toBe(403);
    expect((await account("uten.token")).password_hash).toBe(password_hash);
  });
});

describe("security headers", () => {
  it("sends a strict content security policy and no framing", async () => {
    const response = await t.app.inject({ method: "GET", url: "/" });
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers unknown pages with a Norwegian 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/finnes-ikke" });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain("Fant ikke siden");
  });
});
