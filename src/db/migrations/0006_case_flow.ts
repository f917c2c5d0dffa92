import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Case flow: the case officer writes the presentation (saksframlegg) in sections, it is
 * submitted, approved on behalf of the chief executive and made ready for the secretariat;
 * after approval every change is a numbered version with its reason. The route (saksgang) gets
 * steps with an identity of their own, since a route may pass the same body twice, and each
 * step carries the recommendation put to that body. Documents get an order, a PDF rendition
 * (Word and OpenDocument are converted by a job), extracted text, a redacted public version
 * and replacement as versions.
 *
 * Cases that existed before were registered by the secretariat with their text final, so they
 * start as ready.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create type case_status as enum ('draft', 'submitted', 'approved', 'ready', 'decided');

alter table "case"
  add column status case_status not null default 'ready',
  -- The presentation's sections; summary and recommendation were there already.
  add column facts text not null default '',
  add column assessment text not null default '',
  add column submitted_at timestamptz,
  -- Who signed for the chief executive, and when (kommunedirektørens innstilling).
  add column approved_at timestamptz,
  add column approved_by_user_id integer references app_user(id),
  add column approved_by_name text,
  -- The comment given when a submitted case was sent back to draft.
  add column returned_comment text,
  add column returned_at timestamptz,
  -- When the last body on the route decided, ending the case.
  add column decided_at timestamptz,
  -- The number of the newest approved version; 0 until the first approval.
  add column version integer not null default 0,
  add check ((status = 'decided') = (decided_at is not null));
alter table "case" alter column status set default 'draft';
create index case_status_idx on "case" (status);

-- A permission beside the role: who may approve presentations for the chief executive.
alter table app_user add column may_approve_cases boolean not null default false;

-- Others the case officer lets edit a draft.
create table case_share (
  case_id integer not null references "case"(id) on delete cascade,
  user_id integer not null references app_user(id),
  shared_at timestamptz not null default now(),
  primary key (case_id, user_id)
);

-- The presentation as approved (version 1) and as changed after that, each with its reason.
create table case_version (
  id integer primary key generated always as identity,
  case_id integer not null references "case"(id) on delete cascade,
  version integer not null check (version > 0),
  title text not null,
  summary text not null,
  facts text not null,
  assessment text not null,
  recommendation text not null,
  -- Why the approved presentation was changed; null for the first approval.
  reason text,
  author_user_id integer references app_user(id),
  author_name text not null,
  created_at timestamptz not null default now(),
  -- The generated PDF, set by the job that renders it.
  presentation_document_id integer references document(id),
  unique (case_id, version),
  check ((version = 1) = (reason is null))
);

-- Route steps get their own identity: a route may pass the same body twice, and an agenda
-- item treats one step.
alter table case_route_step
  add column id integer generated always as identity unique,
  -- The recommendation put to this body: null on the first step, which is the
  -- administration's (the case's own), and the previous body's decision on later steps.
  add column recommendation text,
  -- Who made it, as printed: "Formannskapets innstilling".
  add column recommendation_by text,
  -- The meeting the case is planned for in this body, before it is placed on the agenda.
  add column planned_meeting_id integer references meeting(id);

alter table agenda_item add column route_step_id integer references case_route_step(id);
update agenda_item a set route_step_id = (
  select s.id from case_route_step s join meeting m on m.body_id = s.body_id
  where s.case_id = a.case_id and m.id = a.meeting_id
  order by s.position limit 1
);
create index agenda_item_route_step_idx on agenda_item (route_step_id);

create type rendition_status as enum ('ready', 'pending', 'failed', 'unavailable');

alter table document
  -- The order in the case's list of attachments (vedlegg 1, 2, ...).
  add column position integer check (position > 0),
  -- The PDF shown and merged: the file itself for a PDF, the converted one for Word and
  -- OpenDocument once the job has run. Null while it waits.
  add column pdf_sha256 text references blob(sha256),
  add column rendition rendition_status not null default 'ready',
  add column rendition_error text,
  add column page_count integer check (page_count >= 0),
  -- Text extracted from the PDF, for search.
  add column extracted_text text,
  -- An exempt document's redacted version (sladdet), which the public sees instead.
  add column redacted_sha256 text references blob(sha256),
  -- The neutral title the public sees for an exempt document's redacted version.
  add column public_title text,
  -- A replaced document is kept, pointing at the version that replaced it.
  add column replaced_by_id integer references document(id),
  add column replaced_at timestamptz,
  add column version integer not null default 1 check (version > 0),
  add column uploaded_by_user_id integer references app_user(id),
  add check (redacted_sha256 is null or (access = 'exempt' and public_title is not null)),
  add check ((replaced_by_id is null) = (replaced_at is null));
update document set pdf_sha256 = sha256
  where sha256 in (select sha256 from blob where media_type = 'application/pdf');
-- The same file twice among a case's current attachments is a mistake.
create unique index document_case_file_idx on document (case_id, sha256)
  where case_id is not null and replaced_by_id is null and kind = 'attachment';

drop view public_case;
create view public_case as
select id, archive_case_number, case_type, access, exemption_basis, created_at, updated_at,
  status, decided_at,
  case when access = 'public' then title else public_title end as title,
  case when access = 'public' then summary else '' end as summary,
  case when access = 'public' then facts else '' end as facts,
  case when access = 'public' then assessment else '' end as assessment,
  case when access = 'public' then recommendation else '' end as recommendation,
  case when access = 'public' then case_officer else '' end as case_officer,
  responsible_unit
from "case";

-- The route as the public sees it: a recommendation on an exempt case is withheld.
create view public_case_route_step as
select s.id, s.case_id, s.position, s.body_id, s.recommendation_by,
  case when c.access = 'public' then s.recommendation else null end as recommendation
from case_route_step s join "case" c on c.id = s.case_id;

drop view public_agenda_item;
create view public_agenda_item as
select a.id, a.meeting_id, a.case_id, a.route_step_id, a.position, a.case_type, a.series_year,
  a.series_number, a.is_closed, a.closed_basis, a.decided_at,
  case when c.access = 'public' then a.decision else null end as decision
from agenda_item a join "case" c on c.id = a.case_id;

-- What the public may download: a public document of a public case, or the redacted version
-- of an exempt one; never an exempt original, and only the current version.
drop view public_document;
create view public_document as
select d.id,
  case when d.access = 'public' then d.sha256 else d.redacted_sha256 end as sha256,
  case when d.access = 'public' then d.pdf_sha256 else d.redacted_sha256 end as pdf_sha256,
  case when d.access = 'public' then d.file_name else 'dokument-' || d.id || '-sladdet.pdf' end
    as file_name,
  case when d.access = 'public' then d.title else d.public_title end as title,
  d.kind, d.case_id, d.meeting_id, d.created_at, d.position,
  d.access, d.exemption_basis, d.access = 'exempt' as redacted
from document d left join "case" c on c.id = d.case_id
where d.replaced_by_id is null
  and (d.access = 'public' or d.redacted_sha256 is not null)
  and (c.id is null or c.access = 'public');
`,
  );
}
