import { type Actor, type Visibility, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";

export const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.user.displayName : actor.name;

/**
 * Every fact the console records is written as a change to its meeting, so the log of a meeting
 * reads in order, and a second browser on the same console hears one event per fact and knows
 * it is about this meeting.
 */
export async function auditConsole(
  tx: Database,
  entry: {
    actor: Actor;
    meeting: Meeting;
    action: string;
    now: Date;
    details: Record<string, unknown>;
    visibility?: Visibility;
  },
): Promise<void> {
  await writeAudit(tx, {
    actor: entry.actor,
    at: entry.now,
    action: entry.action,
    visibility: entry.visibility ?? "internal",
    entityType: "meeting",
    entityId: entry.meeting.id,
    details: entry.details,
  });
}
