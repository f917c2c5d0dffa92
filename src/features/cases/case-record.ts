import { type FieldErrors, type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, CaseType } from "../../db/schema.ts";
import { recommendationHeading } from "../../domain/genitive.ts";

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

/**
 * The route may only name bodies that exist, and not the same body twice in a row (a route may
 * come back to a body after another, Formannskapet → hovedutvalg → Formannskapet, but a body
 * cannot be given its own decision as its recommendation). The error sits on the step's field.
 */
export async function checkRoute(tx: Database, route: readonly number[]): Promise<FieldErrors> {
  if (route.length === 0) return { route1: "Velg minst ett utvalg i saksgangen." };
  const found = await tx.selectFrom("body").select("id").where("id", "in", route).execute();
  const known = new Set(found.map((row) => row.id));
  const unknown = route.findIndex((bodyId) => !known.has(bodyId));
  if (unknown !== -1) return { [`route${unknown + 1}`]: "Velg et utvalg som finnes." };
  const repeated = route.findIndex((bodyId, index) => index > 0 && route[index - 1] === bodyId);
  if (repeated !== -1) return { [`route${repeated + 1}`]: ROUTE_REPEATED_MESSAGE };
  return {};
}

export const ROUTE_REPEATED_MESSAGE =
  "Utvalget står rett før i saksgangen. Velg et annet utvalg imellom.";

export const ROUTE_NEEDS_REASON_MESSAGE =
  "Saken har vært på en saksliste, så saksgangen endres på siden «Endre saksgang», med begrunnelse.";

export interface RouteChange {
  /** The bodies of the route before the change, in order. */
  previous: number[];
  changed: boolean;
  /** Some step has been on an agenda: the change needs a reason, and those steps stay. */
  treated: boolean;
}

/**
 * Writes the route as steps, keeping what has happened: the steps up to the last one that has
 * been on an agenda are treated (agenda items point at them, and the decisions were carried on
 * from them), so the new route must begin with them unchanged. Later steps are kept where the
 * same body stays at the same place, so a planned meeting survives; the others are replaced.
 * Then the decision of the last decided step is put to the step after it, or ends the case when
 * no step is left.
 */
export async function writeRoute(
  tx: Database,
  caseId: number,
  route: readonly number[],
): Promise<Outcome<RouteChange>> {
  const existing = await tx
    .selectFrom("case_route_step as step")
    .innerJoin("body", "body.id", "step.body_id")
    .select((eb) => [
      "step.id",
      "step.position",
      "step.body_id",
      "body.name as body_name",
      eb
        .exists(
          eb
            .selectFrom("agenda_item")
            .select("agenda_item.id")
            .whereRef("agenda_item.route_step_id", "=", "step.id"),
        )
        .$castTo<boolean>()
        .as("placed"),
    ])
    .where("step.case_id", "=", caseId)
    .orderBy("step.position")
    .execute();
  const previous = existing.map((step) => step.body_id);
  const treatedCount = existing.reduce(
    (count, step, index) => (step.placed ? index + 1 : count),
    0,
  );
  for (const [index, step] of existing.slice(0, treatedCount).entries())
    if (route[index] !== step.body_id)
      return refused({
        [`route${index + 1}`]: `Steg ${index + 1}, ${step.body_name}, har vært på en saksliste og må stå der det står.`,
      });
  const replaced = existing.filter(
    (step, index) => index >= treatedCount && route[index] !== step.body_id,
  );
  if (replaced.length > 0)
    await tx
      .deleteFrom("case_route_step")
      .where(
        "id",
        "in",
        replaced.map((step) => step.id),
      )
      .execute();
  const added = route
    .map((bodyId, index) => ({ case_id: caseId, position: index + 1, body_id: bodyId }))
    .filter((step) => existing[step.position - 1]?.body_id !== step.body_id);
  if (added.length > 0) await tx.insertInto("case_route_step").values(added).execute();
  await settleRoute(tx, caseId);
  const changed = previous.length !== route.length || previous.some((id, i) => route[i] !== id);
  return succeeded({ previous, changed, treated: treatedCount > 0 });
}

/**
 * After a route change: the first undecided step gets the decision before it as its
 * recommendation (the first step has the administration's own), and a route whose every step is
 * decided ends the case with the last decision.
 */
async function settleRoute(tx: Database, caseId: number): Promise<void> {
  const steps = await tx
    .selectFrom("case_route_step as step")
    .innerJoin("body", "body.id", "step.body_id")
    .leftJoin("agenda_item as decided", (join) =>
      join.onRef("decided.route_step_id", "=", "step.id").on("decided.decided_at", "is not", null),
    )
    .select([
      "step.id",
      "step.recommendation",
      "body.name as body_name",
      "decided.decision",
      "decided.decided_at",
    ])
    .where("step.case_id", "=", caseId)
    .orderBy("step.position")
    .orderBy("decided.decided_at")
    .execute();
  // One row per step, the latest decision winning should a step have more than one.
  const byStep = [...new Map(steps.map((step) => [step.id, step])).values()];
  const open = byStep.findIndex((step) => step.decided_at === null);
  const last = byStep[open === -1 ? byStep.length - 1 : open - 1];
  if (open === -1) {
    await tx
      .updateTable("case")
      .set({ status: "decided", decided_at: last?.decided_at ?? null, updated_at: new Date() })
      .where("id", "=", caseId)
      .execute();
    return;
  }
  const next = byStep[open];
  if (!next) return;
  await tx
    .updateTable("case_route_step")
    .set(
      last
        ? {
            recommendation: last.decision,
            recommendation_by: recommendationHeading(last.body_name),
          }
        : { recommendation: null, recommendation_by: null },
    )
    .where("id", "=", next.id)
    .execute();
}
