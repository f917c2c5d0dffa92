import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "../src/audit.ts";
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

/** Renames the council as a use case would: the change and its audit row together. */
async function renameCouncil(name: string) {
  await t.app.db.transaction().execute(async (tx) => {
    await tx.updateTable("body").set({ name }).where("id", "=", bodyId).execute();
    await writeAudit(tx, {
      actor: { kind: "system", name: "Test" },
      action: "body.update",
      entityType: "body",
      entityId: bodyId,
    });
  });
}

const page = () => t.app.inject({ method: "GET", url: "/utvalg/kommunestyret" });

describe("public page cache", () => {
  it("answers anonymous readers from memory while nothing has changed", async () => {
    expect((await page()).body).toContain("Kommunestyret");
    // A change without an audit row breaks the house rule, and so the cache cannot see it.
    await t.app.db
      .updateTable("body")
      .set({ name: "Usynlig endring" })
      .where("id", "=", bodyId)
      .execute();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await page()).body).not.toContain("Usynlig endring");
  });

  it("serves a changed page within the version check interval, never later", async () => {
    expect((await page()).body).toContain("Kommunestyret");
    await renameCouncil("Bystyret");
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = await page();
    expect(after.body).toContain("Bystyret");
  });

  it("shows this node's own writes on the very next request", async () => {
    const before = await page();
    expect(before.body).toContain("Bystyret");
    await renameCouncil("Kommunestyret");
    // Any write through this app (here a logout) makes the next read check the version.
    await t.app.inject({ method: "POST", url: "/logg-ut" });
    expect((await page()).body).toContain("Kommunestyret");
  });

  it("answers a revalidation with 304 from the cache", async () => {
    const first = await page();
    const again = await t.app.inject({
      method: "GET",
      url: "/utvalg/kommunestyret",
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("never serves the shared copy to a signed-in user", async () => {
    const agent = await signIn(t.app, "secretariat");
    const response = await agent.get("/utvalg/kommunestyret");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.body).toContain("Logg ut");
  });
});
