import type { Database } from "../../db/database.ts";
import { casePublished } from "../public-access/published.ts";

/**
 * What a subscription follows: a body's meetings and decisions, one case on its way, or what a
 * saved search finds among the published news.
 */
export type AlertTarget =
  | { kind: "body"; bodyId: number }
  | { kind: "case"; caseId: number }
  /** A saved search, as searchQueryText writes it. */
  | { kind: "search"; query: string };

/**
 * The target as a mail names it, read as the public may see it (an exempt case by its public
 * title); null when there is no such body or no published case.
 */
export async function describeTarget(db: Database, target: AlertTarget): Promise<string | null> {
  if (target.kind === "search") return `nye treff for søket «${target.query}»`;
  if (target.kind === "body") {
    const body = await db
      .selectFrom("body")
      .select("name")
      .where("id", "=", target.bodyId)
      .executeTakeFirst();
    return body ? `møter og vedtak i ${body.name}` : null;
  }
  const row = await db
    .selectFrom("public_case as c")
    .select("c.title")
    .where("c.id", "=", target.caseId)
    .where(casePublished("c.id"))
    .executeTakeFirst();
  return row ? `saken «${row.title}»` : null;
}
