import { sql } from "kysely";
import type { SessionUser } from "./auth/session.ts";
import { CHANGE_CHANNEL, type ChangeEvent, encodeChangeEvent } from "./commit/change-event.ts";
import { collectEvent } from "./commit/commit.ts";
import type { Database } from "./db/database.ts";

/** Who did something: a signed-in user, or the system itself (demo data, command line). */
export type Actor = { kind: "user"; user: SessionUser } | { kind: "system"; name: string };

/**
 * "public" when the change can alter what the portal shows (the portal's views read the
 * changed row); "internal" when only the workspace sees it: a login, an account, a case not
 * yet on a published agenda. Public changes drop cached public pages on every node.
 */
export type Visibility = "public" | "internal";

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: number | string;
  visibility: Visibility;
  details?: Record<string, unknown>;
  /** When the change happened; the database's clock unless a use case was given its `now`. */
  at?: Date;
}

/**
 * Records a change in the transaction that makes it: the audit row, the change event, and
 * the notification that announces it. PostgreSQL (PGlite too) delivers a notification only
 * when its transaction commits, so a rolled-back change leaves no trace and announces
 * nothing.
 */
export async function writeAudit(tx: Database, entry: AuditEntry): Promise<ChangeEvent> {
  const audit = await tx
    .insertInto("audit_log")
    .values({
      at: entry.at,
      actor_user_id: entry.actor.kind === "user" ? entry.actor.user.id : null,
      actor_name: entry.actor.kind === "user" ? entry.actor.user.displayName : entry.actor.name,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      details: JSON.stringify(entry.details ?? {}),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto("change_event")
    .values({
      at: entry.at,
      audit_id: audit.id,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      action: entry.action,
      public: entry.visibility === "public",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const event: ChangeEvent = {
    id: row.id,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    action: entry.action,
    public: entry.visibility === "public",
  };
  await sql`select pg_notify(${CHANGE_CHANNEL}, ${encodeChangeEvent(event)})`.execute(tx);
  collectEvent(tx, event);
  return event;
}
