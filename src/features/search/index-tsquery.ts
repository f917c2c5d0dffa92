import { type RawBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";

export type SearchTable = "search_public" | "search_internal";

/** Words a prefix may be spelled out as; a stem that starts more is left to GIN's prefix scan. */
const MAX_WORDS = 200;

/** A stem as a prefix in tsquery's text form, `'skol':*`, its quotes doubled inside. */
const PREFIX = /'((?:[^']|'')*)':\*/g;

function quoted(word: string): string {
  return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * The query as the full-text index is asked it: each prefix of `normalized` (to_tsquery's
 * output as text) spelled out as the words of the index that start with it (migration 0017
 * keeps them per index), `'skol':*` becoming `('skol' | 'skolekapasitet' | 'skolevei')`. It
 * matches exactly the same entries, because the list holds every word of every entry; GIN,
 * given named words, intersects them with the rest of the query cheaply, where a prefix makes
 * it gather every posting of every such word first. Ranking and headlines keep the typed
 * query (`searchTsquery`), so they read as before.
 */
export async function spellOutPrefixes(
  db: Database,
  table: SearchTable,
  normalized: string,
): Promise<RawBuilder<string>> {
  const stems = [...new Set([...normalized.matchAll(PREFIX)].map((m) => m[1] ?? ""))].map((stem) =>
    stem.replaceAll("''", "'"),
  );
  if (stems.length === 0) return sql<string>`${normalized}::tsquery`;
  const words = sql.table(`${table}_word`);
  const listed = await sql<{ stem: string; words: string[] }>`
    select s.stem, array(
      select distinct w.word from ${words} w
      where w.word >= s.stem collate "C" and w.word < s.stem || chr(1114111) collate "C"
      order by w.word limit ${MAX_WORDS + 1}) as words
    from unnest(${stems}::text[]) as s(stem)`.execute(db);
  const spelled = new Map(
    listed.rows
      .filter((row) => row.words.length > 0 && row.words.length <= MAX_WORDS)
      .map((row) => [row.stem, `(${row.words.map(quoted).join(" | ")})`]),
  );
  const expanded = normalized.replace(
    PREFIX,
    (whole, stem: string) => spelled.get(stem.replaceAll("''", "'")) ?? whole,
  );
  return sql<string>`${expanded}::tsquery`;
}
