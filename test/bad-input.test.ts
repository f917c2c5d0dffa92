import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { loadConfig } from "../src/config.ts";
import { LIVE_STREAM_PATHS } from "../src/features/live/live-routes.ts";
import { buildApp } from "../src/server.ts";
import { YEAR_RANGE_MESSAGE } from "../src/web/form-input.ts";
import { NUL_MESSAGE } from "../src/web/input-guard.ts";
import { type DemoRecords, findDemoRecords } from "./browser/demo-ids.ts";
import { type Agent, signIn } from "./helpers/app.ts";
import { encodeForm, type PageForm, postForms } from "./helpers/forms.ts";
import { type RegisteredRoute, registeredRoutes, routeUrl } from "./helpers/routes.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

/** Collects the tables the app's queries name while it is switched on. */
class TableRecorder implements KyselyPlugin {
  tables: Set<string> | null = null;
  transformQuery(args: PluginTransformQueryArgs) {
    if (!this.tables) return args.node;
    // Authentication: the session lookup also reads the user's own seats, for the policies.
    if (fromTable(args.node) === "session") this.tables.add("session");
    else collectTables(args.node, this.tables);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

function fromTable(node: unknown): string | undefined {
  const from = (node as { from?: { froms?: unknown[] } }).from?.froms?.[0] as
    | { kind?: string; table?: { identifier?: { name?: string } } }
    | undefined;
  return from?.kind === "TableNode" ? from.table?.identifier?.name : undefined;
}

function collectTables(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectTables(item, into);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.kind === "TableNode") {
    const table = record.table as { identifier?: { name?: string } } | undefined;
    into.add(table?.identifier?.name ?? "?");
  }
  // Hand-written SQL could read any table, so it never counts as harmless.
  if (record.kind === "RawNode") into.add("(raw sql)");
  for (const value of Object.values(record)) collectTables(value, into);
}

let database: TestDatabase;
let app: FastifyInstance;
const recorder = new TableRecorder();
let admin: Agent;
let member: Agent;
let records: DemoRecords;
let routes: RegisteredRoute[];
/** Every post form the app shows, found by visiting each page, with the cookie it needs. */
let forms: Array<PageForm & { cookie: string }>;

/** A fresh client address per request, so the login's rate limit never answers instead. */
let requests = 0;
function send(
  method: string,
  url: string,
  options: { cookie?: string; body?: string; origin?: string } = {},
): Promise<LightMyRequestResponse> {
  requests++;
  return app.inject({
    method: method as "GET",
    url,
    remoteAddress: `10.${(requests >> 16) & 255}.${(requests >> 8) & 255}.${requests & 255}`,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.origin ? { origin: options.origin } : {}),
      ...(options.body === undefined
        ? {}
        : { "content-type": "application/x-www-form-urlencoded" }),
    },
    ...(options.body === undefined ? {} : { payload: options.body }),
  });
}

