import type { Database } from "../../db/database.ts";
import { ADMINISTRATION_RECOMMENDATION } from "../../domain/genitive.ts";
import {
  presentRoute,
  type RouteModel,
  type RouteStepRow,
  type RouteTreatmentRow,
} from "./route-presenter.ts";

/** The route's steps as the workspace sees them, with the meeting each is planned for. */
export async function routeSteps(db: Database, caseId: number): Promise<RouteStepRow[]> {
  return db
    .selectFrom("case_route_step as step")
    .innerJoin("body", "body.id", "step.body_id")
    .leftJoin("meeting as planned", "planned.id", "step.planned_meeting_id")
    .select([
      "step.id",
      "step.position",
      "step.recommendation_by",
      "body.name as body_name",
      "body.slug as body_slug",
      "planned.starts_at as planned_starts_at",
    ])
    .where("step.case_id", "=", caseId)
    .orderBy("step.position")
    .execute();
}

/** Every agenda item about the case, drafts too: the workspace's view of the treatments. */
export async function routeTreatments(db: Database, caseId: number): Promise<RouteTreatmentRow[]> {
  return db
    .selectFrom("agenda_item as item")
    .innerJoin("meeting", "meeting.id", "item.meeting_id")
    .select([
      "item.id",
      "item.route_step_id",
      "item.case_type",
      "item.series_year",
      "item.series_number",
      "item.decision",
      "item.decided_at",
      "meeting.id as meeting_id",
      "meeting.status as meeting_status",
      "meeting.starts_at",
    ])
    .where("item.case_id", "=", caseId)
    .orderBy("meeting.starts_at")
    .orderBy("item.id")
    .execute();
}

export interface StepRecommendation {
  /** "Kommunedirektørens innstilling", "Formannskapets innstilling" … */
  by: string;
  /** Null while the body before has not decided. */
  text: string | null;
}

/**
 * The recommendation put to the step's body: the administration's (the case's own) on the first
 * step, the previous body's decision on a later one.
 */
export async function recommendationForStep(
  db: Database,
  stepId: number,
): Promise<StepRecommendation | null> {
  const row = await db
    .selectFrom("case_route_step as step")
    .innerJoin("case", "case.id", "step.case_id")
    .select([
      "step.position",
      "step.recommendation",
      "step.recommendation_by",
      "case.recommendation as own",
    ])
    .where("step.id", "=", stepId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.position === 1) return { by: ADMINISTRATION_RECOMMENDATION, text: row.own };
  return { by: row.recommendation_by ?? "Innstilling", text: row.recommendation };
}

/** The case's route as the workspace shows it: every treatment, plans, links to its meetings. */
export async function workspaceRoute(db: Database, caseId: number): Promise<RouteModel> {
  const [own, steps, treatments] = await Promise.all([
    db
      .selectFrom("case")
      .select("recommendation")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow(),
    routeSteps(db, caseId),
    routeTreatments(db, caseId),
  ]);
  return presentRoute({
    recommendation: own.recommendation,
    steps,
    treatments,
    links: { body: () => null, meeting: (id) => `/admin/moter/${id}` },
  });
}
