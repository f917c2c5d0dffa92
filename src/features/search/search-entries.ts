import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { CaseType } from "../../db/schema.ts";
import type { ParsedQuery } from "../../domain/search-query.ts";
import type { PolicyUser } from "../../policies/rules.ts";
import { STAFF } from "../../policies/rules.ts";
import {
  type PrefixWords,
  prefixWords,
  type SearchTable,
  spellOutPrefixes,
} from "./index-tsquery.ts";
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

/** A hit as the database gives it, its headlines marked. */
interface HitRow {
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
}

/** What one look found: how many matches (up to WANTED), and the page when it settles it. */
interface Looked {
  matched: number;
  page: HitRow[];
}

/** What a page needs at most: COUNT_LIMIT matches and one more, which says there are more. */
const WANTED = COUNT_LIMIT + 1;
/** The newest entries every search reads by date first, to see how common its matches are. */
const SAMPLE = 1_000;
/** From this share of matches among the newest entries, reading on by date is the cheaper way. */
const DENSE = 0.5;
/** Matches are spread unevenly over time: a look is sized for this many times WANTED. */
const MARGIN = 1.3;
const DAY_MS = 86_400_000;
/** The index's `sort_period`: thirty days from the epoch (migration 0017). */
const PERIOD_DAYS = 30;

interface MatchQuery {
  db: Database;
  table: SearchTable;
  /** The conditions, with the prefixes spelled out for the full-text index. */
  where: Expression<SqlBool>;
  query: RawBuilder<string>;
  sort: SearchSort;
  /** Matches before the page's, in its order. */
  offset: number;
  /** Entries from this time on cannot match (the year filter's end); null for none. */
  before: Date | null;
}

const dayOf = (at: Date) => Math.floor(at.getTime() / DAY_MS);
const periodOf = (day: number) => Math.floor(day / PERIOD_DAYS);

/** How a look reaches the newest matches. */
type Way =
  /** Through the full-text index, among all entries. */
  | { by: "all" }
  /** Through the full-text index, among the entries of the periods from `fromDay`'s on. */
  | { by: "window"; fromDay: number; lastDay: number }
  /** Down the date index from the newest entry to `fromDay`, every entry read. */
  | { by: "date"; fromDay: number };

/**
 * The newest matches (up to WANTED) the way given, and the page among the COUNT_LIMIT newest,
 * ranked or by date, when this look settles it. A window's periods are named keys of the GIN
 * index beside the vector, so the index keeps only their matches. Read by date, the match is
 * written so that no index can take it (`is true`) and the planner walks the date index,
 * which for a common word finds a thousand matches within a little over a thousand entries.
 */
