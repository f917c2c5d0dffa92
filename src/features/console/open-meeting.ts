import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";

/**
 * The chair opens the meeting (setter møtet); the minutes' start time. Opening a meeting that
 * is already open, or was closed, is refused: its time is a fact already recorded. The caller
 * has locked the meeting.
 */
export async function openMeeting({
  actor,
  meeting,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ openedAt: Date }>> {
  if (meeting.opened_at !== null) return refused({ form: "Møtet er allerede satt." });
  await tx
    .updateTable("meeting")
    .set({ opened_at: now, updated_at: now })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.open",
    visibility: "internal",
    entityType: "meeting",
    entityId: meeting.id,
    details: { openedAt: now.toISOString() },
  });
  return succeeded({ openedAt: now });
}
