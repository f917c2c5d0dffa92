import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

/** The speaker who has the floor on the item is done; the time they spoke is kept. */
export async function endSpeech({
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
}): Promise<Outcome<{ entryId: number }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  const ended = await tx
    .updateTable("speaker_entry")
    .set({ ended_at: now })
    .where("agenda_item_id", "=", item.id)
    .where("started_at", "is not", null)
    .where("ended_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!ended) return refused({ form: "Ingen har ordet nå." });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "speaker.end",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, entryId: ended.id },
  });
  return succeeded({ entryId: ended.id });
}
