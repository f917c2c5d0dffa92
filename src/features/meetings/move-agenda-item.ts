import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { agendaVisibility } from "../public-access/published.ts";
import { publicItemLabel, recordMeetingChange } from "../publishing/meeting-changes.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "../publishing/publication-in-progress.ts";
import { type Direction, moveItem } from "./agenda-order.ts";
import { agendaItems, writePositions } from "./agenda-store.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Swaps an item with its neighbour. Numbers already drawn stay with their cases: the order of
 * the agenda may differ from the order of the numbers once the notice is out.
 */
export async function moveAgendaItem({
  actor,
  meeting,
  itemId,
  direction,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  direction: Direction;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const items = await agendaItems(tx, meeting.id);
  if (!items.some((item) => item.id === itemId)) throw new NotFoundError();
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const changes = moveItem(items, itemId, direction);
  if (!changes)
    return refused({
      form: direction === "up" ? "Saken står allerede først." : "Saken står allerede sist.",
    });
  await writePositions(tx, changes);
  const moved = changes.find((change) => change.id === itemId);
  await recordMeetingChange(tx, {
    actor,
    meeting,
    kind: "items_reordered",
    agendaItemId: itemId,
    description: `${await publicItemLabel(tx, itemId)} er flyttet til nummer ${moved?.position ?? ""} på sakslisten.`,
    now: new Date(),
  });
  await writeAudit(tx, {
    actor,
    action: "agenda_item.move",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item",
    entityId: itemId,
    details: { meetingId: meeting.id, direction, positions: changes },
  });
  return succeeded({ itemId });
}
