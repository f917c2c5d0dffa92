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

/** Marks an item as treated in closed meeting (kl. § 11-5), with the basis, or opens it again. */
export async function updateAgendaItem({
  actor,
  meeting,
  itemId,
  closedBasis,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  /** The legal basis for closing the item; null keeps it open. */
  closedBasis: string | null;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "is_closed", "closed_basis", "closure_decided_at"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  // What the body decided in the meeting is a fact for the minutes, not a plan to change.
  if (item.closure_decided_at !== null)
    return refused({
      closed: "Utvalget har vedtatt å lukke møtet for saken, så dette kan ikke endres.",
    });
  const isClosed = closedBasis !== null;
  await tx
    .updateTable("agenda_item")
    .set({ is_closed: isClosed, closed_basis: closedBasis })
    .where("id", "=", itemId)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.update",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item",
    entityId: itemId,
    details: {
      meetingId: meeting.id,
      isClosed,
      closedBasis,
      previous: { isClosed: item.is_closed, closedBasis: item.closed_basis },
    },
  });
  return succeeded({ itemId });
}
