import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * The core model: municipality, terms, parties and lists, persons, bodies, memberships,
 * meetings, cases with their route, agenda items numbered in each body's yearly series,
 * documents stored by content hash, accounts and sessions, and the audit log.
 *
 * Public access is enforced in the database as well as in code: the portal reads only the
 * `public_*` views, which never expose the title, text or documents of an exempt case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create table municipality (
  id integer primary key generated always as identity,
  name text not null,
  short_name text not null,
  organisation_number text,
  -- Local rules of procedure that override the statutory defaults (see domain/rules.ts).
  settings jsonb not null default '{}'
);

create table term (
  id integer primary key generated always as identity,
  name text not null unique,
  starts_on date not null,
  ends_on date not null,
  check (ends_on > starts_on)
);

-- A party, or a joint list (fellesliste) that stands as one group.
create table party (
  id integer primary key generated always as identity,
  name text not null unique,
  short_name text not null unique,
  is_joint_list boolean not null default false
);

create table joint_list_party (
  joint_list_id integer not null references party(id) on delete cascade,
  party_id integer not null references party(id),
  primary key (joint_list_id, party_id)
);

create table person (
  id integer primary key generated always as identity,
  given_name text not null,
  family_name text not null,
  email text,
  phone text,
  party_id integer references party(id),
  created_at timestamptz not null default now()
);
create index person_name_idx on person (family_name, given_name);

create type body_kind as enum (
  'council', 'executive_committee', 'standing_committee', 'planning_committee',
  'control_committee', 'administration_committee', 'elderly_council', 'youth_council',
  'disability_council', 'election_board', 'ad_hoc_committee', 'other'
);

create table body (
  id integer primary key generated always as identity,
  slug text not null unique,
  name text not null,
  short_name text not null,
  kind body_kind not null,
  -- Number of seats with a vote; the basis of the quorum rule (kl. § 11-9).
  seat_count integer not null check (seat_count > 0),
  sort_order integer not null default 100,
  description text not null default '',
  is_active boolean not null default true,
  settings jsonb not null default '{}'
);

create type membership_role as enum ('leader', 'deputy_leader', 'member', 'substitute', 'observer');

create table membership (
  id integer primary key generated always as identity,
  body_id integer not null references body(id),
  term_id integer not null references term(id),
  person_id integer not null references person(id),
  role membership_role not null,
  -- The party or joint list the seat belongs to; substitutes are ranked within it.
  list_id integer references party(id),
  substitute_rank integer check (substitute_rank > 0),
  has_vote boolean not null default true,
  starts_on date not null,
  ends_on date,
  check (ends_on is null or ends_on >= starts_on),
  check ((role = 'substitute') = (substitute_rank is not null)),
  check (role <> 'observer' or not has_vote)
);
create index membership_body_idx on membership (body_id, term_id);
create index membership_person_idx on membership (person_id);
create unique index membership_rank_idx on membership (body_id, term_id, list_id, substitute_rank)
  where substitute_rank is not null;

create type meeting_status as enum ('planned', 'notice_published', 'held', 'minutes_approved', 'cancelled');

create table meeting (
  id integer primary key generated always as identity,
  body_id integer not null references body(id),
  starts_at timestamptz not null,
  ends_at timestamptz,
  location text not null default '',
  is_remote boolean not null default false,
  status meeting_status not null default 'planned',
  notice_published_at timestamptz,
  updated_at timestamptz not null default now(),
  check (ends_at is null or ends_at > starts_at)
);
create index meeting_body_idx on meeting (body_id, starts_at);
create index meeting_starts_idx on meeting (starts_at);

create type case_type as enum ('PS', 'RS', 'OS', 'IP', 'SP', 'DS');
create type access_status as enum ('public', 'exempt');

-- A case (sak) and its presentation (saksframlegg).
create table "case" (
  id integer primary key generated always as identity,
  archive_case_number text not null unique,
  title text not null,
  case_type case_type not null default 'PS',
  case_officer text not null default '',
  responsible_unit text not null default '',
  summary text not null default '',
  recommendation text not null default '',
  access access_status not null default 'public',
  -- For exempt cases: the neutral title the public sees, and the legal basis for withholding.
  public_title text,
  exemption_basis text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (access = 'public' or (public_title is not null and exemption_basis is not null))
);

