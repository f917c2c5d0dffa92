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
import { closeGaps } from "./agenda-order.ts";
import { lockCases } from "./agenda-placement.ts";
import { agendaItems, writePositions } from "./agenda-store.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Takes an item off the agenda and closes the gap in positions. A number it has drawn is not
 * given back: the series counter stays, so the number is a visible gap, never reused. No later
 * body can have the case yet: it reaches the next step only by this body's decision.
 */
export async function removeAgendaItem({
  actor,
  meeting,
  itemId,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  tx: Database;
}): Promise<Outcome<{ meetingId: number }>> {
  const items = await agendaItems(tx, meeting.id);
  const item = items.find((candidate) => candidate.id === itemId);
  if (!item) throw new NotFoundError();
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const caseIds = item.case_id === null ? [] : [item.case_id];
  await lockCases(tx, caseIds);
  await tx.deleteFrom("agenda_item").where("id", "=", itemId).execute();
  await writePositions(tx, closeGaps(items.filter((candidate) => candidate.id !== itemId)));
  await writeAudit(tx, {
    actor,
    action: "agenda_item.remove",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item",
    entityId: itemId,
    details: {
      meetingId: meeting.id,
      caseId: item.case_id,
      position: item.position,
      caseType: item.case_type,
      seriesYear: item.series_year,
      seriesNumber: item.series_number,
    },
  });
  return succeeded({ meetingId: meeting.id });
}
