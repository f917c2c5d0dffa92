import { type Expression, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { MeetingStatus } from "../../db/schema.ts";
import { formatWeekdayDate } from "../../domain/time.ts";

/**
 * Where a case may go on an agenda, written once as SQL so that the add-agenda-item use case
 * enforces exactly what the meeting page offers (candidateCases):
 *
 * - the body is on the case's route (saksgang);
 * - the body has not decided the case, and has it on no coming meeting (one placement per body;
 *   a case postponed at a held meeting, without a decision, may be placed again);
 * - every earlier body on the route has decided the case, or has it on a coming meeting that
 *   starts before this one: each body's decision is the next one's recommendation, and a later
 *   body's meeting is planned after the earlier body's (docs/decisions/0006-record-policies.md).
 *
 * "Decided" is agenda_item.decided_at, which the minutes set.
 */

const COMING: readonly MeetingStatus[] = ["planned", "notice_published"];

/** A case at a body, at a moment: the placement being weighed. Columns or values alike. */
export interface Placement {
  caseId: Expression<number>;
  bodyId: Expression<number>;
  startsAt: Expression<Date>;
}

/** A known case, body and meeting time as a placement. */
export const placementOf = (caseId: number, bodyId: number, startsAt: Date): Placement => ({
  caseId: sql.val(caseId),
  bodyId: sql.val(bodyId),
  startsAt: sql.val(startsAt),
});

export function onRoute(db: Database, at: Placement) {
  return db
    .selectFrom("case_route_step as step")
    .select("step.case_id")
    .where("step.case_id", "=", at.caseId)
    .where("step.body_id", "=", at.bodyId);
}

function itemsInBody(db: Database, at: Placement) {
  return db
    .selectFrom("agenda_item as placed")
    .innerJoin("meeting as placed_meeting", "placed_meeting.id", "placed.meeting_id")
    .where("placed.case_id", "=", at.caseId)
    .where("placed_meeting.body_id", "=", at.bodyId);
}

export function decidedInBody(db: Database, at: Placement) {
  return itemsInBody(db, at).select("placed.id").where("placed.decided_at", "is not", null);
}

/** The body's coming meetings that have the case, soonest first. */
export function comingInBody(db: Database, at: Placement) {
  return itemsInBody(db, at)
    .select(["placed_meeting.id", "placed_meeting.starts_at"])
    .where("placed_meeting.status", "in", COMING)
    .orderBy("placed_meeting.starts_at");
}

/** Route steps before the body's that have neither decided the case nor placed it in time. */
export function pendingEarlierSteps(db: Database, at: Placement) {
  return db
    .selectFrom("case_route_step as earlier")
    .innerJoin("case_route_step as here", (join) =>
      join
        .onRef("here.case_id", "=", "earlier.case_id")
        .onRef("here.position", ">", "earlier.position"),
    )
    .innerJoin("body as earlier_body", "earlier_body.id", "earlier.body_id")
    .where("earlier.case_id", "=", at.caseId)
    .where("here.body_id", "=", at.bodyId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("agenda_item as treated")
            .innerJoin("meeting as treated_meeting", "treated_meeting.id", "treated.meeting_id")
            .select("treated.id")
            .whereRef("treated.case_id", "=", "earlier.case_id")
            .whereRef("treated_meeting.body_id", "=", "earlier.body_id")
            .where((treated) =>
              treated.or([
                treated("treated.decided_at", "is not", null),
                treated.and([
                  treated("treated_meeting.status", "in", COMING),
                  treated("treated_meeting.starts_at", "<", at.startsAt),
                ]),
              ]),
            ),
        ),
      ),
    )
    .orderBy("earlier.position");
}

/**
 * Locks the cases whose placements a change weighs, in a statement of its own and in id order:
 * every change to a case's placements takes these locks, so two of them take turns, and the
 * checks that follow read what the other committed (a locking read that checked at once would
 * see the rows as they were when it started).
 */
export async function lockCases(tx: Database, caseIds: readonly number[]): Promise<number[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .selectFrom("case")
    .select("id")
    .where("id", "in", caseIds)
    .orderBy("id")
    .forUpdate()
    .execute();
  return rows.map((row) => row.id);
}

export const waitingForMessage = (bodyName: string): string =>
  `Saken må først behandles i ${bodyName}, eller stå på sakslisten til et møte der før dette.`;

export const plannedElsewhereMessage = (startsAt: Date): string =>
  `Saken står allerede på sakslisten til utvalgets møte ${formatWeekdayDate(startsAt)}.`;

/**
 * The first placement on a coming meeting, among the cases, whose earlier route steps are no
 * longer in place, after a change to the meeting or an item of the body: a placement on the
 * meeting itself, or one that waits for the body. Null when the order holds.
 */
export async function brokenRouteOrder(
  tx: Database,
  { caseIds, meetingId, bodyId }: { caseIds: readonly number[]; meetingId: number; bodyId: number },
): Promise<{
  archiveCaseNumber: string;
  bodyName: string;
  startsAt: Date;
  waitingFor: string;
} | null> {
  if (caseIds.length === 0) return null;
  const pending = (later: Placement) => pendingEarlierSteps(tx, later);
  const row = await tx
    .selectFrom("agenda_item as later")
    .innerJoin("meeting as later_meeting", "later_meeting.id", "later.meeting_id")
    .innerJoin("body as later_body", "later_body.id", "later_meeting.body_id")
    .innerJoin("case", "case.id", "later.case_id")
    .select((eb) => {
      const later = {
        caseId: eb.ref("later.case_id").$notNull(),
        bodyId: eb.ref("later_meeting.body_id"),
        startsAt: eb.ref("later_meeting.starts_at"),
      };
      return [
        "case.archive_case_number",
        "later_body.name",
        "later_meeting.starts_at",
        pending(later).select("earlier_body.name").limit(1).as("waiting_for"),
      ];
    })
    .where("later.case_id", "in", caseIds)
    .where("later_meeting.status", "in", COMING)
    .where((eb) => {
      const later = {
        caseId: eb.ref("later.case_id").$notNull(),
        bodyId: eb.ref("later_meeting.body_id"),
        startsAt: eb.ref("later_meeting.starts_at"),
      };
      return eb.or([
        eb.and([
          eb("later.meeting_id", "=", meetingId),
          eb.exists(pending(later).select("earlier.position")),
        ]),
        eb.exists(pending(later).select("earlier.position").where("earlier.body_id", "=", bodyId)),
      ]);
    })
    .orderBy("later_meeting.starts_at")
    .orderBy("later.id")
    .executeTakeFirst();
  if (!row?.waiting_for) return null;
  return {
    archiveCaseNumber: row.archive_case_number,
    bodyName: row.name,
    startsAt: row.starts_at,
    waitingFor: row.waiting_for,
  };
}
