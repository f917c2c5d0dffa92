import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

/** A speaker on the list withdraws before having the floor; the row stays, marked. */
export async function strikeSpeaker({
  actor,
  meeting,
  itemId,
  entryId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  entryId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ entryId: number }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  const struck = await tx
    .updateTable("speaker_entry")
    .set({ cancelled_at: now })
    .where("id", "=", entryId)
    .where("agenda_item_id", "=", item.id)
    .where("started_at", "is", null)
    .where("cancelled_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!struck) return refused({ form: "Bare en taler som ikke har hatt ordet, kan strykes." });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "speaker.strike",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, entryId },
  });
  return succeeded({ entryId });
}