-- The ordered bodies a case passes (saksgang); the last one decides.
create table case_route_step (
  case_id integer not null references "case"(id) on delete cascade,
  position integer not null check (position > 0),
  body_id integer not null references body(id),
  primary key (case_id, position)
);
create index case_route_body_idx on case_route_step (body_id);

-- The last number drawn in each body's yearly series per case type; numbers are never reused.
create table case_number_series (
  body_id integer not null references body(id),
  case_type case_type not null,
  year integer not null,
  last_number integer not null default 0,
  primary key (body_id, case_type, year)
);

create table agenda_item (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting(id),
  case_id integer not null references "case"(id),
  position integer not null check (position > 0),
  case_type case_type not null,
  series_year integer,
  series_number integer,
  -- A closed item (lukket møte) with its legal basis, e.g. kl. § 11-5 andre ledd.
  is_closed boolean not null default false,
  closed_basis text,
  decision text,
  decided_at timestamptz,
  check ((series_year is null) = (series_number is null)),
  check (not is_closed or closed_basis is not null),
  unique (meeting_id, case_id)
);
create unique index agenda_item_position_idx on agenda_item (meeting_id, position);
create index agenda_item_case_idx on agenda_item (case_id);
create index agenda_item_decided_idx on agenda_item (decided_at) where decided_at is not null;
-- Numbers are unique per body, type and year; the body is the meeting's, so it is checked in code
-- with the series counter row locked, and here through the number itself per meeting.

create table blob (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null,
  media_type text not null,
  created_at timestamptz not null default now()
);

create type document_kind as enum (
  'presentation', 'attachment', 'notice', 'agenda', 'minutes', 'decision_notice', 'other'
);

create table document (
  id integer primary key generated always as identity,
  sha256 text not null references blob(sha256),
  file_name text not null,
  title text not null,
  kind document_kind not null,
  access access_status not null default 'public',
  exemption_basis text,
  case_id integer references "case"(id),
  meeting_id integer references meeting(id),
  created_at timestamptz not null default now(),
  check (access = 'public' or exemption_basis is not null),
  check (case_id is not null or meeting_id is not null)
);
create index document_case_idx on document (case_id);
create index document_meeting_idx on document (meeting_id);

create type user_role as enum ('administrator', 'secretariat', 'case_officer', 'member');

create table app_user (
  id integer primary key generated always as identity,
  username text not null unique,
  display_name text not null,
  password_hash text not null,
  role user_role not null,
  person_id integer references person(id),
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);

create table session (
  -- sha256 of the cookie value, so a leaked table does not leak live sessions.
  token_hash text primary key,
  user_id integer not null references app_user(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index session_user_idx on session (user_id);

create table audit_log (
  id bigint primary key generated always as identity,
  at timestamptz not null default now(),
  actor_user_id integer references app_user(id),
  actor_name text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  details jsonb not null default '{}'
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

-- What the public may see of a case: the neutral title and nothing of the content when exempt.
create view public_case as
select id, archive_case_number, case_type, access, exemption_basis, created_at, updated_at,
  case when access = 'public' then title else public_title end as title,
  case when access = 'public' then summary else '' end as summary,
  case when access = 'public' then recommendation else '' end as recommendation,
  case when access = 'public' then case_officer else '' end as case_officer,
  responsible_unit
from "case";

-- What the public may see of an agenda item: a decision on an exempt case stays withheld.
create view public_agenda_item as
select a.id, a.meeting_id, a.case_id, a.position, a.case_type, a.series_year, a.series_number,
  a.is_closed, a.closed_basis, a.decided_at,
  case when c.access = 'public' then a.decision else null end as decision
from agenda_item a join "case" c on c.id = a.case_id;

create view public_document as
select d.id, d.sha256, d.file_name, d.title, d.kind, d.case_id, d.meeting_id, d.created_at
from document d left join "case" c on c.id = d.case_id
where d.access = 'public' and (c.id is null or c.access = 'public');
`,
  );
}
