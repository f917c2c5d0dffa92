import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { agendaPublished, casePublished } from "../public-access/published.ts";
import { SEARCH_CONFIG } from "./tsquery.ts";

/**
 * Keeps `search_public` and `search_internal` up to date with the records the triggers of
 * migration 0013 marked in `search_dirty`. Each refresh deletes a record's entries and builds
 * them again from scratch, set by set, so an entry is never patched into a state its source
 * does not have.
 *
 * The public entries are built from the `public_*` views and the publication rules alone
 * (published.ts): whatever is exempt or unpublished is simply not there to be found.
 */

type Kind = "case" | "document" | "meeting" | "body" | "person";
type Marked = Record<Kind, number[]>;

/** The snippet text kept per entry; the vector holds the whole text. */
const CONTENT_LENGTH = 20_000;
/** PostgreSQL refuses a tsvector over 1 MB; text beyond this adds little to find. */
const VECTOR_TEXT_LENGTH = 300_000;
/** Records refreshed per round by a full reindex. */
const BATCH = 2_000;
/** Records of one kind built by one statement. */
const SLICE = 5_000;

/** Marked records from which a refresh first brings the planner's statistics up to date. */
const ANALYZE_FROM = 10_000;

const SOURCE_TABLES = [
  "case",
  "case_route_step",
  "agenda_item",
  "minutes_item_access",
  "meeting",
  "meeting_publication",
  "document",
  "body",
  "person",
  "membership",
  "party",
] as const;

/**
 * A bulk writer (the generators, a restore, a migration) leaves the planner without statistics
 * for the rows it wrote, PGlite runs no autovacuum, and on a fresh table the planner takes the
 * views' joins for tiny ones: nested loops over whole tables that never end. ANALYZE counts the
 * rows this transaction wrote, so it runs inside it, and costs a sample, not a scan.
 */
async function analyzeSources(tx: Database): Promise<void> {
  await sql`analyze ${sql.join(SOURCE_TABLES.map((table) => sql.table(table)))}`.execute(tx);
}

const ids = (values: number[]) => sql`${values}::integer[]`;

function emptyMarked(): Marked {
  return { case: [], document: [], meeting: [], body: [], person: [] };
}

/** The light markup's marks, which would show in a snippet as stray characters. */
function plain(text: RawBuilder<string> | string): RawBuilder<string> {
  const value = typeof text === "string" ? sql.ref(text) : text;
  return sql<string>`regexp_replace(regexp_replace(coalesce(${value}, ''), '\\*\\*|^#{1,2} |^ *[-*•] ', '', 'gn'), '\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g')`;
}

function year(at: string) {
  return sql<number>`extract(year from ${sql.ref(at)} at time zone 'Europe/Oslo')::integer`;
}

function vector(title: string, content: string) {
  return sql<string>`setweight(to_tsvector(${SEARCH_CONFIG}::regconfig, ${sql.ref(title)}), 'A') || setweight(to_tsvector(${SEARCH_CONFIG}::regconfig, left(${sql.ref(content)}, ${VECTOR_TEXT_LENGTH})), 'B')`;
}

const seriesNumber = (a: string) =>
  sql<string>`case when ${sql.ref(`${a}.series_number`)} is not null then ${sql.ref(`${a}.case_type`)} || ' ' || ${sql.ref(`${a}.series_number`)} || '/' || lpad((${sql.ref(`${a}.series_year`)} % 100)::text, 2, '0') end`;

/** Refreshes the entries of the records this transaction marked; the commit step calls it. */
export async function refreshSearchIndexForTransaction(tx: Database): Promise<void> {
  const rows = await sql<{ kind: Kind; entity_id: number }>`
    delete from search_dirty where tx = txid_current() returning kind, entity_id`.execute(tx);
  if (rows.rows.length > 0) await refreshMarked(tx, rows.rows);
}

/**
 * Refreshes every marked record, whoever marked it, in rounds: for writers outside the commit
 * step (the generators, a restore) and after `markAllForSearch`.
 */
