import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Publishing a meeting's papers is two steps: the secretariat confirms, jobs generate the
 * notice, the agendas and the two packets, and one transaction then makes them visible to every
 * member and to the public at once. Each round is a numbered publication of the meeting: the
 * notice is version 1, a supplementary notice or a correction after it is the next version, and
 * the documents of an older version stay, marked as replaced by the newer ones.
 *
 * A meeting's document now has an audience: 'members' papers (the full agenda, the members'
 * packet) never reach the public, whatever their access status says, and any document that
 * belongs to a publication shows only once that publication is published.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
alter type document_kind add value 'packet';

create type publication_kind as enum ('notice', 'supplement', 'correction');
create type publication_status as enum ('generating', 'published', 'failed');

create table meeting_publication (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting(id),
  version integer not null check (version > 0),
  kind publication_kind not null,
  status publication_status not null default 'generating',
  requested_by_user_id integer references app_user(id),
  requested_by_name text not null,
  requested_at timestamptz not null,
  published_at timestamptz,
  failed_at timestamptz,
  -- The Norwegian message the secretariat sees when a job failed; nothing was made visible.
  failure_reason text,
  unique (meeting_id, version),
  check ((status = 'published') = (published_at is not null)),
  check ((status = 'failed') = (failed_at is not null and failure_reason is not null))
);
-- One round at a time per meeting.
create unique index meeting_publication_generating_idx on meeting_publication (meeting_id)
  where status = 'generating';

-- The documents a publication makes, one row per job's piece of work: the progress bar counts
-- them, and the publication is complete when every task is done.
create type publication_task_status as enum ('pending', 'done', 'failed');

create table publication_task (
  id integer primary key generated always as identity,
  publication_id integer not null references meeting_publication(id) on delete cascade,
  -- What the task makes, e.g. 'notice', 'agenda:public', 'packet:members', 'archive:123'.
  name text not null,
  status publication_task_status not null default 'pending',
  error text,
  finished_at timestamptz,
  unique (publication_id, name),
  check ((status = 'pending') = (finished_at is null))
);

-- Who was sent what and when: one row per member or called substitute per publication.
create table notice_recipient (
  publication_id integer not null references meeting_publication(id),
  person_id integer not null references person(id),
  -- 'member' or 'substitute' (called for the whole meeting or for an item).
  capacity text not null check (capacity in ('member', 'substitute')),
  email text not null,
  -- The mail job that carries the notice; its status says whether the mail went out.
  job_id bigint references job(id) on delete set null,
  queued_at timestamptz not null,
  primary key (publication_id, person_id)
);

-- The dated change log after the notice: what was added, withdrawn, replaced or moved, shown on
-- the public meeting page and sent to the members with the next publication.
create type meeting_change_kind as enum (
  'item_added', 'item_withdrawn', 'document_replaced', 'items_reordered', 'item_changed'
);

create table meeting_change (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting(id),
  at timestamptz not null,
  actor_name text not null,
  kind meeting_change_kind not null,
  agenda_item_id integer references agenda_item(id),
  document_id integer references document(id),
  -- The Norwegian line the log shows, written when the change is made (e.g. "PS 14/26 er
  -- trukket"); for an exempt item it names only the neutral title.
  description text not null check (length(description) > 0),
  -- The publication that announced the change; null until the next one is published.
  publication_id integer references meeting_publication(id)
);
create index meeting_change_meeting_idx on meeting_change (meeting_id, at);

-- A withdrawn item (trukket) keeps its number and its place, with why.
alter table agenda_item
  add column withdrawn_at timestamptz,
  add column withdrawn_reason text,
  -- An item added after the notice stands on the supplementary agenda (tilleggssakliste).
  add column added_after_notice_at timestamptz,
  add check ((withdrawn_at is null) = (withdrawn_reason is null));

-- The answer the confirmation asks for, per document, when an item is closed under a duty of
-- confidentiality while a document on it is still marked public: withhold it or publish it.
create table publication_access_answer (
  publication_id integer not null references meeting_publication(id) on delete cascade,
  document_id integer not null references document(id),
  publish boolean not null,
  answered_by_name text not null,
  answered_at timestamptz not null,
  primary key (publication_id, document_id)
);

create type document_audience as enum ('everyone', 'members');

alter table document
  add column publication_id integer references meeting_publication(id),
  add column audience document_audience not null default 'everyone',
  -- The PDF/A copy for the archive (Noark 5 export), made when the document is published.
  add column archive_sha256 text references blob(sha256),
  add check (audience = 'everyone' or publication_id is not null);
create index document_publication_idx on document (publication_id)
  where publication_id is not null;

drop view public_document;
create view public_document as
select d.id,
  case when d.access = 'public' then d.sha256 else d.redacted_sha256 end as sha256,
  case when d.access = 'public' then d.pdf_sha256 else d.redacted_sha256 end as pdf_sha256,
  case when d.access = 'public' then d.file_name else 'dokument-' || d.id || '-sladdet.pdf' end
    as file_name,
  case when d.access = 'public' then d.title else d.public_title end as title,
  d.kind, d.case_id, d.meeting_id, d.created_at, d.position,
  d.access, d.exemption_basis, d.access = 'exempt' as redacted, d.publication_id
from document d left join "case" c on c.id = d.case_id
where d.replaced_by_id is null
  and d.audience = 'everyone'
  and (d.access = 'public' or d.redacted_sha256 is not null)
  and (c.id is null or c.access = 'public')
  and (d.publication_id is null or exists (
    select 1 from meeting_publication p where p.id = d.publication_id and p.status = 'published'
  ));

drop view public_agenda_item;
create view public_agenda_item as
select a.id, a.meeting_id, a.case_id, a.route_step_id, a.position, a.case_type, a.series_year,
  a.series_number, a.is_closed, a.closed_basis, a.decided_at, a.kind, a.title, a.presenter,
  a.withdrawn_at, a.withdrawn_reason, a.added_after_notice_at,
  case when a.is_closed then '' else a.text end as text,
  case when c.id is null or c.access = 'public' then a.decision else null end as decision
from agenda_item a left join "case" c on c.id = a.case_id;
`,
  );
}
