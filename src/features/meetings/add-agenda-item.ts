import { sql } from "kysely";
import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { agendaVisibility } from "../public-access/published.ts";
import { noteAddedAfterNotice } from "../publishing/meeting-changes.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "../publishing/publication-in-progress.ts";
import { nextPosition } from "./agenda-order.ts";
import {
  comingInBody,
  lockCases,
  nextStep,
  onRoute,
  openStepsInBody,
  placementOf,
  plannedElsewhereMessage,
  waitingForMessage,
} from "./agenda-placement.ts";
import { agendaItems } from "./agenda-store.ts";
import { assignSeriesNumbers } from "./case-number-series.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Puts a case last on the agenda, where the route allows it (agenda-placement.ts), as the
 * treatment of the route step the case stands at. After the notice it is a tilleggssak and
 * draws its number from the series at once. The caller has locked the meeting; the case is
 * locked here, so two meetings cannot take it at once.
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
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const [locked] = await lockCases(tx, [caseId]);
  if (locked === undefined) return refused({ caseId: "Velg en sak fra listen." });
  const at = placementOf(caseId, meeting.body_id);
  const found = await tx
    .selectFrom("case")
    .leftJoin(nextStep(tx, sql.val(caseId)).as("next"), (join) => join.onTrue())
    .leftJoin("body as next_body", "next_body.id", "next.body_id")
    .select((eb) => [
      "case.id",
      "case.case_type",
      "next.id as step_id",
      "next.body_id as step_body_id",
      "next_body.name as step_body_name",
      eb.exists(onRoute(tx, at)).as("on_route"),
      eb.exists(openStepsInBody(tx, at)).as("open_here"),
      comingInBody(tx, at)
        .clearSelect()
        .select("placed_meeting.starts_at")
        .where("placed_meeting.id", "<>", meeting.id)
        .limit(1)
        .as("planned_at"),
    ])
    .where("case.id", "=", caseId)
    .executeTakeFirstOrThrow();
  if (!found.on_route)
    return refused({ caseId: "Saken skal ikke behandles i dette utvalget etter saksgangen." });
  const items = await agendaItems(tx, meeting.id);
  if (items.some((item) => item.case_id === caseId))
    return refused({ caseId: "Saken står allerede på sakslisten." });
  if (!found.open_here) return refused({ caseId: "Utvalget har allerede behandlet saken." });
  if (found.planned_at) return refused({ caseId: plannedElsewhereMessage(found.planned_at) });
  if (found.step_id === null || found.step_body_id !== meeting.body_id)
    return refused({ caseId: waitingForMessage(found.step_body_name ?? "") });
  const created = await tx
    .insertInto("agenda_item")
    .values({
      meeting_id: meeting.id,
      case_id: caseId,
      route_step_id: found.step_id,
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
  await noteAddedAfterNotice(tx, { actor, meeting, itemId: created.id, now: now ?? new Date() });
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
      routeStepId: found.step_id,
      position: created.position,
      seriesNumber: numbers.get(created.id) ?? null,
    },
  });
  return succeeded({ itemId: created.id });
}
