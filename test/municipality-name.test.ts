import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import type { DatabaseHandle } from "../src/db/database.ts";
import { MunicipalityName } from "../src/web/municipality-name.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

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
beforeAll(async () => {
  database = await createTestDatabase("demo");
});
afterAll(async () => {
  await database.close();
});

let nextEventId = 1_000_000;
const event = (entityType: string) => ({
  id: nextEventId++,
  entityType,
  entityId: "1",
  action: `${entityType}.update`,
  public: true,
});

async function setup() {
  const counter = new QueryCounter();
  let gap = () => {};
  // A feed whose database connection the test can drop and bring back.
  const feed = await ChangeFeed.listen({
    listen: async (_channel: string, _onMessage: (payload: string) => void, onGap: () => void) => {
      gap = onGap;
      return async () => {};
    },
  } as unknown as DatabaseHandle);
  const name = new MunicipalityName(database.db.withPlugin(counter), feed);
  const rename = (to: string) =>
    database.db.updateTable("municipality").set({ name: to }).execute();
  return { counter, feed, name, rename, gap: () => gap() };
}

describe("the municipality's name on every page", () => {
  it("is read once for any number of pages, also pages asking at the same moment", async () => {
    const { counter, name } = await setup();
    const names = await Promise.all([name.get(), name.get(), name.get()]);
    await name.get();
    expect(new Set(names).size).toBe(1);
    expect(counter.count).toBe(1);
  });

  it("is read again after a change to the municipality, and only then", async () => {
    const { counter, feed, name, rename } = await setup();
    const before = await name.get();
    await rename("Nyby kommune");
    feed.announce([event("body")]);
    expect(await name.get()).toBe(before);
    feed.announce([event("municipality")]);
    expect(await name.get()).toBe("Nyby kommune");
    expect(counter.count).toBe(2);
    await rename(before);
  });

  it("is read again when the feed may have missed changes", async () => {
    const { gap, name, rename } = await setup();
    const before = await name.get();
    await rename("Gapby kommune");
    gap();
    expect(await name.get()).toBe("Gapby kommune");
    await rename(before);
  });

  it("does not keep a name whose read began before a change", async () => {
    const { feed, name, rename } = await setup();
    const before = await name.get();
    feed.announce([event("municipality")]);
    const reading = name.get();
    await rename("Midtby kommune");
    feed.announce([event("municipality")]);
    expect(await reading).toBe(before);
    expect(await name.get()).toBe("Midtby kommune");
    await rename(before);
  });
});
