import { type Expression, type SqlBool, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { CaseType } from "../../db/schema.ts";
import type { ParsedQuery } from "../../domain/search-query.ts";
import type { PolicyUser } from "../../policies/rules.ts";
import { STAFF } from "../../policies/rules.ts";
import { SEARCH_CONFIG, searchTsquery } from "./tsquery.ts";

export const SEARCH_KINDS = ["case", "document", "meeting", "body", "person"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchFilters {
  kind?: SearchKind | undefined;
  bodyId?: number | undefined;
  year?: number | undefined;
  caseType?: CaseType | undefined;
  decided?: boolean | undefined;
  hasDocuments?: boolean | undefined;
}

export type SearchSort = "relevance" | "date";

/**
 * Which index is searched: the public one, or the workspace's for one user, whose policy then
 * narrows the hits as the case policy does (src/policies/case-policy.ts).
 */
export type SearchScope = { audience: "public" } | { audience: "internal"; user: PolicyUser };

export interface SearchOptions {
  parsed: ParsedQuery;
  filters: SearchFilters;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  scope: SearchScope;
}

/** Text with the matched words marked, to render without ever trusting it as HTML. */
export type Highlighted = Array<{ text: string; hit: boolean }>;

export interface SearchHit {
  kind: SearchKind;
  entityId: number;
  caseId: number | null;
  meetingId: number | null;
  title: Highlighted;
  snippet: Highlighted;
  sortAt: Date;
  caseType: CaseType | null;
  decided: boolean | null;
  /** A body's slug, for the portal's address of it. */
  slug: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Hits counted, up to COUNT_LIMIT. */
  total: number;
  /** More than COUNT_LIMIT matched; `total` is the limit. */
  moreThanTotal: boolean;
  page: number;
  pageCount: number;
}

export const PAGE_SIZE = 20;
/** Counting every match of a common word costs more than the page; past this it says "over". */
export const COUNT_LIMIT = 1_000;
export const MAX_PAGE = COUNT_LIMIT / PAGE_SIZE;

const START = "\u27e6";
const STOP = "\u27e7";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Splits ts_headline's output at its markers; the markers never reach the page. */
export function splitHighlight(text: string): Highlighted {
  const parts: Highlighted = [];
  let hit = false;
  for (const piece of text.split(new RegExp(`([${START}${STOP}])`))) {
    if (piece === START) hit = true;
    else if (piece === STOP) hit = false;
    else if (piece !== "") parts.push({ text: piece, hit });
  }
  return parts;
}

type Table = "search_public" | "search_internal";

function filterConditions(filters: SearchFilters): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filters.kind) conditions.push(sql<SqlBool>`e.kind = ${filters.kind}`);
  if (filters.bodyId !== undefined)
    conditions.push(sql<SqlBool>`e.body_ids @> array[${filters.bodyId}]::integer[]`);
  if (filters.year !== undefined) conditions.push(sql<SqlBool>`e.year = ${filters.year}`);
  if (filters.caseType) conditions.push(sql<SqlBool>`e.case_type = ${filters.caseType}`);
  if (filters.decided !== undefined) conditions.push(sql<SqlBool>`e.decided = ${filters.decided}`);
  if (filters.hasDocuments !== undefined)
    conditions.push(sql<SqlBool>`e.has_documents = ${filters.hasDocuments}`);
  return conditions;
}

/**
 * The workspace user's share of the internal index, in SQL, by the case policy's rule for a
 * case officer: a public case, one they write (own or shared), or one they approve once it is
 * submitted. Staff see everything; persons are for the registry's users (personPolicy).
 */
function scopeConditions(scope: SearchScope): Expression<SqlBool>[] {
  if (scope.audience === "public") return [];
  const { user } = scope;
  if (STAFF.includes(user.role)) return [];
  if (user.role !== "case_officer") return [sql<SqlBool>`false`];
  const approver = user.mayApproveCases;
  return [
    sql<SqlBool>`e.kind <> 'person'`,
    sql<SqlBool>`(e.case_id is null or exists (
      select 1 from "case" c where c.id = e.case_id and (
        c.access = 'public'
        or c.owner_user_id = ${user.id}
        or exists (select 1 from case_share s where s.case_id = c.id and s.user_id = ${user.id})
        or (${approver} and c.status <> 'draft')
      )))`,
  ];
}

