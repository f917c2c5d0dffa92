import type { SessionUser } from "./auth/session.ts";
import type { Database } from "./db/database.ts";

/** Who did something: a signed-in user, or the system itself (demo data, command line). */
export type Actor = { kind: "user"; user: SessionUser } | { kind: "system"; name: string };

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: number | string;
  details?: Record<string, unknown>;
  /** When the change happened; the database's clock unless a use case was given its `now`. */
  at?: Date;
}

/** Writes the audit row; call it with the transaction that makes the change. */
export async function writeAudit(tx: Database, entry: AuditEntry): Promise<void> {
  await tx
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
    .execute();
}
