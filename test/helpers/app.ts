import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { ChangeFeed } from "../../src/commit/change-feed.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import type { UserRole } from "../../src/db/schema.ts";
import { buildApp } from "../../src/server.ts";
import { FLASH_COOKIE } from "../../src/web/flash.ts";
import { createUser } from "./accounts.ts";
import { createTestDatabase, type TestDatabase } from "./test-db.ts";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(
  template: "empty" | "demo" = "demo",
  settings: Partial<Config> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(template);
  const config = { ...loadConfig({}), baseUrl: "http://localhost", ...settings };
  const app = await buildApp({
    db: database.db,
    config,
    blobs: database.blobs,
    changes: await ChangeFeed.listen(database),
  });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: keeps the session cookie and reads the CSRF token from pages. */
export interface Agent {
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Follows a redirect as a browser would, with the confirmation it left (src/web/flash.ts). */
  follow(redirect: LightMyRequestResponse): Promise<LightMyRequestResponse>;
}

export const TEST_PASSWORD = "riktig-hest-batteri-stift";

let logins = 0;

/** Logs in through the real form; the session cookie, or null when the login was refused. */
export async function logIn(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<string | null> {
  const form = await app.inject({ method: "GET", url: "/logg-inn" });
  const token = String(form.cookies.find((c) => c.name === "fs_login_csrf")?.value);
  logins++;
  const response = await app.inject({
    method: "POST",
    url: "/logg-inn",
    // Each login from an address of its own: the rate limit counts per address, and a test
    // that signs in many agents is not someone guessing passwords.
    remoteAddress: `10.200.${(logins >> 8) & 255}.${logins & 255}`,
    headers: { cookie: `fs_login_csrf=${token}` },
    payload: { username, password, _csrf: token, neste: "/admin" },
  });
  const session = response.cookies.find((c) => c.name === "fs_session")?.value;
  return response.statusCode === 303 && session ? `fs_session=${session}` : null;
}

/** A new account, signed in; an elected member's account names the person it belongs to. */
export async function signIn(
  app: FastifyInstance,
  role: UserRole,
  username: string = role,
  options: { personId?: number; mayApproveCases?: boolean } = {},
): Promise<Agent> {
  await createUser(app.db, {
    username,
    displayName: `Test ${role}`,
    role,
    password: TEST_PASSWORD,
    ...options,
    // A password the test chose, not one shown once: the agent goes straight to work.
    mustChangePassword: false,
  });
  const cookie = await logIn(app, username, TEST_PASSWORD);
  if (!cookie) throw new Error(`Login as ${username} failed`);
  const admin = await app.inject({ method: "GET", url: "/admin", headers: { cookie } });
  const csrfToken = /name="_csrf" value="([^"]+)"/.exec(admin.body)?.[1] ?? "";
  return {
    cookie,
    csrfToken,
    get: (url) => app.inject({ method: "GET", url, headers: { cookie } }),
    follow: (redirect) => {
      const flash = redirect.cookies.find((c) => c.name === FLASH_COOKIE);
      return app.inject({
        method: "GET",
        url: String(redirect.headers.location),
        headers: { cookie: flash ? `${cookie}; ${FLASH_COOKIE}=${flash.value}` : cookie },
      });
    },
    post: (url, form) =>
      app.inject({
        method: "POST",
        url,
        headers: { cookie },
        payload: { _csrf: csrfToken, ...form },
      }),
  };
}
