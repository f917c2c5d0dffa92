import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../src/bootstrap.ts";
import { createTestApp, signIn, TEST_PASSWORD, type TestApp } from "./helpers/app.ts";

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