async function look(
  { db, table, where, query, sort, offset, before }: MatchQuery,
  way: Way,
): Promise<Looked> {
  let reach = sql<SqlBool>`true`;
  let matching = where;
  if (way.by === "window") {
    const first = periodOf(way.fromDay);
    const periods = Array.from({ length: periodOf(way.lastDay) - first + 1 }, (_, i) => first + i);
    reach = sql<SqlBool>`e.sort_period && ${periods}::integer[]`;
  } else if (way.by === "date") {
    reach = sql<SqlBool>`e.sort_at >= ${new Date(way.fromDay * DAY_MS)}`;
    matching = sql<SqlBool>`(${where}) is true`;
  }
  // Ranked after the newest are taken, so only they are ranked; their rows are found again
  // by position (ctid, within the one statement), so the sorts carry keys, not vectors.
  const rank =
    sort === "relevance"
      ? sql`(select ts_rank(v.vector, ${query}) from ${sql.table(table)} v where v.ctid = c.row)`
      : sql`0`;
  const order =
    sort === "relevance"
      ? sql`rank desc, sort_at desc, kind, entity_id`
      : sql`sort_at desc, kind, entity_id`;
  // Ranking, and the headlines of the page's rows (ts_headline reads the whole text), are
  // only for the look that settles the page: the last, or one holding WANTED matches.
  const last = way.by === "all";
  const rows = await sql<HitRow & { matched: number }>`
    with found as materialized (
      select e.ctid as row, e.kind, e.entity_id, e.sort_at from ${sql.table(table)} e
      where ${matching} and ${reach} and ${before === null ? sql`true` : sql`e.sort_at < ${before}`}
      order by e.sort_at desc, e.kind, e.entity_id limit ${WANTED}
    ), m as (
      select count(*)::integer as matched from found
    ), ranked as (
      select kind, entity_id, row_number() over (order by ${order}) as position
      from (select c.kind, c.entity_id, c.sort_at, ${rank} as rank
        from (select found.* from found, m where ${last} or m.matched >= ${WANTED}
          order by sort_at desc, kind, entity_id limit ${COUNT_LIMIT}) c) c
    )
    select m.matched, h.kind, h.entity_id, h.case_id, h.meeting_id, h.sort_at, h.case_type,
      h.decided,
      ts_headline(${SEARCH_CONFIG}::regconfig, h.title, ${query},
        ${`HighlightAll=true, StartSel=${START}, StopSel=${STOP}`}) as title,
      case when h.content = '' then '' else
        ts_headline(${SEARCH_CONFIG}::regconfig, h.content, ${query}, ${HEADLINE_OPTIONS}) end
        as snippet,
      (select b.slug from body b where h.kind = 'body' and b.id = h.entity_id) as slug
    from m
    left join ranked p on p.position > ${offset} and p.position <= ${offset + PAGE_SIZE}
    left join ${sql.table(table)} h on h.kind = p.kind and h.entity_id = p.entity_id
    order by p.position`.execute(db);
  return {
    matched: rows.rows[0]?.matched ?? 0,
    page: rows.rows.filter((row) => row.kind !== null),
  };
}

/** What the SAMPLE newest entries up to today (and the year filter's end) say of the query. */
interface Sample {
  /** Entries read: fewer than SAMPLE when that is all there are. */
  walked: number;
  matched: number;
  /** The days of the oldest and the newest entry read. */
  oldestDay: number;
  latestDay: number;
  /** No entry before this day can match: the filter year's start, or the index's oldest. */
  floorDay: number;
  /** No entry after this day can match: the filter year's end, or the index's newest. */
  lastDay: number;
}

/**
 * The page's matches, from among the newest: all matches when there are at most COUNT_LIMIT,
 * else the COUNT_LIMIT newest, which the count says are more.
 *
 * Sorting every match by date reads each of them from the table: thousands of rows for a word
 * in a few per cent of the entries, for a page that ranks a thousand; and the planner's
 * statistics do not tell how common a phrase or a prefix shared by many compounds is. So the
 * search has measured the share of matches among the newest entries (`sample`), and takes the
 * way that share makes cheap: down the date index for a common word; through the full-text
 * index for a rare one, which holds its few matches; and for a word in between, through the
 * full-text index for a window of recent periods sized to hold the thousand newest. Each look
 * is exact: a window holds every entry from its first day on, so when it holds WANTED matches,
 * the newest are among them; a window that falls short is followed by a wider one, and that by
 * a look among all entries.
 */
async function newestMatches(match: MatchQuery, sample: Sample): Promise<Looked> {
  if (sample.walked < SAMPLE || sample.matched === 0) return look(match, { by: "all" });
  const share = sample.matched / sample.walked;
  const perDay = sample.walked / (sample.latestDay - sample.oldestDay + 1);
  let back = Math.ceil(WANTED / share / perDay);
  if (share >= DENSE) {
    const fromDay = sample.latestDay - Math.ceil(MARGIN * back);
    const walked = await look(match, { by: "date", fromDay });
    if (walked.matched >= WANTED) return walked;
  } else {
    // The newest entries are an uncertain guide to a longer span (the newest cases have fewer
    // documents yet), so a window that falls short is followed by one sized by what it held.
    for (let window = 0; window < 2 && sample.latestDay - back > sample.floorDay; window++) {
      const fromDay = sample.latestDay - back;
      const found = await look(match, { by: "window", fromDay, lastDay: sample.lastDay });
      if (found.matched >= WANTED) return found;
      back = found.matched === 0 ? back * 8 : Math.ceil((back * MARGIN * WANTED) / found.matched);
    }
  }
  return look(match, { by: "all" });
}

