import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { agendaVisibility } from "../public-access/published.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "../publishing/publication-in-progress.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Takes a letter off a referatsak; the letters after it move up, so the list keeps 1..n. The
 * caller has locked the meeting.
 */
export async function removeAgendaLetter({
  actor,
  meeting,
  itemId,
  letterId,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  letterId: number;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const letter = await tx
    .selectFrom("agenda_item_letter as l")
    .innerJoin("agenda_item as a", "a.id", "l.agenda_item_id")
    .select(["l.id", "l.position", "l.journal_reference"])
    .where("l.id", "=", letterId)
    .where("a.id", "=", itemId)
    .where("a.meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!letter) throw new NotFoundError();
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  await tx.deleteFrom("agenda_item_letter").where("id", "=", letterId).execute();
  // One at a time, lowest first, so each lands on the place just freed: PostgreSQL checks the
  // unique (item, position) row by row.
  const after = await tx
    .selectFrom("agenda_item_letter")
    .select(["id", "position"])
    .where("agenda_item_id", "=", itemId)
    .where("position", ">", letter.position)
    .orderBy("position")
    .execute();
  for (const row of after)
    await tx
      .updateTable("agenda_item_letter")
      .set({ position: row.position - 1 })
      .where("id", "=", row.id)
      .execute();
  await writeAudit(tx, {
    actor,
    action: "agenda_item.remove_letter",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item_letter",
    entityId: letterId,
    details: { meetingId: meeting.id, itemId, journalReference: letter.journal_reference },
  });
  return succeeded({ itemId });
}