const EMPTY: Omit<SearchResult, "page"> = {
  hits: [],
  total: 0,
  moreThanTotal: false,
  pageCount: 0,
};

export async function searchEntries(db: Database, options: SearchOptions): Promise<SearchResult> {
  const query = searchTsquery(options.parsed);
  const page = Math.min(Math.max(1, Math.trunc(options.page)), MAX_PAGE);
  if (query === null) return { ...EMPTY, page };
  const table: Table = options.scope.audience === "public" ? "search_public" : "search_internal";
  const conditions = [
    sql<SqlBool>`e.vector @@ ${query}`,
    ...filterConditions(options.filters),
    ...scopeConditions(options.scope),
  ];
  const where = sql.join(conditions, sql` and `);
  const order =
    options.sort === "date"
      ? sql`e.sort_at desc, e.kind, e.entity_id`
      : sql`rank desc, e.sort_at desc, e.kind, e.entity_id`;

  const counted = await sql<{ n: number }>`
    select count(*)::integer as n from (
      select 1 from ${sql.table(table)} e where ${where} limit ${COUNT_LIMIT + 1}
    ) as matched`.execute(db);
  const matched = counted.rows[0]?.n ?? 0;
  if (matched === 0) return { ...EMPTY, page };
  const total = Math.min(matched, COUNT_LIMIT);
  const pageCount = Math.ceil(total / PAGE_SIZE);

  // Ranking reads every match's vector; past the count's limit it ranks the newest matches,
  // as many as the pages can show, so a common word costs what a rarer one does.
  const candidates =
    matched > COUNT_LIMIT
      ? sql`(select e.* from ${sql.table(table)} e where ${where}
          order by e.sort_at desc, e.kind, e.entity_id limit ${COUNT_LIMIT})`
      : sql`(select e.* from ${sql.table(table)} e where ${where})`;

  // Headlines are made for the page's rows only: ts_headline reads the whole text.
  const rows = await sql<{
    kind: SearchKind;
    entity_id: number;
    case_id: number | null;
    meeting_id: number | null;
    sort_at: Date;
    case_type: CaseType | null;
    decided: boolean | null;
    title: string;
    snippet: string;
    slug: string | null;
  }>`
    with found as (
      select e.kind, e.entity_id, e.case_id, e.meeting_id, e.sort_at, e.case_type, e.decided,
        e.title, e.content, ts_rank(e.vector, ${query}) as rank
      from ${candidates} e
      order by ${order}
      limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}
    )
    select f.kind, f.entity_id, f.case_id, f.meeting_id, f.sort_at, f.case_type, f.decided,
      ts_headline(${SEARCH_CONFIG}::regconfig, f.title, ${query},
        ${`HighlightAll=true, StartSel=${START}, StopSel=${STOP}`}) as title,
      case when f.content = '' then '' else
        ts_headline(${SEARCH_CONFIG}::regconfig, f.content, ${query}, ${HEADLINE_OPTIONS}) end
        as snippet,
      (select b.slug from body b where f.kind = 'body' and b.id = f.entity_id) as slug
    from found f
    order by ${sql.raw(options.sort === "date" ? "f.sort_at desc, f.kind, f.entity_id" : "f.rank desc, f.sort_at desc, f.kind, f.entity_id")}`.execute(
    db,
  );
  return {
    hits: rows.rows.map((row) => ({
      kind: row.kind,
      entityId: row.entity_id,
      caseId: row.case_id,
      meetingId: row.meeting_id,
      title: splitHighlight(row.title),
      snippet: splitHighlight(row.snippet),
      sortAt: new Date(row.sort_at),
      caseType: row.case_type,
      decided: row.decided,
      slug: row.slug,
    })),
    total,
    moreThanTotal: matched > COUNT_LIMIT,
    page,
    pageCount,
  };
}
