import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";

/**
 * The body begins treating an item: its start time, for the minutes and for finding the item in
 * the meeting's video. The meeting must be open; a withdrawn item is not treated. The caller has
 * locked the meeting.
 */
export async function startItem({
  actor,
  meeting,
  itemId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ startedAt: Date }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "started_at", "withdrawn_at"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (meeting.opened_at === null || meeting.closed_at !== null)
    return refused({ form: "Behandlingen kan bare starte mens møtet er satt." });
  if (item.withdrawn_at !== null) return refused({ form: "Saken er trukket." });
  if (item.started_at !== null)
    return refused({ form: "Behandlingen av saken er allerede startet." });
  await tx.updateTable("agenda_item").set({ started_at: now }).where("id", "=", itemId).execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.start",
    visibility: "internal",
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, startedAt: now.toISOString() },
  });
  return succeeded({ startedAt: now });
}
