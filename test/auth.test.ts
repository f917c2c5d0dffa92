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

  it("never redirects to another site after login", async () => {
    const { token } = await loginForm();
    const response = await t.app.inject({
      method: "POST",
      url: "/logg-inn",
      headers: { cookie: `fs_login_csrf=${token}` },
      payload: {
        username: "kari",
        password: TEST_PASSWORD,
        _csrf: token,
        neste: "//evil.example/",
      },
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/admin");
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
