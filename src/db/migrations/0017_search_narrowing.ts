import { type Kysely, sql } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Two things that let a search ask the full-text index for less (docs/search.md, "Speed").
 *
 * Each entry's period, thirty days counted from the epoch in UTC, goes into the GIN index beside
 * the vector, so a search can ask for a word's matches of recent periods only. Relevance ranks
 * a word's newest matches; for a word in a few per cent of the entries, finding them meant
 * reading every match from the table to sort them by date. The period is a one-element array
 * so the index takes a window as named keys (`sort_period && '{679,680,681}'`), intersected
 * with the word as cheaply as the word's own; a range (`>=`) would make GIN gather every entry
 * from the window's start on into a bitmap first. The database computes it from `sort_at`, so
 * every writer of the index gets it right.
 *
 * Each index keeps the words (lexemes) its vectors hold, so a search can name the compounds a
 * typed word starts (`barnehag` → `barnehag`, `barnehageutbygging`) instead of asking GIN for
 * the prefix: GIN gathers every posting of every word with a prefix into one bitmap before it
 * intersects anything, 15–30 ms for a common stem, where named words are intersected cheaply.
 * A trigger adds the words of every inserted or updated entry, whoever writes it; words are
 * not removed when their entries go, since a word that no longer matches costs one lookup.
 * The list has no unique key, so concurrent writers never wait on each other: a word written
 * twice at the same moment is read once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const period =
    "array[floor(extract(epoch from sort_at - timestamptz '1970-01-01 00:00:00+00') / 2592000)::integer]";
  await execScript(
    db,
    `
alter table search_public add column sort_period integer[] not null generated always as (${period}) stored;
alter table search_internal add column sort_period integer[] not null generated always as (${period}) stored;
drop index search_public_match_idx;
drop index search_internal_match_idx;
create index search_public_match_idx on search_public
  using gin (vector, kind, year, case_type, decided, has_documents, body_ids, sort_period);
create index search_internal_match_idx on search_internal
  using gin (vector, kind, year, case_type, decided, has_documents, body_ids, sort_period);

create table search_public_word (word text collate "C" not null);
create index search_public_word_idx on search_public_word (word);
create table search_internal_word (word text collate "C" not null);
create index search_internal_word_idx on search_internal_word (word);
insert into search_public_word (word)
  select distinct word from search_public, unnest(tsvector_to_array(vector)) as word;
insert into search_internal_word (word)
  select distinct word from search_internal, unnest(tsvector_to_array(vector)) as word;
`,
  );

  // search_note_words(word table): adds the words of the statement's new rows not yet listed.
  await sql
    .raw(`
create function search_note_words() returns trigger language plpgsql as $$
begin
  execute format(
    'insert into %I (word)
       select distinct n.word from (select unnest(tsvector_to_array(vector)) as word from added) n
       where not exists (select 1 from %I w where w.word = n.word collate "C")',
    tg_argv[0], tg_argv[0]);
  return null;
end
$$`)
    .execute(db);

  // A trigger with transition tables serves one event, so inserts and updates have one each.
  await execScript(
    db,
    `
create trigger search_public_words_insert after insert on search_public
  referencing new table as added for each statement execute function search_note_words('search_public_word');
create trigger search_public_words_update after update on search_public
  referencing new table as added for each statement execute function search_note_words('search_public_word');
create trigger search_internal_words_insert after insert on search_internal
  referencing new table as added for each statement execute function search_note_words('search_internal_word');
create trigger search_internal_words_update after update on search_internal
  referencing new table as added for each statement execute function search_note_words('search_internal_word');
`,
  );
}
