import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { actorName } from "../console/actor-name.ts";
import { loadMinutes } from "./load-minutes.ts";
import { auditMinutes, cleanText, openMinutes } from "./minutes-record.ts";
import { storedText } from "./minutes-texts.ts";

/**
 * The secretary writes over one drafted paragraph of an item's treatment, or rewrites a note
 * they added. The draft it replaces is kept beside it, so a later change in the console shows
 * the text as stale. A vote's result is not text: its counts are corrected in the console, and
 * the decision in the decision form. The caller has locked the meeting.
 */
export async function editMinutesText({
  actor,
  meeting,
  itemId,
  key,
  text,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  key: string;
  text: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ key: string }>> {
  await openMinutes(tx, meeting, now);
  const clean = cleanText(text, "text");
  const minutes = await loadMinutes(tx, { meetingId: meeting.id, audience: "members" });
  const item = minutes.items.find((entry) => entry.agendaItemId === itemId);
  if (!item) throw new NotFoundError();
  const paragraph = item.treatment.find((entry) => entry.key === key);
  if (!paragraph)
    return refused({ form: "Denne delen av protokollen finnes ikke lenger. Last siden på nytt." });
  if (!paragraph.editable)
    return refused({
      form: "Et voteringsresultat rettes i møtekonsollen, ikke i protokollteksten.",
    });
  const existing = await storedText(tx, { meetingId: meeting.id, itemId, key });
  const by = actorName(actor);
  if (existing)
    await tx
      .updateTable("minutes_text")
      .set({ text: clean, drafted: paragraph.drafted, updated_at: now, updated_by_name: by })
      .where("id", "=", existing.id)
      .execute();
  else
    await tx
      .insertInto("minutes_text")
      .values({
        meeting_id: meeting.id,
        agenda_item_id: itemId,
        key,
        text: clean,
        drafted: paragraph.drafted,
        updated_at: now,
        updated_by_name: by,
      })
      .execute();
  await auditMinutes(tx, {
    actor,
    meeting,
    now,
    action: "minutes.text.edit",
    details: { itemId, key },
  });
  return succeeded({ key });
}
