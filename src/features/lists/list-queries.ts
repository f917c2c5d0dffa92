import { type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { CaseType, DB } from "../../db/schema.ts";
import { osloDateTime } from "../../domain/time.ts";
import { agendaPublished } from "../public-access/published.ts";

/**
 * The public lists of cases and of people in office. Cases come from `public_case` and count
 * only once they stand on a published agenda (the rule of casePublished), so an exempt case
 * shows its neutral title and a case still being prepared is not listed at all.
 */

export type CaseStatusFilter = "open" | "decided";

export interface CaseListFilter {
  bodyId?: number | undefined;
  year?: number | undefined;
  caseType?: CaseType | undefined;
  status?: CaseStatusFilter | undefined;
}

/** Treated on a published agenda, by the body and in the year asked for, when asked. */
function treatedAsAsked(
  eb: ExpressionBuilder<DB & { c: DB["public_case"] }, "c">,
  filter: CaseListFilter,
) {
  let treatment = eb
    .selectFrom("public_agenda_item as pa")
    .innerJoin("meeting as pm", "pm.id", "pa.meeting_id")
    .select("pa.id")
    .whereRef("pa.case_id", "=", "c.id")
    .where(agendaPublished("pm"));
  if (filter.bodyId !== undefined) treatment = treatment.where("pm.body_id", "=", filter.bodyId);
  if (filter.year !== undefined)
    treatment = treatment
      .where("pm.starts_at", ">=", osloDateTime(`${filter.year}-01-01`, "00:00"))
      .where("pm.starts_at", "<", osloDateTime(`${filter.year + 1}-01-01`, "00:00"));
  return eb.exists(treatment);
}

function filteredCases(db: Database, filter: CaseListFilter) {
  let query = db.selectFrom("public_case as c").where((eb) => treatedAsAsked(eb, filter));
  if (filter.caseType !== undefined) query = query.where("c.case_type", "=", filter.caseType);
  if (filter.status === "open") query = query.where("c.decided_at", "is", null);
  if (filter.status === "decided") query = query.where("c.decided_at", "is not", null);
  return query;
}

export async function findPublicCases(
  db: Database,
  filter: CaseListFilter & { offset: number; limit: number },
) {
  const [rows, count] = await Promise.all([
    filteredCases(db, filter)
      .select((eb) => [
        "c.id",
        "c.archive_case_number",
        "c.title",
        "c.case_type",
        "c.access",
        "c.exemption_basis",
        "c.decided_at",
        // The latest published treatment, which the list is sorted by.
        eb
          .selectFrom("public_agenda_item as la")
          .innerJoin("meeting as lm", "lm.id", "la.meeting_id")
          .select("lm.starts_at")
          .whereRef("la.case_id", "=", "c.id")
          .where(agendaPublished("lm"))
          .orderBy("lm.starts_at", "desc")
          .limit(1)
          .as("last_meeting_at"),
        eb
          .selectFrom("public_agenda_item as la")
          .innerJoin("meeting as lm", "lm.id", "la.meeting_id")
          .innerJoin("body as lb", "lb.id", "lm.body_id")
          .select("lb.name")
          .whereRef("la.case_id", "=", "c.id")
          .where(agendaPublished("lm"))
          .orderBy("lm.starts_at", "desc")
          .limit(1)
          .as("last_body_name"),
      ])
      .orderBy(sql`last_meeting_at desc nulls last`)
      .orderBy("c.id", "desc")
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    filteredCases(db, filter).select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export type PublicCaseListRow = Awaited<ReturnType<typeof findPublicCases>>["rows"][number];

/** The years in which a published agenda met, newest first: the choices of the year filter. */
export async function findAgendaYears(db: Database): Promise<number[]> {
  const rows = await db
    .selectFrom("meeting as m")
    .select(sql<number>`extract(year from m.starts_at at time zone 'Europe/Oslo')::int`.as("year"))
    .where(agendaPublished("m"))
    .distinct()
    .orderBy("year", "desc")
    .execute();
  return rows.map((row) => row.year);
}

/** The parties and joint lists that hold seats on the day: the choices of the party filter. */
export async function findSeatedLists(db: Database, scope: { termId: number; day: string }) {
  return db
    .selectFrom("party as l")
    .select(["l.id", "l.name", "l.short_name"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("membership as ms")
          .select("ms.id")
          .whereRef("ms.list_id", "=", "l.id")
          .where("ms.term_id", "=", scope.termId)
          .where("ms.starts_on", "<=", scope.day)
          .where((inner) =>
            inner.or([inner("ms.ends_on", "is", null), inner("ms.ends_on", ">=", scope.day)]),
          ),
      ),
    )
    .orderBy("l.name")
    .execute();
}

/** Every seat held on the day in the term, with its person, body and list. */
export async function findSeatsInOffice(
  db: Database,
  scope: { termId: number; day: string; bodyId?: number | undefined; listId?: number | undefined },
) {
  let query = db
    .selectFrom("membership as ms")
    .innerJoin("person as p", "p.id", "ms.person_id")
    .innerJoin("body as b", "b.id", "ms.body_id")
    .leftJoin("party as l", "l.id", "ms.list_id")
    .select([
      "ms.id",
      "ms.role",
      "ms.substitute_rank",
      "p.id as person_id",
      "p.given_name",
      "p.family_name",
      "b.name as body_name",
      "b.slug as body_slug",
      "b.kind as body_kind",
      "l.name as list_name",
    ])
    .where("ms.term_id", "=", scope.termId)
    .where("ms.starts_on", "<=", scope.day)
    .where((eb) => eb.or([eb("ms.ends_on", "is", null), eb("ms.ends_on", ">=", scope.day)]));
  if (scope.bodyId !== undefined) query = query.where("ms.body_id", "=", scope.bodyId);
  if (scope.listId !== undefined) query = query.where("ms.list_id", "=", scope.listId);
  return query
    .orderBy("p.family_name")
    .orderBy("p.given_name")
    .orderBy("p.id")
    .orderBy("b.sort_order")
    .orderBy("b.name")
    .execute();
}

export type SeatInOfficeRow = Awaited<ReturnType<typeof findSeatsInOffice>>[number];
