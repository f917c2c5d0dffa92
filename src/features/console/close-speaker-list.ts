import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

/**
 * Strek: the chair closes the list of speakers. Those on it still speak, with their replies;
 * no new speech is added.
 */
export async function closeSpeakerList({
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
}): Promise<Outcome<{ closedAt: Date }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  if (item.speakersClosedAt !== null) return refused({ form: "Det er allerede satt strek." });
  await tx
    .updateTable("agenda_item")
    .set({ speakers_closed_at: now })
    .where("id", "=", item.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "speaker.close_list",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId },
  });
  return succeeded({ closedAt: now });
}
