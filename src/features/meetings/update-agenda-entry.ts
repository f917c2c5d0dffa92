import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { ENTRY_DEFAULT_TITLES } from "../../domain/agenda-kinds.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { agendaVisibility } from "../public-access/published.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "../publishing/publication-in-progress.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Changes what an item without a case says: its title, its text, and for an orientation who
 * gives it. A case's item takes these from the case, so it answers 404 here. The caller has
 * locked the meeting.
 */
export async function updateAgendaEntry({
  actor,
  meeting,
  itemId,
  title,
  text,
  presenter,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  title: string;
  text: string;
  presenter: string;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "kind", "title", "text", "presenter"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item || item.kind === "case") throw new NotFoundError();
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const next = {
    title: title.trim() || ENTRY_DEFAULT_TITLES[item.kind],
    text: text.trim(),
    presenter: presenter.trim(),
  };
  if (item.kind === "orientation" && next.presenter === "")
    return refused({ presenter: "Skriv hvem som orienterer." });
  if (item.kind !== "orientation" && next.presenter !== "")
    return refused({ presenter: "Bare en orientering har noen som orienterer." });
  await tx.updateTable("agenda_item").set(next).where("id", "=", itemId).execute();
  await writeAudit(tx, {
    actor,
    action: "agenda_item.update_entry",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item",
    entityId: itemId,
    details: {
      meetingId: meeting.id,
      ...next,
      previous: { title: item.title, text: item.text, presenter: item.presenter },
    },
  });
  return succeeded({ itemId });
}
