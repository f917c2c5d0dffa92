import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { type Outcome, refused, succeeded } from "../../web/form-input.ts";
import { nextPosition } from "./agenda-order.ts";
import { agendaItems } from "./agenda-store.ts";
import { assignSeriesNumbers } from "./case-number-series.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/**
 * Puts a case last on the agenda. After the notice it is a tilleggssak and draws its number
 * from the series at once. The caller has locked the meeting.
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
  const found = await tx
    .selectFrom("case")
    .select([
      "case.id",
      "case.case_type",
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom("case_route_step")
              .select("case_route_step.case_id")
              .whereRef("case_route_step.case_id", "=", "case.id")
              .where("case_route_step.body_id", "=", meeting.body_id),
          )
          .as("on_route"),
    ])
    .where("case.id", "=", caseId)
    .executeTakeFirst();
  if (!found) return refused({ caseId: "Velg en sak fra listen." });
  if (!found.on_route)
    return refused({ caseId: "Saken skal ikke behandles i dette utvalget etter saksgangen." });
  const items = await agendaItems(tx, meeting.id);
  if (items.some((item) => item.case_id === caseId))
    return refused({ caseId: "Saken står allerede på sakslisten." });
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