export async function refreshWholeSearchIndex(
  db: Database,
  onProgress?: (done: number) => void,
): Promise<number> {
  let done = 0;
  const marked = await sql<{ n: number }>`select count(*)::integer as n from search_dirty`.execute(
    db,
  );
  if ((marked.rows[0]?.n ?? 0) > 0) await analyzeSources(db);
  for (;;) {
    const count = await db.transaction().execute(async (tx) => {
      const rows = await sql<{ kind: Kind; entity_id: number }>`
        delete from search_dirty where (kind, entity_id) in (
          select kind, entity_id from search_dirty limit ${BATCH} for update skip locked
        ) returning kind, entity_id`.execute(tx);
      if (rows.rows.length > 0) await refreshMarked(tx, rows.rows);
      return rows.rows.length;
    });
    if (count === 0) return done;
    done += count;
    onProgress?.(done);
  }
}

/** Marks every record for a full rebuild by refreshWholeSearchIndex. */
export async function markAllForSearch(db: Database): Promise<void> {
  await sql`insert into search_dirty (kind, entity_id)
    select 'case', id from "case" union all
    select 'document', id from document union all
    select 'meeting', id from meeting union all
    select 'body', id from body union all
    select 'person', id from person
    on conflict (kind, entity_id) do nothing`.execute(db);
}

function addNew(ids: number[], rows: readonly { id: number }[]): void {
  const known = new Set(ids);
  for (const row of rows) if (!known.has(row.id)) ids.push(row.id);
}

async function refreshMarked(
  tx: Database,
  rows: readonly { kind: Kind; entity_id: number }[],
): Promise<void> {
  const marked = emptyMarked();
  for (const row of rows) marked[row.kind].push(row.entity_id);
  if (rows.length >= ANALYZE_FROM) await analyzeSources(tx);
  // A case's documents take its filters and follow its publication, and the meetings it is on
  // show its title among their agenda's.
  if (marked.case.length > 0) {
    const caseIds = ids(marked.case);
    const [documents, meetings] = await Promise.all([
      tx
        .selectFrom("document")
        .select("id")
        .where(sql<SqlBool>`case_id = any(${caseIds})`)
        .execute(),
      tx
        .selectFrom("agenda_item")
        .select("meeting_id as id")
        .distinct()
        .where(sql<SqlBool>`case_id = any(${caseIds})`)
        .execute(),
    ]);
    addNew(marked.document, documents);
    addNew(marked.meeting, meetings);
  }
  // In slices, so a whole municipality's worth stays within the statement's memory.
  for (const kind of Object.keys(marked) as Kind[])
    for (let start = 0; start < marked[kind].length; start += SLICE) {
      const slice = marked[kind].slice(start, start + SLICE);
      for (const table of ["search_public", "search_internal"] as const)
        await tx
          .deleteFrom(table)
          .where("kind", "=", kind)
          .where(sql<SqlBool>`entity_id = any(${ids(slice)})`)
          .execute();
      await BUILDERS[kind](tx, slice);
    }
}

const ENTRY_COLUMNS = sql.raw(
  "kind, entity_id, case_id, meeting_id, body_ids, year, case_type, decided, has_documents, sort_at, title, content, vector",
);

/** Inserts the rows of `source` (one column per ENTRY_COLUMNS, vector computed here). */
async function insertEntries(
  tx: Database,
  table: "search_public" | "search_internal",
  source: RawBuilder<unknown>,
): Promise<void> {
  await sql`insert into ${sql.table(table)} (${ENTRY_COLUMNS})
    select kind, entity_id, case_id, meeting_id, body_ids, year, case_type, decided,
      has_documents, sort_at, title, left(content, ${CONTENT_LENGTH}), ${vector("title", "content")}
    from (${source}) as s`.execute(tx);
}

