import { type Kysely, sql } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Full-text search keeps two indexes of the same shape: `search_public`, built only from what
 * the public views show of published records, and `search_internal`, built from the tables
 * themselves for the workspace. The portal searches the first alone, so exempt text cannot match
 * there or show in a snippet: it was never put in.
 *
 * Triggers note every changed record in `search_dirty`, tagged with the writing transaction;
 * the commit step refreshes the entries its own transaction marked before it commits
 * (docs/decisions/0013-search-index-upkeep.md), and a reindex picks up what other writers left.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create table search_dirty (
  kind text not null check (kind in ('case', 'document', 'meeting', 'body', 'person')),
  entity_id integer not null,
  tx bigint not null default txid_current(),
  primary key (kind, entity_id)
);
create index search_dirty_tx_idx on search_dirty (tx);

create table search_public (
  kind text not null check (kind in ('case', 'document', 'meeting', 'body', 'person')),
  entity_id integer not null,
  -- The case a case or its document belongs to; the meeting of a meeting or its document.
  case_id integer,
  meeting_id integer,
  -- Bodies for the body filter: the case's route, the meeting's body, the body itself.
  body_ids integer[] not null default '{}',
  year integer,
  case_type case_type,
  decided boolean,
  has_documents boolean not null default false,
  sort_at timestamptz not null,
  title text not null,
  -- The text snippets are cut from; the vector holds all of it.
  content text not null,
  vector tsvector not null,
  primary key (kind, entity_id)
);
create index search_public_vector_idx on search_public using gin (vector);
create index search_public_sort_idx on search_public (sort_at desc);
create index search_public_case_idx on search_public (case_id) where case_id is not null;

create table search_internal (like search_public including all);
`,
  );

  // Function bodies hold semicolons at line ends, which execScript would split on.
  await sql
    .raw(`
create function search_mark(text, integer) returns void language sql as $$
  insert into search_dirty (kind, entity_id) values ($1, $2)
  on conflict (kind, entity_id) do update set tx = excluded.tx
  where search_dirty.tx <> excluded.tx
$$`)
    .execute(db);

  // search_mark_column(kind, column): marks the record the row's column points at, before and
  // after the change, so a document moved to another case refreshes both cases.
  await sql
    .raw(`
create function search_mark_column() returns trigger language plpgsql as $$
declare
  before_id integer;
  after_id integer;
begin
  if tg_op <> 'INSERT' then
    before_id := (to_jsonb(old) ->> tg_argv[1])::integer;
  end if;
  if tg_op <> 'DELETE' then
    after_id := (to_jsonb(new) ->> tg_argv[1])::integer;
  end if;
  if before_id is not null then
    perform search_mark(tg_argv[0], before_id);
  end if;
  if after_id is not null and after_id is distinct from before_id then
    perform search_mark(tg_argv[0], after_id);
  end if;
  return null;
end
$$`)
    .execute(db);

  // A meeting's status decides whether its agenda, the cases on it and their documents are
  // public; its body and time are in its own entry.
  await sql
    .raw(`
create function search_mark_meeting() returns trigger language plpgsql as $$
declare
  changed_id integer;
begin
  if tg_op = 'DELETE' then
    changed_id := old.id;
  else
    changed_id := new.id;
  end if;
  perform search_mark('meeting', changed_id);
  perform search_mark('case', a.case_id) from agenda_item a
    where a.meeting_id = changed_id and a.case_id is not null;
  perform search_mark('document', d.id) from document d where d.meeting_id = changed_id;
  return null;
end
$$`)
    .execute(db);

  // A publication's status decides whether its documents show.
  await sql
    .raw(`
create function search_mark_publication() returns trigger language plpgsql as $$
begin
  perform search_mark('meeting', new.meeting_id);
  perform search_mark('document', d.id) from document d where d.publication_id = new.id;
  return null;
end
$$`)
    .execute(db);

  // A body's name is in its meetings' entries.
  await sql
    .raw(`
create function search_mark_body() returns trigger language plpgsql as $$
begin
  perform search_mark('body', new.id);
  perform search_mark('meeting', m.id) from meeting m where m.body_id = new.id;
  return null;
end
$$`)
    .execute(db);

  await execScript(
    db,
    `
create trigger search_case after insert or update or delete on "case"
  for each row execute function search_mark_column('case', 'id');
create trigger search_case_route_step after insert or update or delete on case_route_step
  for each row execute function search_mark_column('case', 'case_id');
create trigger search_agenda_item_case after insert or update or delete on agenda_item
  for each row execute function search_mark_column('case', 'case_id');
create trigger search_agenda_item_meeting after insert or update or delete on agenda_item
  for each row execute function search_mark_column('meeting', 'meeting_id');
create trigger search_document after insert or update or delete on document
  for each row execute function search_mark_column('document', 'id');
create trigger search_document_case after insert or update or delete on document
  for each row execute function search_mark_column('case', 'case_id');
create trigger search_meeting after insert or delete on meeting
  for each row execute function search_mark_meeting();
-- Only what the entries hold or depend on: the meeting is updated often (its updated_at).
create trigger search_meeting_update after update on meeting
  for each row when (
    old.status is distinct from new.status
    or old.notice_published_at is distinct from new.notice_published_at
    or old.starts_at is distinct from new.starts_at
    or old.body_id is distinct from new.body_id
    or old.location is distinct from new.location
    or old.room is distinct from new.room
  ) execute function search_mark_meeting();
create trigger search_meeting_publication after insert or update on meeting_publication
  for each row execute function search_mark_publication();
create trigger search_body after insert or update on body
  for each row execute function search_mark_body();
create trigger search_person after insert or update or delete on person
  for each row execute function search_mark_column('person', 'id');
create trigger search_membership after insert or update or delete on membership
  for each row execute function search_mark_column('person', 'person_id');

-- What is there already is indexed by the first start after this migration (bootstrap.ts).
insert into search_dirty (kind, entity_id)
  select 'case', id from "case" union all
  select 'document', id from document union all
  select 'meeting', id from meeting union all
  select 'body', id from body union all
  select 'person', id from person;
`,
  );
}
