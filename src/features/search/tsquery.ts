import { type RawBuilder, sql } from "kysely";
import { type ParsedQuery, toTsqueryText } from "../../domain/search-query.ts";

/**
 * The text search configuration everything is indexed and queried with: Norwegian stemming
 * and stop words, present in PostgreSQL and in PGlite alike.
 */
export const SEARCH_CONFIG = "norwegian";

/**
 * The parsed query as a tsquery expression, or null when there is nothing to search for. The
 * text goes as a bound parameter; its lexemes are letters and digits only, so `to_tsquery`
 * cannot read an operator the user typed.
 */
export function searchTsquery(parsed: ParsedQuery): RawBuilder<string> | null {
  const text = toTsqueryText(parsed);
  if (text === null) return null;
  return sql<string>`to_tsquery(${SEARCH_CONFIG}::regconfig, ${text})`;
}

/** A text as a tsvector in the search configuration, for matching one row outside the index. */
export function searchTsvector(text: RawBuilder<string> | string): RawBuilder<string> {
  return sql<string>`to_tsvector(${SEARCH_CONFIG}::regconfig, ${text})`;
}
