import { setTimeout as sleep } from "node:timers/promises";
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "../src/audit.ts";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { commit } from "../src/commit/commit.ts";
import { succeeded } from "../src/commit/outcome.ts";
import { buildApp } from "../src/server.ts";
import { createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let bodyId: number;
beforeAll(async () => {
  t = await createTestApp("demo");
  const body = await t.app.db
    .selectFrom("body")
    .select("id")
    .where("slug", "=", "kommunestyret")
    .executeTakeFirstOrThrow();
  bodyId = body.id;
});
afterAll(async () => {
  await t.close();
});

/** Renames the council as a use case would: the change and its record in one commit. */
async function renameCouncil(name: string, visibility: "public" | "internal" = "public") {
  await commit(t.app, async (tx) => {
    await tx.updateTable("body").set({ name }).where("id", "=", bodyId).execute();
    await writeAudit(tx, {
      actor: { kind: "system", name: "Test" },
      action: "body.update",
      entityType: "body",
      entityId: bodyId,
      visibility,
    });
    return succeeded(null);
  });
}

const page = () => t.app.inject({ method: "GET", url: "/utvalg/kommunestyret" });

/** Counts the queries an app sends: each render of a page sends the same number. */
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

describe("public page cache", () => {
  it("answers anonymous readers from memory while nothing has changed", async () => {
    expect((await page()).body).toContain("Kommunestyret");
    // A change without a change event breaks the house rule, and so the cache cannot see it.
    await t.app.db
      .updateTable("body")
      .set({ name: "Usynlig endring" })
      .where("id", "=", bodyId)
      .execute();
    expect((await page()).body).not.toContain("Usynlig endring");
    await renameCouncil("Kommunestyret");
  });

  it("shows a public change on the very next request", async () => {
    expect((await page()).body).toContain("Kommunestyret");
    await renameCouncil("Bystyret");
    expect((await page()).body).toContain("Bystyret");
  });

  it("keeps its pages through changes only the workspace sees", async () => {
    await renameCouncil("Kommunestyret");
    expect((await page()).body).toContain("Kommunestyret");
    // The rename is marked internal, so the cached page stays (and so shows the old name).
    await renameCouncil("Internt navn", "internal");
    const agent = await signIn(t.app, "secretariat", "cache-login");
    await agent.post("/logg-ut", {});
    expect((await page()).body).not.toContain("Internt navn");
    await renameCouncil("Kommunestyret");
    expect((await page()).body).toContain("Kommunestyret");
  });

  it("stays hot while a secretary signs in and saves a draft case", async () => {
    await renameCouncil("Kommunestyret");
    expect((await page()).body).toContain("Kommunestyret");
    // A change the cache cannot hear of shows whether the cached page was rendered again.
    await t.app.db
      .updateTable("body")
      .set({ name: "Usett endring" })
      .where("id", "=", bodyId)
      .execute();
    const secretary = await signIn(t.app, "secretariat", "cache-draft");
    const created = await secretary.post("/admin/saker", {
      archiveCaseNumber: "2026/9901",
      title: "Utkast som ikke står på noen saksliste",
      caseType: "PS",
      caseOfficer: "",
      responsibleUnit: "",
      summary: "",
      recommendation: "",
      access: "public",
      publicTitle: "",
      exemptionBasis: "",
      route1: String(bodyId),
    });
    expect(created.statusCode).toBe(303);
    const caseUrl = String(created.headers.location).split("?")[0] ?? "";
    const edited = await secretary.post(caseUrl, {
      archiveCaseNumber: "2026/9901",
      title: "Utkast, andre versjon",
      caseType: "PS",
      caseOfficer: "",
      responsibleUnit: "",
      summary: "Mer tekst.",
      recommendation: "",
      access: "public",
      publicTitle: "",
      exemptionBasis: "",
      route1: String(bodyId),
    });
    expect(edited.statusCode).toBe(303);
    expect((await page()).body).not.toContain("Usett endring");
    await renameCouncil("Kommunestyret");
  });

  it("drops its pages when another app on the same database commits a change", async () => {
    const other = await buildApp({
      db: t.database.db,
      config: t.app.config,
      blobs: t.database.blobs,
      changes: await ChangeFeed.listen(t.database),
    });
    try {
      expect((await other.inject({ url: "/utvalg/kommunestyret" })).body).toContain(
        "Kommunestyret",
      );
      await renameCouncil("Bystyret");
      // The other app hears the change only through the database's notification.
      await expect
        .poll(async () => (await other.inject({ url: "/utvalg/kommunestyret" })).body, {
          timeout: 1000,
          interval: 20,
        })
        .toContain("Bystyret");
    } finally {
      await other.close();
      await renameCouncil("Kommunestyret");
    }
  });

  it("answers a revalidation with 304 from the cache, also among several tags", async () => {
    const first = await page();
    const etag = String(first.headers.etag);
    for (const ifNoneMatch of [etag, `"annen", ${etag}`, `W/${etag}`]) {
      const again = await t.app.inject({
        method: "GET",
        url: "/utvalg/kommunestyret",
        headers: { "if-none-match": ifNoneMatch },
      });
      expect(again.statusCode, ifNoneMatch).toBe(304);
    }
  });

  it("never serves the shared copy to a signed-in user", async () => {
    const agent = await signIn(t.app, "secretariat");
    const response = await agent.get("/utvalg/kommunestyret");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.body).toContain("Logg ut");
  });

  it("renders a page once for readers who ask for it at the same moment", async () => {
    const counter = new QueryCounter();
    const counted = await buildApp({
      db: t.database.db.withPlugin(counter),
      config: t.app.config,
      blobs: t.database.blobs,
      changes: await ChangeFeed.listen(t.database),
    });
    try {
      // A query string makes another page as far as the cache knows, rendered the same way.
      // The first page also reads what every page shows, once for all; the second is counted.
      await counted.inject({ url: "/utvalg/kommunestyret?varm" });
      counter.count = 0;
      expect((await counted.inject({ url: "/utvalg/kommunestyret?en" })).statusCode).toBe(200);
      const oneRender = counter.count;
      counter.count = 0;
      const readers = await Promise.all(
        Array.from({ length: 5 }, () => counted.inject({ url: "/utvalg/kommunestyret?fem" })),
      );
      expect(readers.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(readers.map((response) => response.body)).size).toBe(1);
      expect(counter.count).toBe(oneRender);
    } finally {
      await counted.close();
    }
  });

  it("lets readers waiting for a page that is not kept answer for themselves", async () => {
    const readers = await Promise.all(
      Array.from({ length: 3 }, () => t.app.inject({ url: "/moter/999999" })),
    );
    expect(readers.map((response) => response.statusCode)).toEqual([404, 404, 404]);
  });

  it("does not hand a reader who comes after a public change a page begun before it", async () => {
    await renameCouncil("Bystyret");
    // Transactions that hold the database make the order certain: the first reader reads the
    // council's name, the rename commits, and the reader's render is still under way when the
    // second reader comes.
    const hold = () => {
      let release = () => {};
      const done = t.app.db
        .transaction()
        .execute(() => new Promise<void>((resolve) => (release = resolve)));
      return { release: () => release(), done };
    };
    const beforeFirst = hold();
    const first = page();
    await sleep(50);
    const change = renameCouncil("Kommunestyret");
    const afterChange = hold();
    beforeFirst.release();
    await change;
    const second = page();
    await sleep(50);
    afterChange.release();
    expect((await first).body).toContain("Bystyret");
    expect((await second).body).not.toContain("Bystyret");
    await Promise.all([beforeFirst.done, afterChange.done]);
  });
});
