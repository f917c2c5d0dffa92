import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * The search filters move into the full-text index. With the vector alone indexed, a common
 * word with a selective filter (cases of one year) found a hundred thousand entries in the
 * index and read each of them from the table before the filter dropped nearly all: 38 000
 * pages for 336 hits on the large municipality. One GIN index over the vector and the filter
 * columns (btree_gin gives GIN its operators for plain values; integer arrays have theirs
 * built in) intersects the word's entries with the filter's inside the index, so the table is
 * read only for what matches both. It replaces the vector's own index, which it covers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create extension if not exists btree_gin;
drop index search_public_vector_idx;
drop index search_internal_vector_idx;
create index search_public_match_idx on search_public
  using gin (vector, kind, year, case_type, decided, has_documents, body_ids);
create index search_internal_match_idx on search_internal
  using gin (vector, kind, year, case_type, decided, has_documents, body_ids);
`,
  );
}
