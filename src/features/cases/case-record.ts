import type { FieldErrors } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, CaseType } from "../../db/schema.ts";

/** A case as the form delivers it, validated at the edge. */
export interface CaseInput {
  archiveCaseNumber: string;
  title: string;
  caseType: CaseType;
  caseOfficer: string;
  responsibleUnit: string;
  summary: string;
  /** Saksopplysninger: the facts of the case. */
  facts: string;
  /** Vurdering: the case officer's assessment. */
  assessment: string;
  /** Kommunedirektørens innstilling, the administration's recommendation. */
  recommendation: string;
  access: AccessStatus;
  /** Only for exempt cases: the neutral title the public sees and the legal basis. */
  publicTitle: string | null;
  exemptionBasis: string | null;
  /** The bodies the case passes, in order (saksgang); the last one decides. */
  route: number[];
  /** The case officer's account that owns the case; the route decides who may set it. */
  ownerId: number | null;
}

/** The texts of the case presentation (saksframlegg), as each version keeps them. */
export interface PresentationTexts {
  title: string;
  summary: string;
  facts: string;
  assessment: string;
  recommendation: string;
}

export const PRESENTATION_FIELDS = [
  "title",
  "summary",
  "facts",
  "assessment",
  "recommendation",
] as const satisfies readonly (keyof PresentationTexts)[];

/** The sections that differ between two presentations, in the order they are printed. */
export const changedSections = (
  before: PresentationTexts,
  after: PresentationTexts,
): (keyof PresentationTexts)[] =>
  PRESENTATION_FIELDS.filter((field) => before[field] !== after[field]);

export function caseColumns(input: CaseInput) {
  const exempt = input.access === "exempt";
  return {
    archive_case_number: input.archiveCaseNumber,
    title: input.title,
    case_type: input.caseType,
    case_officer: input.caseOfficer,
    responsible_unit: input.responsibleUnit,
    summary: input.summary,
    facts: input.facts,
    assessment: input.assessment,
    recommendation: input.recommendation,
    access: input.access,
    public_title: exempt ? input.publicTitle : null,
    exemption_basis: exempt ? input.exemptionBasis : null,
    owner_user_id: input.ownerId,
  };
}

/** A new owner must be an active case officer's account; the current one may stay. */
export async function checkOwner(
  tx: Database,
  ownerId: number | null,
  currentOwnerId: number | null,
): Promise<FieldErrors> {
  if (ownerId === null || ownerId === currentOwnerId) return {};
  const owner = await tx
    .selectFrom("app_user")
    .select("id")
    .where("id", "=", ownerId)
    .where("role", "=", "case_officer")
    .where("disabled", "=", false)
    .executeTakeFirst();
  return owner ? {} : { owner: "Velg en saksbehandler fra listen." };
}

/** The route may only name bodies that exist; the error sits on the first route field. */
export async function checkRoute(tx: Database, route: readonly number[]): Promise<FieldErrors> {
  const found = await tx.selectFrom("body").select("id").where("id", "in", route).execute();
  const known = new Set(found.map((row) => row.id));
  const index = route.findIndex((bodyId) => !known.has(bodyId));
  return index === -1 ? {} : { [`route${index + 1}`]: "Velg et utvalg som finnes." };
}

export async function writeRoute(
  tx: Database,
  caseId: number,
  route: readonly number[],
): Promise<void> {
  await tx.deleteFrom("case_route_step").where("case_id", "=", caseId).execute();
  await tx
    .insertInto("case_route_step")
    .values(
      route.map((bodyId, index) => ({ case_id: caseId, position: index + 1, body_id: bodyId })),
    )
    .execute();
}
