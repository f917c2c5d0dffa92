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
});
