import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERATED_FILE, generateDatabaseTypes } from "../scripts/db-types.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

describe("generated table types", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("empty");
  });
  afterAll(async () => {
    await database.close();
  });

  // Regenerated in memory, so a stale file shows as a diff and the committed one is untouched.
  // On a PostgreSQL server (TEST_DATABASE_URL) this also shows that both engines agree.
  it("match the migrations", async () => {
    const regenerated = await generateDatabaseTypes(database.db);
    expect(
      regenerated,
      `src/db/generated.ts does not match the migrations (${database.engine}): run \`npm run db:types\``,
    ).toBe(fs.readFileSync(GENERATED_FILE, "utf8"));
  });
});
