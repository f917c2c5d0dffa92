import { type RawBuilder, sql } from "kysely";

export type SearchTable = "search_public" | "search_internal";

/** Words a prefix may be spelled out as; a stem that starts more is left to GIN's prefix scan. */
const MAX_WORDS = 200;

/**
 * A stem as a prefix in tsquery's text form, `'skol':*`, its quotes doubled inside; the same
 * pattern reads in PostgreSQL's regular expressions and in JavaScript's.
 */
const PREFIX_PATTERN = "'((?:[^']|'')*)':\\*";
const PREFIX = new RegExp(PREFIX_PATTERN, "g");

/** A prefix's stem and the index's words that start with it, up to MAX_WORDS + 1. */
export interface PrefixWords {
  stem: string;
  words: string[];
}

/**
 * The index's words for each prefix of a tsquery in text form (`normalized`, to_tsquery's
 * output), as a JSON array of PrefixWords: a column for the statement that normalizes the query.
 */
export function prefixWords(table: SearchTable, normalized: RawBuilder<string>) {
  return sql<PrefixWords[]>`(select coalesce(json_agg(json_build_object('stem', s.stem,
      'words', array(select distinct w.word from ${sql.table(`${table}_word`)} w
        where w.word >= s.stem collate "C" and w.word < s.stem || chr(1114111) collate "C"
        order by w.word limit ${MAX_WORDS + 1}))), '[]'::json)
    from (select distinct replace(m[1], '''''', '''') as stem
      from regexp_matches(${normalized}, ${PREFIX_PATTERN}, 'g') as m) s)`;
}

function quoted(word: string): string {
  return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * The query as the full-text index is asked it: each prefix of `normalized` spelled out as the
 * index's words that start with it (migration 0017 keeps them per index), `'skol':*` becoming
 * `('skol' | 'skolekapasitet' | 'skolevei')`. It matches exactly the same entries, because the
 * list holds every word of every entry; GIN, given named words, intersects them with the rest
 * of the query cheaply, where a prefix makes it gather every posting of every such word first.
 * A prefix without words, or with more than MAX_WORDS, is left as it is. Ranking and headlines
 * keep the typed query (`searchTsquery`), so they read as before.
 */
export function spellOutPrefixes(normalized: string, listed: PrefixWords[]): RawBuilder<string> {
  const spelled = new Map(
    listed
      .filter((row) => row.words.length > 0 && row.words.length <= MAX_WORDS)
      .map((row) => [row.stem, `(${row.words.map(quoted).join(" | ")})`]),
  );
  const expanded = normalized.replace(
    PREFIX,
    (whole, stem: string) => spelled.get(stem.replaceAll("''", "'")) ?? whole,
  );
  return sql<string>`${expanded}::tsquery`;
}
