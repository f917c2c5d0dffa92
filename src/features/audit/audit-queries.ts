import type { Database } from "../../db/database.ts";
import { likeEscape } from "../../web/search.ts";

export const AUDIT_ENTRIES_PER_PAGE = 50;

export interface AuditFilter {
  /** The part of the action before the dot, such as "case". */
  area: string | null;
  entityType: string | null;
  /** Part of the actor's name. */
  actor: string;
}

/**
 * One page of the log, newest first, from the entry `from` and older. Paged by id rather than by
 * offset, so a page stays put while new entries are written and a deep page costs no more.
 */
export async function listAuditEntries(
  db: Database,
  { filter, from }: { filter: AuditFilter; from: number | null },
) {
  let query = db
    .selectFrom("audit_log")
    .select(["id", "at", "actor_name", "action", "entity_type", "entity_id", "details"])
    .orderBy("id", "desc")
    .limit(AUDIT_ENTRIES_PER_PAGE + 1);
  if (filter.area !== null) query = query.where("action", "like", `${likeEscape(filter.area)}.%`);
  if (filter.entityType !== null) query = query.where("entity_type", "=", filter.entityType);
  if (filter.actor) query = query.where("actor_name", "ilike", `%${likeEscape(filter.actor)}%`);
  if (from !== null) query = query.where("id", "<=", from);
  const rows = await query.execute();
  const next = rows[AUDIT_ENTRIES_PER_PAGE];
  return {
    entries: rows.slice(0, AUDIT_ENTRIES_PER_PAGE),
    nextFrom: next ? next.id : null,
  };
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