/** What every change leaves behind: an audit row, and for a login or logout a session. */
async function footprint() {
  const [audit, sessions] = await Promise.all([
    database.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
    database.db
      .selectFrom("session")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { audit: Number(audit.n), sessions: Number(sessions.n) };
}

/** Real records for each route's parameters, so a handler gets past loading its record. */
function realParameter(path: string, name: string): string {
  const byPrefix: Array<[string, Record<string, number | string>]> = [
    [
      "/admin/moter",
      { id: records.upcomingAgendaItem.meetingId, itemId: records.upcomingAgendaItem.itemId },
    ],
    ["/admin/utvalg", { id: records.councilId, membershipId: records.councilMembershipId }],
    ["/admin/saker", { id: records.ordinaryCase }],
    ["/admin/personer", { id: records.councilMemberId }],
    ["/admin/partier", { id: records.partyId }],
    ["/admin/valgperioder", { id: records.termId }],
    ["/moter", { id: records.futureMeeting }],
    ["/saker", { id: records.ordinaryCase }],
    ["/utvalg", { slug: records.councilSlug }],
    ["/personer", { id: records.councilMemberId }],
  ];
  const found = byPrefix.find(([prefix]) => path.startsWith(prefix))?.[1][name];
  return String(found ?? 1);
}

const realUrl = (route: RegisteredRoute) =>
  routeUrl(route.path, (name) => realParameter(route.path, name));

const methodsOf = (route: RegisteredRoute) => route.methods.filter((method) => method !== "HEAD");

function routeOf(action: string): RegisteredRoute | undefined {
  const path = action.split("?")[0] ?? "";
  return routes.find(
    (route) =>
      route.methods.includes("POST") &&
      new RegExp(`^${route.path.replace(/:\w+/g, "[^/]+")}$`).test(path),
  );
}

beforeAll(async () => {
  database = await createTestDatabase("demo");
  app = await buildApp({
    db: database.db.withPlugin(recorder),
    config: { ...loadConfig({}), baseUrl: "http://localhost" },
    blobs: database.blobs,
    changes: await ChangeFeed.listen(database),
    pageCache: false,
  });
  records = await findDemoRecords(database.db);
  admin = await signIn(app, "administrator", "admin");
  member = await signIn(app, "member", "folkevalgt");
  routes = registeredRoutes(app);
  forms = [];
  const seen = new Set<string>();
  const pages = routes.filter(
    (candidate) =>
      candidate.methods.includes("GET") &&
      !(LIVE_STREAM_PATHS as readonly string[]).includes(candidate.path),
  );
  for (const route of pages) {
    for (const cookie of [admin.cookie, ""]) {
      const page = await send("GET", realUrl(route), { cookie });
      const loginCookie = page.cookies.find((c) => c.name === "fs_login_csrf");
      for (const form of postForms(page.body)) {
        const key = `${form.action} ${form.fields.map((field) => field.name).join(",")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        forms.push({
          ...form,
          cookie: loginCookie ? `fs_login_csrf=${loginCookie.value}` : cookie,
        });
      }
    }
  }
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe("malformed input on every route", () => {
  it("reads the routes and finds the forms to probe", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.some((route) => route.path === "/admin/moter/:id/saker/:itemId/fjern")).toBe(
      true,
    );
    for (const form of forms) expect(routeOf(form.action), form.action).toBeDefined();
    const posted = new Set(forms.map((form) => routeOf(form.action)?.path));
    expect(posted.size).toBeGreaterThan(20);
  });

  it("answers a NUL byte in a path parameter with 404 and changes nothing", async () => {
    const before = await footprint();
    const probed: string[] = [];
    for (const route of routes.filter((candidate) => candidate.path.includes(":"))) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
      for (const nul of names) {
        const url = routeUrl(route.path, (name) =>
          name === nul ? "%00" : realParameter(route.path, name),
        );
        for (const method of methodsOf(route))
          for (const cookie of [admin.cookie, ""]) {
            const response = await send(method, url, {
              cookie,
              ...(method === "POST" ? { body: `_csrf=${admin.csrfToken}` } : {}),
            });
            expect(response.statusCode, `${method} ${url}`).toBe(404);
            probed.push(url);
          }
      }
    }
    expect(probed).toContain("/utvalg/%00");
    expect(await footprint()).toEqual(before);
  });

  it("answers a NUL byte in the query string with 400 and a Norwegian message", async () => {
    const before = await footprint();
    for (const route of routes)
      for (const method of methodsOf(route))
        for (const query of ["sok=%00", "q=a%00b", "neste=%2Fadmin%00", "x=1&x=%00"]) {
          const url = `${realUrl(route)}?${query}`;
          const response = await send(method, url, {
            cookie: admin.cookie,
            ...(method === "POST" ? { body: `_csrf=${admin.csrfToken}` } : {}),
          });
          expect(response.statusCode, `${method} ${url}`).toBe(400);
          expect(response.body).toContain(NUL_MESSAGE);
        }
    expect(await footprint()).toEqual(before);
  });

  it("answers a NUL byte in any field of any form with 400 and changes nothing", async () => {
    const before = await footprint();
    for (const form of forms)
      for (const [index, field] of form.fields.entries()) {
        const fields = form.fields.map((other, at) =>
          at === index ? { ...other, value: `${other.value}\u0000` } : other,
        );
        const response = await send("POST", form.action, {
          cookie: form.cookie,
          body: encodeForm(fields),
        });
        expect(response.statusCode, `${form.action} ${field.name}`).toBe(400);
        expect(response.body).toContain(NUL_MESSAGE);
      }
    expect(await footprint()).toEqual(before);
  });

  it("refuses a post whose Origin is no address, signed in or not, and changes nothing", async () => {
    const before = await footprint();
    for (const route of routes.filter((candidate) => candidate.methods.includes("POST"))) {
      const url = realUrl(route);
      const form = forms.find((candidate) => routeOf(candidate.action) === route);
      const body = form ? encodeForm(form.fields) : `_csrf=${admin.csrfToken}`;
      for (const origin of ["garbage", "http://", "://localhost", "http://[::1"])
        for (const cookie of [form?.cookie ?? admin.cookie, ""]) {
          const response = await send("POST", url, { cookie, body, origin });
          expect(response.statusCode, `${url} from ${origin}`).toBe(403);
          expect(response.body).toContain("Skjemaet kom fra et annet nettsted.");
        }
    }
    expect(await footprint()).toEqual(before);
  });

  it("refuses a year outside 1900–2100 in every date field and changes nothing", async () => {
    const before = await footprint();
    const dated = forms.filter((form) => form.fields.some((field) => field.type === "date"));
    expect(dated.map((form) => routeOf(form.action)?.path)).toEqual(
      expect.arrayContaining([
        "/admin/valgperioder/ny",
        "/admin/valgperioder/:id/rediger",
        "/admin/utvalg/:id/medlemskap",
        "/admin/utvalg/:id/medlemskap/:membershipId/avslutt",
        "/admin/moter",
        "/admin/moter/:id/endre",
      ]),
    );
    for (const form of dated)
      for (const field of form.fields.filter((candidate) => candidate.type === "date"))
        for (const year of ["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"]) {
          const fields = form.fields.map((other) =>
            other === field ? { ...other, value: year } : other,
          );
          const response = await send("POST", form.action, {
            cookie: form.cookie,
            body: encodeForm(fields),
          });
          expect(response.statusCode, `${form.action} ${field.name}=${year}`).toBe(400);
          expect(response.body, `${form.action} ${field.name}=${year}`).toContain(
            YEAR_RANGE_MESSAGE,
          );
        }
    expect(await footprint()).toEqual(before);
  });
});

describe("dates in the workspace", () => {
  const dayAfter = (years: number) => {
    const at = new Date();
    at.setUTCFullYear(at.getUTCFullYear() + years);
    return at.toISOString().slice(0, 10);
  };

  it("takes the first and last day of the range", async () => {
    const created = await admin.post("/admin/valgperioder/ny", {
      name: "Hele perioden",
      startsOn: "1900-01-01",
      endsOn: "2100-12-31",
    });
    expect(created.statusCode).toBe(303);
    const term = await database.db
      .selectFrom("term")
      .select(["starts_on", "ends_on"])
      .where("name", "=", "Hele perioden")
      .executeTakeFirstOrThrow();
    expect(term).toEqual({ starts_on: "1900-01-01", ends_on: "2100-12-31" });
  });

  it("plans a meeting at most five years ahead", async () => {
    const meetings = async () =>
      Number(
        (
          await database.db
            .selectFrom("meeting")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await meetings();
    const form = { body: String(records.councilId), start: "18:00", location: "Rådhuset" };
    const tooFar = await admin.post("/admin/moter", { ...form, date: dayAfter(6) });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.body).toContain("Et møte kan ikke legges mer enn 5 år fram i tid.");
    const year9999 = await admin.post("/admin/moter", { ...form, date: "9999-12-31" });
    expect(year9999.statusCode).toBe(400);
    expect(year9999.body).toContain(YEAR_RANGE_MESSAGE);
    expect(await meetings()).toBe(before);

    const planned = await admin.post("/admin/moter", { ...form, date: dayAfter(4) });
    expect(planned.statusCode).toBe(303);
    expect(await meetings()).toBe(before + 1);
    const meetingId = Number(/\/admin\/moter\/(\d+)/.exec(String(planned.headers.location))?.[1]);
    const moved = await admin.post(`/admin/moter/${meetingId}/endre`, {
      ...form,
      date: dayAfter(7),
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.body).toContain("Et møte kan ikke legges mer enn 5 år fram i tid.");
  });
});

describe("authorization before any query", () => {
  /** What a refused request may read: the session, and the municipality's name for the page. */
  const ALLOWED = ["app_user", "municipality", "session"];
  /**
   * A member may see the meetings of the bodies they sit in, so these routes must load the
   * meeting to know; the record decides there (test/meeting-access.test.ts), not the role.
   */
  const DECIDED_BY_RECORD = /^\/admin\/moter\/:id/;

  it("reads nothing of the workspace for a user the route is closed to", async () => {
    const before = await footprint();
    const refused: string[] = [];
    for (const route of routes.filter((candidate) => candidate.path.startsWith("/admin")))
      for (const method of methodsOf(route)) {
        const url = `${realUrl(route)}?q=kari&sok=budsjett&av=admin`;
        recorder.tables = new Set();
        const response = await send(method, url, {
          cookie: member.cookie,
          ...(method === "POST" ? { body: `_csrf=${member.csrfToken}&name=x` } : {}),
        });
        const tables = [...recorder.tables].sort();
        recorder.tables = null;
        expect(response.statusCode, `${method} ${url}`).not.toBe(500);
        if (response.statusCode !== 404 || DECIDED_BY_RECORD.test(route.path)) continue;
        refused.push(`${method} ${route.path}`);
        expect(
          tables.filter((table) => !ALLOWED.includes(table)),
          `${method} ${url}`,
        ).toEqual([]);
      }
    expect(refused).toEqual(
      expect.arrayContaining([
        "GET /admin/personer",
        "GET /admin/personer/:id",
        "GET /admin/brukere",
        "GET /admin/logg",
        "GET /admin/saker",
        "POST /admin/saker/:id",
        "POST /admin/moter",
        "POST /admin/utvalg/:id/medlemskap",
      ]),
    );
    expect(await footprint()).toEqual(before);
  });
});
