import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { actorName } from "../console/actor-name.ts";
import { loadMinutes, NOTE_AT_START, noteKey } from "./load-minutes.ts";
import { auditMinutes, cleanText, openMinutes } from "./minutes-record.ts";
import { storedText } from "./minutes-texts.ts";

/**
 * The secretary adds a note (merknad, protokolltilførsel, what was said) after one paragraph of
 * an item's treatment, or before the first ('start'). A note follows the part it was added
 * after, so it stays in place when the console adds paragraphs. One note per place: a second is
 * written into the first. The caller has locked the meeting.
 */
export async function addMinutesNote({
  actor,
  meeting,
  itemId,
  after,
  text,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  /** The key of the paragraph the note follows, or 'start'. */
  after: string;
  text: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ key: string }>> {
  await openMinutes(tx, meeting, now);
  const clean = cleanText(text, "text");
  const minutes = await loadMinutes(tx, { meetingId: meeting.id, audience: "members" });
  const item = minutes.items.find((entry) => entry.agendaItemId === itemId);
  if (!item) throw new NotFoundError();
  const place =
    after === "start"
      ? NOTE_AT_START
      : item.treatment.some((entry) => entry.key === after && entry.kind !== "note")
        ? noteKey(after)
        : null;
  if (place === null)
    return refused({ form: "Denne delen av protokollen finnes ikke lenger. Last siden på nytt." });
  if (await storedText(tx, { meetingId: meeting.id, itemId, key: place }))
    return refused({ text: "Det står allerede en merknad her. Skriv i den i stedet." });
  await tx
    .insertInto("minutes_text")
    .values({
      meeting_id: meeting.id,
      agenda_item_id: itemId,
      key: place,
      text: clean,
      drafted: "",
      updated_at: now,
      updated_by_name: actorName(actor),
    })
    .execute();
  await auditMinutes(tx, {
    actor,
    meeting,
    now,
    action: "minutes.note.add",
    details: { itemId, key: place },
  });
  return succeeded({ key: place });
}
