import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { buildApp } from "../src/server.ts";
import { type DemoRecords, findDemoRecords } from "./browser/demo-ids.ts";
import { type Agent, signIn } from "./helpers/app.ts";
import { type RegisteredRoute, registeredRoutes, routeUrl } from "./helpers/routes.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

/** Collects the tables the app's queries name while it is switched on. */
class TableRecorder implements KyselyPlugin {
  tables: Set<string> | null = null;
  transformQuery(args: PluginTransformQueryArgs) {
    if (this.tables) collectTables(args.node, this.tables);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
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
let member: Agent;
let records: DemoRecords;
let routes: RegisteredRoute[];

/** A fresh client address per request, so the login's rate limit never answers instead. */
let requests = 0;
function send(
  method: string,
  url: string,
  options: { cookie?: string; body?: string } = {},
): Promise<LightMyRequestResponse> {
  requests++;
  return app.inject({
    method: method as "GET",
    url,
    remoteAddress: `10.${(requests >> 16) & 255}.${(requests >> 8) & 255}.${requests & 255}`,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
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

beforeAll(async () => {
  database = await createTestDatabase("demo");
  app = await buildApp({
    db: database.db.withPlugin(recorder),
    config: { ...loadConfig({}), baseUrl: "http://localhost" },
    blobs: database.blobs,
    pageCache: false,
  });
  records = await findDemoRecords(database.db);
  member = await signIn(app, "member", "folkevalgt");
  routes = registeredRoutes(app);
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe("authorization before any query", () => {
  /** What a refused request may read: the session, and the municipality's name for the page. */
  const ALLOWED = ["app_user", "municipality", "session"];

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
        if (response.statusCode !== 404) continue;
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
        "POST /admin/moter/:id/endre",
        "POST /admin/utvalg/:id/medlemskap",
      ]),
    );
    expect(await footprint()).toEqual(before);
  });
});
