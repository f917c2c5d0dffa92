import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

/**
 * The chair gives a speaker on the list the floor: the speech's time starts, and whoever held the
 * floor before on any item of the meeting has ended, since only one speaks at a time. The
 * caller has locked the meeting.
 */
export async function giveFloor({
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
  const entry = await tx
    .selectFrom("speaker_entry")
    .select(["id", "started_at", "cancelled_at"])
    .where("id", "=", entryId)
    .where("agenda_item_id", "=", item.id)
    .executeTakeFirst();
  if (!entry) return refused({ form: "Taleren står ikke på listen i denne saken." });
  if (entry.cancelled_at !== null) return refused({ form: "Taleren er strøket fra listen." });
  if (entry.started_at !== null) return refused({ form: "Taleren har allerede hatt ordet." });
  await tx
    .updateTable("speaker_entry")
    .set({ ended_at: now })
    .where("ended_at", "is", null)
    .where("started_at", "is not", null)
    .where("agenda_item_id", "in", (eb) =>
      eb.selectFrom("agenda_item").select("id").where("meeting_id", "=", meeting.id),
    )
    .execute();
  await tx
    .updateTable("speaker_entry")
    .set({ started_at: now })
    .where("id", "=", entry.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "speaker.start",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, entryId },
  });
  return succeeded({ entryId });
}
