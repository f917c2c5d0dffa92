import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { agendaVisibility } from "../public-access/published.ts";
import { nextPosition } from "./agenda-order.ts";
import {
  comingInBody,
  decidedInBody,
  lockCases,
  onRoute,
  pendingEarlierSteps,
  placementOf,
  plannedElsewhereMessage,
  waitingForMessage,
} from "./agenda-placement.ts";
import { agendaItems } from "./agenda-store.ts";
import { assignSeriesNumbers } from "./case-number-series.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Puts a case last on the agenda, where the route allows it (agenda-placement.ts). After the
 * notice it is a tilleggssak and draws its number from the series at once. The caller has
 * locked the meeting; the case is locked here, so two meetings cannot take it at once.
 */
export async function addAgendaItem({
  actor,
  meeting,
  caseId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  caseId: number;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  const [locked] = await lockCases(tx, [caseId]);
  if (locked === undefined) return refused({ caseId: "Velg en sak fra listen." });
  const at = placementOf(caseId, meeting.body_id, meeting.starts_at);
  const found = await tx
    .selectFrom("case")
    .select((eb) => [
      "case.id",
      "case.case_type",
      eb.exists(onRoute(tx, at)).as("on_route"),
      eb.exists(decidedInBody(tx, at)).as("decided"),
      comingInBody(tx, at)
        .clearSelect()
        .select("placed_meeting.starts_at")
        .where("placed_meeting.id", "<>", meeting.id)
        .limit(1)
        .as("planned_at"),
      pendingEarlierSteps(tx, at).select("earlier_body.name").limit(1).as("waiting_for"),
    ])
    .where("case.id", "=", caseId)
    .executeTakeFirstOrThrow();
  if (!found.on_route)
    return refused({ caseId: "Saken skal ikke behandles i dette utvalget etter saksgangen." });
  const items = await agendaItems(tx, meeting.id);
  if (items.some((item) => item.case_id === caseId))
    return refused({ caseId: "Saken står allerede på sakslisten." });
  if (found.decided) return refused({ caseId: "Utvalget har allerede behandlet saken." });
  if (found.planned_at) return refused({ caseId: plannedElsewhereMessage(found.planned_at) });
  if (found.waiting_for) return refused({ caseId: waitingForMessage(found.waiting_for) });
  const created = await tx
    .insertInto("agenda_item")
    .values({
      meeting_id: meeting.id,
      case_id: caseId,
      position: nextPosition(items),
      case_type: found.case_type,
    })
    .returning(["id", "position"])
    .executeTakeFirstOrThrow();
  const numbers =
    meeting.status === "notice_published"
      ? await assignSeriesNumbers({
          tx,
          bodyId: meeting.body_id,
          year: seriesYear(meeting.starts_at),
          items: [{ id: created.id, caseType: found.case_type }],
        })
      : new Map<number, number>();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.add",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item",
    entityId: created.id,
    details: {
      meetingId: meeting.id,
      caseId,
      position: created.position,
      seriesNumber: numbers.get(created.id) ?? null,
    },
  });
  return succeeded({ itemId: created.id });
}
