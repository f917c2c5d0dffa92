import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { formatCaseNumber } from "../domain/numbering.ts";

/** One treatment on the route (saksgang), filled in as far as the case has come. */
export interface PresentationRouteStep {
  body: string;
  /** The meeting the case is on, or planned for; null before either. */
  meetingAt: Date | null;
  /** "PS 12/26" once the notice has drawn it; null before. */
  caseNumber: string | null;
}

/** What the presentation PDF of one approved version shows, and nothing more. */
export interface PresentationView {
  caseId: number;
  caseVersionId: number;
  version: number;
  municipality: string;
  title: string;
  archiveCaseNumber: string;
  caseOfficer: string;
  responsibleUnit: string;
  /** The legal basis of an exempt case, printed on every page; null for a public case. */
  exemptionBasis: string | null;
  route: PresentationRouteStep[];
  summary: string;
  facts: string;
  assessment: string;
  /** Kommunedirektørens innstilling, with its numbered points as written. */
  recommendation: string;
  /** Current attachments in their order (vedlegg 1, 2, ...). */
  attachments: string[];
  /** Who signed for the chief executive, and when; null for a case approved before that was recorded. */
  approval: { by: string; at: Date } | null;
  /** Why and by whom an approved presentation was changed; null for version 1. */
  revision: { reason: string; by: string } | null;
  /** When this version was made: the date the presentation carries. */
  createdAt: Date;
}

/** Loads the view of a case version; null when there is no such version. */
export async function loadPresentationView(
  db: Database,
  caseVersionId: number,
): Promise<PresentationView | null> {
  const version = await db
    .selectFrom("case_version as v")
    .innerJoin("case as c", "c.id", "v.case_id")
    .select([
      "v.id",
      "v.case_id",
      "v.version",
      "v.title",
      "v.summary",
      "v.facts",
      "v.assessment",
      "v.recommendation",
      "v.reason",
      "v.author_name",
      "v.created_at",
      "c.archive_case_number",
      "c.case_officer",
      "c.responsible_unit",
      "c.access",
      "c.exemption_basis",
      "c.approved_by_name",
      "c.approved_at",
    ])
    .where("v.id", "=", caseVersionId)
    .executeTakeFirst();
  if (!version) return null;

  const municipality = await db
    .selectFrom("municipality")
    .select("name")
    .orderBy("id")
    .executeTakeFirst();

  // The treatment of each step: the latest meeting whose agenda holds it, or else the meeting
  // it is planned for. A cancelled meeting treats nothing.
  const steps = await db
    .selectFrom("case_route_step as s")
    .innerJoin("body as b", "b.id", "s.body_id")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("agenda_item as a")
          .innerJoin("meeting as m", "m.id", "a.meeting_id")
          .select(["m.starts_at", "a.case_type", "a.series_year", "a.series_number"])
          .where((eb) =>
            eb.or([
              eb("a.route_step_id", "=", eb.ref("s.id")),
              // An item placed before items named their step treats the case in its body.
              eb.and([
                eb("a.route_step_id", "is", null),
                eb("a.case_id", "=", eb.ref("s.case_id")),
                eb("m.body_id", "=", eb.ref("s.body_id")),
              ]),
            ]),
          )
          .where("m.status", "!=", "cancelled")
          .orderBy("m.starts_at", "desc")
          .limit(1)
          .as("treated"),
      (join) => join.onTrue(),
    )
    .leftJoin("meeting as planned", (join) =>
      join.onRef("planned.id", "=", "s.planned_meeting_id").on("planned.status", "!=", "cancelled"),
    )
    .select([
      "b.name as body",
      "treated.starts_at as treated_at",
      "treated.case_type",
      "treated.series_year",
      "treated.series_number",
      "planned.starts_at as planned_at",
    ])
    .where("s.case_id", "=", version.case_id)
    .orderBy("s.position")
    .execute();

  const attachments = await db
    .selectFrom("document")
    .select("title")
    .where("case_id", "=", version.case_id)
    .where("kind", "=", "attachment")
    .where("replaced_by_id", "is", null)
    .orderBy(sql`position nulls last`)
    .orderBy("id")
    .execute();

  return {
    caseId: version.case_id,
    caseVersionId: version.id,
    version: version.version,
    municipality: municipality?.name ?? "",
    title: version.title,
    archiveCaseNumber: version.archive_case_number,
    caseOfficer: version.case_officer,
    responsibleUnit: version.responsible_unit,
    exemptionBasis: version.access === "exempt" ? (version.exemption_basis ?? "") : null,
    route: steps.map((step) => ({
      body: step.body,
      meetingAt: step.treated_at ?? step.planned_at ?? null,
      caseNumber:
        step.case_type && step.series_year !== null && step.series_number !== null
          ? formatCaseNumber({
              caseType: step.case_type,
              year: step.series_year,
              number: step.series_number,
            })
          : null,
    })),
    summary: version.summary,
    facts: version.facts,
    assessment: version.assessment,
    recommendation: version.recommendation,
    attachments: attachments.map((attachment) => attachment.title),
    approval:
      version.approved_by_name && version.approved_at
        ? { by: version.approved_by_name, at: version.approved_at }
        : null,
    revision: version.reason ? { reason: version.reason, by: version.author_name } : null,
    createdAt: version.created_at,
  };
}
