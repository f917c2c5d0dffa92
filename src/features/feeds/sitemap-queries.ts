import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { casePublished } from "../public-access/published.ts";

/**
 * The addresses the sitemap lists: every meeting, every case on a published agenda, every body
 * and every person who holds or has held a seat; the pages the portal itself shows.
 */

const publishedCases = (db: Database) =>
  db.selectFrom("public_case as c").where(casePublished("c.id"));

const publicPersons = (db: Database) =>
  db
    .selectFrom("person as p")
    .where((eb) =>
      eb.exists(
        eb.selectFrom("membership as ms").select("ms.id").whereRef("ms.person_id", "=", "p.id"),
      ),
    );

export async function countSitemapEntries(db: Database) {
  const count = sql<number>`count(*)::int`.as("n");
  const [meetings, cases, people] = await Promise.all([
    db.selectFrom("meeting").select(count).executeTakeFirstOrThrow(),
    publishedCases(db).select(count).executeTakeFirstOrThrow(),
    publicPersons(db).select(count).executeTakeFirstOrThrow(),
  ]);
  return { moter: meetings.n, saker: cases.n, personer: people.n };
}

export async function findSitemapMeetings(db: Database, page: { offset: number; limit: number }) {
  return db
    .selectFrom("meeting")
    .select(["id", "updated_at"])
    .orderBy("id")
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export async function findSitemapCases(db: Database, page: { offset: number; limit: number }) {
  return publishedCases(db)
    .select("c.id")
    .orderBy("c.id")
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export async function findSitemapPersons(db: Database, page: { offset: number; limit: number }) {
  return publicPersons(db)
    .select("p.id")
    .orderBy("p.id")
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}
