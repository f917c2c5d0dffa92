import type { Database } from "../../src/db/database.ts";

/** A body's id by the name in its address, for tests on the demo municipality. */
export async function bodyIdBySlug(db: Database, slug: string): Promise<number> {
  const body = await db
    .selectFrom("body")
    .select("id")
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  return body.id;
}
