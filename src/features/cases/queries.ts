import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, CaseType, DB } from "../../db/schema.ts";
import { likeEscape } from "../../web/search.ts";

export interface CaseListEntry {
  id: number;
  archiveCaseNumber: string;
  title: string;
  caseType: CaseType;
  access: AccessStatus;
  exemptionBasis: string | null;
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

/** The newest cases, or those whose archive number starts with or title contains the search. */
export async function listCases(
  db: Database,
  { search }: { search: string },
): Promise<CaseListEntry[]> {
  let query = db
    .selectFrom("case")
    .select(["id", "archive_case_number", "title", "case_type", "access", "exemption_basis"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(CASE_LIST_LIMIT);
  if (search) query = query.where(caseMatches(search));
  const rows = await query.execute();
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
  const row = await db.selectFrom("case").selectAll().where("id", "=", caseId).executeTakeFirst();
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
