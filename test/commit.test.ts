import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "../src/audit.ts";
import type { ChangeEvent } from "../src/commit/change-event.ts";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { commit } from "../src/commit/commit.ts";
import {
  Refusal,
  refusalLines,
  refusalProblem,
  refused,
  succeeded,
} from "../src/commit/outcome.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let feed: ChangeFeed;
let heard: ChangeEvent[];
beforeAll(async () => {
  database = await createTestDatabase("empty");
  feed = await ChangeFeed.listen(database);
  feed.subscribe({ onEvent: (event) => heard.push(event) });
});
afterAll(async () => {
  await feed.close();
  await database.close();
});

const actor = { kind: "system", name: "Test" } as const;

async function counts() {
  const count = async (table: "audit_log" | "change_event" | "party") =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    audit: await count("audit_log"),
    events: await count("change_event"),
    parties: await count("party"),
  };
}

/** A party added as a use case would add it, with its record. */
async function addParty(tx: TestDatabase["db"], name: string) {
  const row = await tx
    .insertInto("party")
    .values({ name, short_name: name.slice(0, 3) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    action: "party.create",
    entityType: "party",
    entityId: row.id,
    visibility: "public",
  });
  return row.id;
}

describe("the commit step", () => {
  it("keeps the change, its audit row and its event together, and announces it after commit", async () => {
    heard = [];
    const before = await counts();
    const outcome = await commit({ db: database.db, changes: feed }, async (tx) => {
      const id = await addParty(tx, "Testpartiet");
      expect(heard).toEqual([]);
      return succeeded({ id });
    });
    expect(outcome.ok).toBe(true);
    expect(await counts()).toEqual({
      audit: before.audit + 1,
      events: before.events + 1,
      parties: before.parties + 1,
    });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ entityType: "party", action: "party.create", public: true });
    const row = await database.db
      .selectFrom("change_event")
      .selectAll()
      .where("id", "=", heard[0]?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ entity_type: "party", action: "party.create", public: true });
  });

  it("leaves no row, audit entry or event behind when the work refuses", async () => {
    heard = [];
    const before = await counts();
    const returned = await commit({ db: database.db, changes: feed }, async (tx) => {
      await addParty(tx, "Returnert");
      return refused({ name: "Navnet er opptatt." });
    });
    const thrown = await commit({ db: database.db, changes: feed }, async (tx) => {
      await addParty(tx, "Kastet");
      throw new Refusal({ form: "Ikke lov." });
    });
    expect(returned).toEqual({ ok: false, errors: { name: "Navnet er opptatt." } });
    expect(thrown).toEqual({ ok: false, errors: { form: "Ikke lov." } });
    expect(await counts()).toEqual(before);
    // Nor does the database announce a rolled-back change to anyone listening.
    await database.db.selectFrom("party").select("id").execute();
    expect(heard).toEqual([]);
  });

  it("rolls back and rethrows when the work fails", async () => {
    const before = await counts();
    await expect(
      commit({ db: database.db }, async (tx) => {
        await addParty(tx, "Feiler");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(await counts()).toEqual(before);
  });

  it("announces a change committed without this process's feed through the database", async () => {
    heard = [];
    await commit({ db: database.db }, async (tx) => succeeded(await addParty(tx, "Andre node")));
    await expect.poll(() => heard.length, { timeout: 1000, interval: 10 }).toBe(1);
  });

  it("hands each caller the refusal in its own shape", () => {
    const errors = { name: "Skriv navnet.", form: "Prøv igjen." };
    expect(refusalProblem(errors)).toEqual({
      type: "about:blank",
      title: "Endringen ble avvist",
      status: 422,
      detail: "Skriv navnet. Prøv igjen.",
      errors: [
        { field: "name", detail: "Skriv navnet." },
        { field: "form", detail: "Prøv igjen." },
      ],
    });
    expect(refusalLines(errors)).toEqual(["Skriv navnet.", "Prøv igjen."]);
  });
});
