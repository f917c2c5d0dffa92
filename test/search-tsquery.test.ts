import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "../src/domain/search-query.ts";
import { searchTsquery, searchTsvector } from "../src/features/search/tsquery.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("empty");
});

afterAll(async () => {
  await database?.close();
});

async function matches(text: string, query: string): Promise<boolean> {
  const tsquery = searchTsquery(parseSearchQuery(query));
  if (tsquery === null) throw new Error(`nothing to search in ${query}`);
  const row = await sql<{ hit: boolean }>`select ${searchTsvector(text)} @@ ${tsquery} as hit`
    .execute(database.db)
    .then((result) => result.rows[0]);
  return row?.hit === true;
}

describe("searchTsquery against the database's norwegian configuration", () => {
  it("finds a compound from its start, and inflected forms", async () => {
    expect(await matches("Plan for barnehageutbygging i sentrum", "barnehage")).toBe(true);
    expect(await matches("Ny barnehagen åpner", "barnehager")).toBe(true);
    expect(await matches("Skoleveien", "barnehage")).toBe(false);
  });

  it("requires all words, follows phrases and honours exclusions", async () => {
    const text = "Bygging av ny skole på Åsen, ikke privat";
    expect(await matches(text, "skole åsen")).toBe(true);
    expect(await matches(text, "skole vei")).toBe(false);
    expect(await matches(text, '"ny skole"')).toBe(true);
    expect(await matches(text, '"skole ny"')).toBe(false);
    expect(await matches(text, "skole -privat")).toBe(false);
    expect(await matches(text, 'skole -"ny vei"')).toBe(true);
  });

  it("finds a meeting case number", async () => {
    expect(await matches("PS 12/26 Budsjett", "12/26")).toBe(true);
    expect(await matches("PS 12/260 Budsjett", "12/26")).toBe(false);
    expect(await matches("Hovedveien E6-utbygging", "e6-utbygging")).toBe(true);
  });

  it("finds a phrase across a hyphenated name", async () => {
    const text = "Personalsak – Sigvald Tronstad-Ekre, søknad om sluttavtale";
    expect(await matches(text, '"sigvald tronstad-ekre søknad om sluttavtale"')).toBe(true);
    expect(await matches(text, '"tronstad-ekre søknad"')).toBe(true);
    expect(await matches(text, '"sigvald tronstad-ekre"')).toBe(true);
    expect(await matches(text, '"sigvald søknad"')).toBe(false);
  });

  it("never fails on hostile input", async () => {
    const inputs = [
      "' or 1=1; --",
      "skole' | !x:* & (y) <-> z'",
      "\\\\ \u0000 :* & |",
      "og i på",
      `${"ab".repeat(5_000)}`,
      Array.from({ length: 3_000 }, (_, i) => `"ord${i}`).join(" -"),
    ];
    for (const input of inputs) {
      const tsquery = searchTsquery(parseSearchQuery(input));
      if (tsquery === null) continue;
      await expect(
        sql`select ${searchTsvector("tekst")} @@ ${tsquery} as hit`.execute(database.db),
      ).resolves.toBeDefined();
    }
  });
});
