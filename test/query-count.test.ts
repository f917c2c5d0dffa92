import type { FastifyInstance } from "fastify";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { loadConfig } from "../src/config.ts";
import { buildApp } from "../src/server.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

/** Counts the queries an app sends, so a test can tell a fixed number from one per row. */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    this.count++;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

let database: TestDatabase;
let app: FastifyInstance;
const counter = new QueryCounter();

beforeAll(async () => {
  database = await createTestDatabase("demo");
  app = await buildApp({
    db: database.db.withPlugin(counter),
    config: loadConfig({}),
    blobs: database.blobs,
    changes: await ChangeFeed.listen(database),
    pageCache: false,
  });
  // The first page reads what every page shows (the municipality's name) once for all.
  await app.inject({ method: "GET", url: "/" });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function queriesFor(url: string): Promise<number> {
  counter.count = 0;
  const response = await app.inject({ method: "GET", url });
  expect(response.statusCode).toBe(200);
  return counter.count;
}

/** Published meetings with their number of agenda items, fewest and most. */
async function meetingsBySize() {
  const rows = await database.db
    .selectFrom("meeting as m")
    .innerJoin("agenda_item as a", "a.meeting_id", "m.id")
    .select(["m.id", (eb) => eb.fn.countAll<number>().as("items")])
    .where("m.status", "in", ["held", "minutes_approved", "notice_published"])
    .groupBy("m.id")
    .orderBy("items")
    .execute();
  const fewest = rows[0];
  const most = rows[rows.length - 1];
  if (!fewest || !most) throw new Error("The demo has no published meetings");
  return { fewest, most };
}

describe("queries per public page", () => {
  it("does not grow with the length of the agenda", async () => {
    const { fewest, most } = await meetingsBySize();
    expect(Number(most.items)).toBeGreaterThan(Number(fewest.items));
    expect(await queriesFor(`/moter/${most.id}`)).toBe(await queriesFor(`/moter/${fewest.id}`));
  });

  it("does not grow with the number of members of a body", async () => {
    const council = await queriesFor("/utvalg/kommunestyret");
    const small = await queriesFor("/utvalg/kontrollutvalget");
    expect(council).toBeGreaterThan(1);
    expect(council).toBe(small);
    expect(council).toBeLessThanOrEqual(8);
  });

  it("stays small on the front page and the calendar", async () => {
    expect(await queriesFor("/")).toBeLessThanOrEqual(5);
    expect(await queriesFor("/moter?maned=2026-11")).toBeLessThanOrEqual(5);
  });
});