const BUILDERS: Record<Kind, (tx: Database, ids: number[]) => Promise<void>> = {
  async case(tx, caseIds) {
    await insertEntries(
      tx,
      "search_public",
      sql`select 'case' as kind, c.id as entity_id, c.id as case_id, null::integer as meeting_id,
        coalesce((select array_agg(distinct s.body_id) from public_case_route_step s
          where s.case_id = c.id), '{}') as body_ids,
        ${year("sort_at")} as year, c.case_type, c.decided_at is not null as decided,
        exists (select 1 from public_document d where d.case_id = c.id) as has_documents,
        sort_at, c.title,
        concat_ws(E'\\n', c.archive_case_number,
          (select string_agg(${seriesNumber("a")}, ' ') from public_agenda_item a
            join meeting m on m.id = a.meeting_id where a.case_id = c.id and ${agendaPublished("m")}),
          ${plain("c.summary")}, ${plain("c.facts")}, ${plain("c.assessment")},
          ${plain("c.recommendation")},
          (select string_agg(${plain("s.recommendation")}, E'\\n') from public_case_route_step s
            where s.case_id = c.id),
          (select string_agg(${plain("a.decision")}, E'\\n') from public_agenda_item a
            join meeting m on m.id = a.meeting_id where a.case_id = c.id and ${agendaPublished("m")})
        ) as content
      from (select pc.*, coalesce(pc.decided_at, pc.created_at) as sort_at from public_case pc
        where pc.id = any(${ids(caseIds)}) and ${casePublished("pc.id")}) as c`,
    );
    await insertEntries(
      tx,
      "search_internal",
      sql`select 'case' as kind, c.id as entity_id, c.id as case_id, null::integer as meeting_id,
        coalesce((select array_agg(distinct s.body_id) from case_route_step s
          where s.case_id = c.id), '{}') as body_ids,
        ${year("sort_at")} as year, c.case_type, c.decided_at is not null as decided,
        exists (select 1 from document d where d.case_id = c.id and d.replaced_by_id is null)
          as has_documents,
        sort_at, c.title,
        concat_ws(E'\\n', c.archive_case_number, c.public_title,
          (select string_agg(${seriesNumber("a")}, ' ') from agenda_item a where a.case_id = c.id),
          ${plain("c.summary")}, ${plain("c.facts")}, ${plain("c.assessment")},
          ${plain("c.recommendation")},
          (select string_agg(${plain("s.recommendation")}, E'\\n') from case_route_step s
            where s.case_id = c.id),
          (select string_agg(${plain("a.decision")}, E'\\n') from agenda_item a
            where a.case_id = c.id)
        ) as content
      from (select ca.*, coalesce(ca.decided_at, ca.created_at) as sort_at from "case" ca
        where ca.id = any(${ids(caseIds)})) as c`,
    );
  },

  async document(tx, documentIds) {
    // Only a document shown in full has its text searched; a redacted one shows its title.
    await insertEntries(
      tx,
      "search_public",
      sql`select 'document' as kind, pd.id as entity_id, pd.case_id, pd.meeting_id,
        case when pd.case_id is not null then coalesce((select array_agg(distinct s.body_id)
            from public_case_route_step s where s.case_id = pd.case_id), '{}')
          else array[m.body_id] end as body_ids,
        ${year("pd.created_at")} as year, c.case_type, c.decided_at is not null as decided,
        true as has_documents, pd.created_at as sort_at, pd.title,
        case when pd.redacted then '' else coalesce(d.extracted_text, '') end as content
      from public_document pd
        join document d on d.id = pd.id
        left join public_case c on c.id = pd.case_id
        left join meeting m on m.id = pd.meeting_id
      where pd.id = any(${ids(documentIds)})
        and (pd.case_id is null or ${casePublished("pd.case_id")})`,
    );
    await insertEntries(
      tx,
      "search_internal",
      sql`select 'document' as kind, d.id as entity_id, d.case_id, d.meeting_id,
        case when d.case_id is not null then coalesce((select array_agg(distinct s.body_id)
            from case_route_step s where s.case_id = d.case_id), '{}')
          else array[m.body_id] end as body_ids,
        ${year("d.created_at")} as year, c.case_type, c.decided_at is not null as decided,
        true as has_documents, d.created_at as sort_at, d.title,
        concat_ws(E'\\n', d.public_title, d.extracted_text) as content
      from document d
        left join "case" c on c.id = d.case_id
        left join meeting m on m.id = d.meeting_id
      where d.id = any(${ids(documentIds)}) and d.replaced_by_id is null`,
    );
  },

  async meeting(tx, meetingIds) {
    const meetingTitle = sql`b.name || ' ' || to_char(m.starts_at at time zone 'Europe/Oslo', 'DD.MM.YYYY')`;
    await insertEntries(
      tx,
      "search_public",
      sql`select 'meeting' as kind, m.id as entity_id, null::integer as case_id,
        m.id as meeting_id, array[m.body_id] as body_ids, ${year("m.starts_at")} as year,
        null::case_type as case_type, null::boolean as decided,
        exists (select 1 from public_document d where d.meeting_id = m.id) as has_documents,
        m.starts_at as sort_at, ${meetingTitle} as title,
        concat_ws(E'\\n', m.location, m.room,
          case when ${agendaPublished("m")} then (
            select string_agg(coalesce(pc.title, a.title), E'\\n' order by a.position)
            from public_agenda_item a left join public_case pc on pc.id = a.case_id
            where a.meeting_id = m.id) end) as content
      from meeting m join body b on b.id = m.body_id
      where m.id = any(${ids(meetingIds)})`,
    );
    // An exempt case's own title is for those who may see the case; the meeting shows the
    // neutral one to everyone who searches the workspace.
    await insertEntries(
      tx,
      "search_internal",
      sql`select 'meeting' as kind, m.id as entity_id, null::integer as case_id,
        m.id as meeting_id, array[m.body_id] as body_ids, ${year("m.starts_at")} as year,
        null::case_type as case_type, null::boolean as decided,
        exists (select 1 from document d where d.meeting_id = m.id and d.replaced_by_id is null)
          as has_documents,
        m.starts_at as sort_at, ${meetingTitle} as title,
        concat_ws(E'\\n', m.location, m.room, (
          select string_agg(coalesce(case when c.access = 'public' then c.title else c.public_title end,
            a.title), E'\\n' order by a.position)
          from agenda_item a left join "case" c on c.id = a.case_id
          where a.meeting_id = m.id)) as content
      from meeting m join body b on b.id = m.body_id
      where m.id = any(${ids(meetingIds)})`,
    );
  },

  async body(tx, bodyIds) {
    for (const table of ["search_public", "search_internal"] as const)
      await insertEntries(
        tx,
        table,
        sql`select 'body' as kind, b.id as entity_id, null::integer as case_id,
          null::integer as meeting_id, array[b.id] as body_ids, null::integer as year,
          null::case_type as case_type, null::boolean as decided, false as has_documents,
          'epoch'::timestamptz as sort_at, b.name as title,
          concat_ws(E'\\n', b.short_name, b.description) as content
        from body b where b.id = any(${ids(bodyIds)})`,
      );
  },

  async person(tx, personIds) {
    // Names and seats only: contact details are never searchable. Only someone who holds or
    // has held a seat is public (as on the person page).
    const source = (onlyMembers: boolean) =>
      sql`select 'person' as kind, p.id as entity_id, null::integer as case_id,
        null::integer as meeting_id,
        coalesce((select array_agg(distinct ms.body_id) from membership ms
          where ms.person_id = p.id), '{}') as body_ids,
        null::integer as year, null::case_type as case_type, null::boolean as decided,
        false as has_documents, p.created_at as sort_at,
        p.given_name || ' ' || p.family_name as title,
        concat_ws(E'\\n', pa.name, pa.short_name, (select string_agg(distinct b.name, E'\\n')
          from membership ms join body b on b.id = ms.body_id where ms.person_id = p.id))
          as content
      from person p left join party pa on pa.id = p.party_id
      where p.id = any(${ids(personIds)})
        ${onlyMembers ? sql`and exists (select 1 from membership ms where ms.person_id = p.id)` : sql``}`;
    await insertEntries(tx, "search_public", source(true));
    await insertEntries(tx, "search_internal", source(false));
  },
};
