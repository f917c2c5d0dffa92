import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { auditMinutes, openMinutes } from "./minutes-record.ts";
import { storedText } from "./minutes-texts.ts";

/**
 * Takes the secretary's text back: a paragraph follows the console's draft again, and a note
 * is removed. The caller has locked the meeting.
 */
export async function revertMinutesText({
  actor,
  meeting,
  itemId,
  key,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  key: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ key: string }>> {
  await openMinutes(tx, meeting, now);
  const existing = await storedText(tx, { meetingId: meeting.id, itemId, key });
  if (!existing)
    return refused({ form: "Teksten er ikke endret, så den følger allerede utkastet." });
  await tx.deleteFrom("minutes_text").where("id", "=", existing.id).execute();
  await auditMinutes(tx, {
    actor,
    meeting,
    now,
    action: "minutes.text.revert",
    details: { itemId, key },
  });
  return succeeded({ key });
}
