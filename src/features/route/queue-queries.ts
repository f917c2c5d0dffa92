import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, MeetingStatus } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { placeable, stepForBody } from "../meetings/agenda-placement.ts";

const COMING: readonly MeetingStatus[] = ["planned", "notice_published"];

export interface QueueEntry {
  caseId: number;
  archiveCaseNumber: string;
  /** The real title: the queue is the secretariat's, who see exempt content. */
  title: string;
  access: AccessStatus;
  stepId: number;
  position: number;
  steps: number;
  /** Who made the recommendation put to the body; null for the administration's own. */
  recommendationBy: string | null;
  plannedMeetingId: number | null;
}

export interface ComingMeeting {
  id: number;
  startsAt: Date;
  status: MeetingStatus;
}

export const QUEUE_LIMIT = 500;

/**
 * The body's queue: ready cases (case.status 'ready') that stand at a step for this body and are
 * on none of its coming meetings, by the same rule that places them (agenda-placement.ts).
 * Planned ones first, by meeting, then the oldest.
 */
export async function queueOf(db: Database, bodyId: number): Promise<QueueEntry[]> {
  const rows = await db
    .selectFrom("case")
    .innerJoin("case_route_step as step", (join) =>
      join
        .onRef("step.case_id", "=", "case.id")
        .on("step.id", "=", (eb) =>
          stepForBody(db, { caseId: eb.ref("case.id"), bodyId: sql.val(bodyId) }),
        ),
    )
    .leftJoin("meeting as planned", "planned.id", "step.planned_meeting_id")
    .select((eb) => [
      "case.id",
      "case.archive_case_number",
      "case.title",
      "case.access",
      "step.id as step_id",
      "step.position",
      "step.recommendation_by",
      "step.planned_meeting_id",
      eb
        .selectFrom("case_route_step as every")
        .select((count) => count.fn.countAll<number>().as("n"))
        .whereRef("every.case_id", "=", "case.id")
        .as("steps"),
    ])
    .where("case.status", "=", "ready")
    .where((eb) => placeable(eb, db, { caseId: eb.ref("case.id"), bodyId: sql.val(bodyId) }))
    .orderBy(sql`planned.starts_at`, sql`asc nulls last`)
    .orderBy("case.created_at")
    .orderBy("case.id")
    .limit(QUEUE_LIMIT)
    .execute();
  return rows.map((row) => ({
    caseId: row.id,
    archiveCaseNumber: row.archive_case_number,
    title: row.title,
    access: row.access,
    stepId: row.step_id,
    position: row.position,
    steps: Number(row.steps),
    recommendationBy: row.recommendation_by,
    plannedMeetingId: row.planned_meeting_id,
  }));
}

/** The body's meetings a case can still be planned for or placed on, soonest first. */
export async function comingMeetingsOf(db: Database, bodyId: number): Promise<ComingMeeting[]> {
  const rows = await db
    .selectFrom("meeting")
    .select(["id", "starts_at", "status"])
    .where("body_id", "=", bodyId)
    .where("status", "in", COMING)
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ id: row.id, startsAt: row.starts_at, status: row.status }));
}

/** The body the queue is for; one that does not exist answers 404. */
export async function loadQueueBody(db: Database, bodyId: number) {
  const body = await db
    .selectFrom("body")
    .select(["id", "name"])
    .where("id", "=", bodyId)
    .executeTakeFirst();
  if (!body) throw new NotFoundError();
  return body;
}

export interface QueueCount {
  bodyId: number;
  bodyName: string;
  ready: number;
}

/** Every active body with the number of cases in its queue, for the overview. */
export async function queueCounts(db: Database): Promise<QueueCount[]> {
  const bodies = await db
    .selectFrom("body")
    .select(["id", "name"])
    .where("is_active", "=", true)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
  const counts = await Promise.all(bodies.map((body) => queueOf(db, body.id)));
  return bodies.map((body, index) => ({
    bodyId: body.id,
    bodyName: body.name,
    ready: counts[index]?.length ?? 0,
  }));
}
