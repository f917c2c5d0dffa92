import { type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, CaseType, DB } from "../../db/schema.ts";
import type { CaseStatus } from "../../domain/case-status.ts";
import { type CaseSubject, can, NotFoundError, type PolicyUser } from "../../policies/policy.ts";
import { likeEscape } from "../../web/search.ts";

/** What the case policy reads of a case row. */
export const caseSubject = (row: {
  owner_user_id: number | null;
  shared_with: readonly number[];
  access: AccessStatus;
  status: CaseStatus;
  decided: boolean;
}): CaseSubject => ({
  ownerId: row.owner_user_id,
  sharedWith: row.shared_with,
  access: row.access,
  status: row.status,
  decided: row.decided,
});

/** The accounts the case is shared with (case_share), for the policy. */
export function caseSharedWith(_eb: ExpressionBuilder<DB, "case">) {
  return sql<number[]>`array(
    select case_share.user_id from case_share where case_share.case_id = "case".id
    order by case_share.user_id
  )`;
}

/** Some body has decided the case (agenda_item.decided_at is set by the minutes). */
export function caseDecided(eb: ExpressionBuilder<DB, "case">) {
  return eb
    .exists(
      eb
        .selectFrom("agenda_item as decided_item")
        .select("decided_item.id")
        .whereRef("decided_item.case_id", "=", "case.id")
        .where("decided_item.decided_at", "is not", null),
    )
    .$castTo<boolean>();
}

/**
 * The cases the user may open, as SQL: the view rule of the case policy, so a list is scoped in
 * the database before its limit. Lists check each row with can() as well, and a test holds the
 * two together.
 */
function visibleTo(user: PolicyUser) {
  return (eb: ExpressionBuilder<DB, "case">) => {
    switch (user.role) {
      case "administrator":
      case "secretariat":
        return eb.lit(true);
      case "case_officer":
        return eb.or([
          eb("case.access", "=", "public"),
          eb("case.owner_user_id", "=", user.id),
          eb.exists(
            eb
              .selectFrom("case_share")
              .select("case_share.user_id")
              .whereRef("case_share.case_id", "=", "case.id")
              .where("case_share.user_id", "=", user.id),
          ),
          ...(user.mayApproveCases ? [eb("case.status", "<>", "draft")] : []),
        ]);
      case "member":
        return eb.lit(false);
    }
  };
}

export interface CaseListEntry {
  id: number;
  archiveCaseNumber: string;
  title: string;
  caseType: CaseType;
  access: AccessStatus;
  exemptionBasis: string | null;
  status: CaseStatus;
  /** Short names of the bodies on the route, in order. */
  route: string[];
}

export const CASE_LIST_LIMIT = 100;

/** Cases whose archive number starts with, or whose title contains, the search text. */
export function caseMatches(search: string) {
  const pattern = likeEscape(search);
  return (eb: ExpressionBuilder<DB, "case">) =>
    eb.or([
      eb("case.archive_case_number", "ilike", `${pattern}%`),
      eb("case.title", "ilike", `%${pattern}%`),
    ]);
}

/**
 * The newest cases the user may open, or those of them whose archive number starts with or
 * title contains the search.
 */
export async function listCases(
  db: Database,
  { search, user }: { search: string; user: PolicyUser },
): Promise<CaseListEntry[]> {
  let query = db
    .selectFrom("case")
    .select((eb) => [
      "case.id",
      "case.archive_case_number",
      "case.title",
      "case.case_type",
      "case.access",
      "case.exemption_basis",
      "case.owner_user_id",
      "case.status",
      caseSharedWith(eb).as("shared_with"),
      caseDecided(eb).as("decided"),
    ])
    .where(visibleTo(user))
    .orderBy("case.created_at", "desc")
    .orderBy("case.id", "desc")
    .limit(CASE_LIST_LIMIT);
  if (search) query = query.where(caseMatches(search));
  const rows = (await query.execute()).filter((row) => can(user, "view", "case", caseSubject(row)));
  const routes = await routeNames(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    archiveCaseNumber: row.archive_case_number,
    title: row.title,
    caseType: row.case_type,
    access: row.access,
    exemptionBasis: row.exemption_basis,
    status: row.status,
    route: routes.get(row.id) ?? [],
  }));
}

async function routeNames(db: Database, caseIds: number[]): Promise<Map<number, string[]>> {
  const routes = new Map<number, string[]>();
  if (caseIds.length === 0) return routes;
  const steps = await db
    .selectFrom("case_route_step")
    .innerJoin("body", "body.id", "case_route_step.body_id")
    .select(["case_route_step.case_id", "body.short_name"])
    .where("case_route_step.case_id", "in", caseIds)
    .orderBy("case_route_step.case_id")
    .orderBy("case_route_step.position")
    .execute();
  for (const step of steps) {
    const route = routes.get(step.case_id) ?? [];
    route.push(step.short_name);
    routes.set(step.case_id, route);
  }
  return routes;
}

export async function findCase(db: Database, caseId: number) {
  const row = await db
    .selectFrom("case")
    .selectAll("case")
    .select((eb) => [caseDecided(eb).as("decided"), caseSharedWith(eb).as("shared_with")])
    .where("case.id", "=", caseId)
    .executeTakeFirst();
  if (!row) return undefined;
  const steps = await db
    .selectFrom("case_route_step")
    .select("body_id")
    .where("case_id", "=", caseId)
    .orderBy("position")
    .execute();
  return { ...row, route: steps.map((step) => step.body_id) };
}

export interface BodyOption {
  id: number;
  name: string;
  isActive: boolean;
}

/** Bodies in the municipality's own order, for pickers and filters. */
export async function bodyOptions(db: Database): Promise<BodyOption[]> {
  const rows = await db
    .selectFrom("body")
    .select(["id", "name", "is_active"])
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, isActive: row.is_active }));
}

/**
 * The case row locked for a change, with what the policy and the change's rules read; one that
 * does not exist answers 404.
 */
export async function lockCase(tx: Database, caseId: number) {
  const row = await tx
    .selectFrom("case")
    .select((eb) => [
      "case.id",
      "case.owner_user_id",
      "case.access",
      "case.status",
      "case.version",
      "case.title",
      "case.summary",
      "case.facts",
      "case.assessment",
      "case.recommendation",
      caseSharedWith(eb).as("shared_with"),
      caseDecided(eb).as("decided"),
    ])
    .where("case.id", "=", caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

export type LockedCase = Awaited<ReturnType<typeof lockCase>>;

export interface OwnerOption {
  id: number;
  name: string;
}

/** Case officers' accounts a case can be given to; a deactivated current owner stays listed. */
export async function ownerOptions(
  db: Database,
  currentOwnerId: number | null,
): Promise<OwnerOption[]> {
  const rows = await db
    .selectFrom("app_user")
    .select(["id", "display_name", "disabled"])
    .where("role", "=", "case_officer")
    .where((eb) =>
      currentOwnerId === null
        ? eb("disabled", "=", false)
        : eb.or([eb("disabled", "=", false), eb("id", "=", currentOwnerId)]),
    )
    .orderBy("display_name")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.disabled ? `${row.display_name} (deaktivert)` : row.display_name,
  }));
}