/**
 * A time from which no entry can match the year filter: the next year's start in UTC, which
 * comes after Oslo's (its hour or two between is another year in Oslo, left out by the filter).
 */
function yearEnd(filters: SearchFilters): Date | null {
  if (filters.year === undefined) return null;
  return new Date(Date.UTC(filters.year + 1, 0, 1));
}

export async function searchEntries(db: Database, options: SearchOptions): Promise<SearchResult> {
  const query = searchTsquery(options.parsed);
  const page = Math.min(Math.max(1, Math.trunc(options.page)), MAX_PAGE);
  if (query === null) return { ...EMPTY, page };
  const table: SearchTable =
    options.scope.audience === "public" ? "search_public" : "search_internal";
  const before = yearEnd(options.filters);
  const conditions = (tsquery: RawBuilder<string>) =>
    sql<SqlBool>`${sql.join(
      [
        sql<SqlBool>`e.vector @@ ${tsquery}`,
        ...filterConditions(options.filters),
        ...scopeConditions(options.scope),
      ],
      sql` and `,
    )}`;
  // One statement for what the looks start from: the query as the database reads it, the
  // index's words for its prefixes, and the share of matches among the newest entries, checked
  // row by row (no index needed for that). The sample ends today: what is planned ahead
  // (meetings) is few entries and of one kind.
  const now = new Date();
  const sampledBefore = before === null || before > now ? now : before;
  const start = await sql<{
    normalized: string;
    words: PrefixWords[];
    walked: number;
    matched: number;
    oldest: Date | null;
    latest: Date | null;
    first: Date | null;
    newest: Date | null;
  }>`
    select q.normalized, ${prefixWords(table, sql<string>`q.normalized`)} as words, s.*,
      (select min(sort_at) from ${sql.table(table)}) as first,
      (select max(sort_at) from ${sql.table(table)}) as newest
    from (select ${query}::text as normalized) q,
      lateral (select count(*)::integer as walked,
          count(*) filter (where ${conditions(query)})::integer as matched,
          min(e.sort_at) as oldest, max(e.sort_at) as latest
        from (select * from ${sql.table(table)} e where e.sort_at < ${sampledBefore}
          order by e.sort_at desc, e.kind, e.entity_id limit ${SAMPLE}) e) s`.execute(db);
  const first = start.rows[0];
  // No first or newest entry: the index is empty. No oldest sampled: nothing is dated before
  // today, and the sample's days are not needed (a sample short of SAMPLE looks among all).
  if (!first?.normalized || !first.first || !first.newest) return { ...EMPTY, page };
  const where = conditions(spellOutPrefixes(first.normalized, first.words));
  const { matched, page: rows } = await newestMatches(
    {
      db,
      table,
      where,
      query,
      sort: options.sort,
      offset: (page - 1) * PAGE_SIZE,
      before,
    },
    {
      walked: first.walked,
      matched: first.matched,
      oldestDay: first.oldest ? dayOf(new Date(first.oldest)) : 0,
      latestDay: first.latest ? dayOf(new Date(first.latest)) : 0,
      floorDay:
        options.filters.year === undefined
          ? dayOf(new Date(first.first))
          : dayOf(new Date(Date.UTC(options.filters.year, 0, 1))) - 1,
      lastDay: Math.min(
        dayOf(new Date(first.newest)),
        before === null ? Number.POSITIVE_INFINITY : dayOf(before),
      ),
    },
  );
  if (matched === 0) return { ...EMPTY, page };
  const total = Math.min(matched, COUNT_LIMIT);
  return {
    hits: rows.map((row) => ({
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
    pageCount: Math.ceil(total / PAGE_SIZE),
  };
}
