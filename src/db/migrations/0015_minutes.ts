import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * The minutes (møtebok) of a meeting and the decisions sent back from it.
 *
 * The console's records (0011, 0012) draft the minutes; `minutes` and `minutes_text` hold only
 * what the secretary adds or changes, so a draft follows the console until someone edits it, and
 * an edited text keeps the draft it replaced, so a later change in the console shows beside it.
 * A vote's counts are never minutes text: they change in the console.
 *
 * Each publication of the minutes is a `minutes_version`, frozen when it is made: the members'
 * content and the public content (less what is exempt) as the JSON the pages render, and a PDF/A
 * of each. A draft is published soon after the meeting, marked as not approved; the approved
 * minutes are the final version; a change after approval is a correction with its reason. No
 * version is ever overwritten. A signature belongs to the version the member read and signed.
 *
 * `minutes_item_access` is the secretariat's answer, per item closed or about an exempt case,
 * to whether the public may read the decision and on what basis it is withheld; without an
 * answer the decision is withheld (the public_agenda_item view below).
 *
 * `decision_notice` is the melding om vedtak per item to the case officer: the decision and
 * vote as sent, the saksprotokoll document on the case, and when the case officer read it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create type minutes_approval as enum ('signatures', 'meeting');

create table minutes (
  meeting_id integer primary key references meeting(id),
  -- The header's texts the console does not record: others present (from the administration),
  -- remarks to the notice and to the agenda.
  others_present text not null default '',
  notice_remarks text not null default '',
  agenda_remarks text not null default '',
  -- Approved by the members chosen to sign, each in their own login, or by the body as an item
  -- (Godkjenning av protokoll) at a later meeting.
  approval minutes_approval not null default 'signatures',
  approved_at timestamptz,
  approved_in_agenda_item_id integer references agenda_item(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (approved_in_agenda_item_id is null or approved_at is not null)
);

-- The members chosen to sign the minutes together with the chair.
create table minutes_signer (
  meeting_id integer not null references minutes(meeting_id),
  person_id integer not null references person(id),
  position integer not null check (position > 0),
  chosen_at timestamptz not null,
  recorded_by_name text not null,
  primary key (meeting_id, person_id),
  unique (meeting_id, position)
);

-- The secretary's text for one part of the minutes: the header (no item) or an item's. The key
-- names the drafted part it replaces ('proposal:12', 'conflict:3', 'attendance', 'closure',
-- 'decision' …) or is 'note:<n>' for text added after part n. drafted is the draft's text when
-- the secretary wrote this one ('' for an added note).
create table minutes_text (
  id integer primary key generated always as identity,
  meeting_id integer not null references minutes(meeting_id),
  agenda_item_id integer references agenda_item(id),
  key text not null check (length(key) > 0),
  text text not null,
  drafted text not null default '',
  updated_at timestamptz not null,
  updated_by_name text not null
);
create unique index minutes_text_key_idx
  on minutes_text (meeting_id, coalesce(agenda_item_id, 0), key);

create type minutes_version_kind as enum ('draft', 'final', 'correction');
create type minutes_version_status as enum ('generating', 'published', 'failed');

create table minutes_version (
  id integer primary key generated always as identity,
  meeting_id integer not null references minutes(meeting_id),
  version integer not null check (version > 0),
  kind minutes_version_kind not null,
  -- Why a correction after approval was made; the minutes print it.
  reason text,
  -- The minutes as published: everything for members, less what is exempt for the public.
  content jsonb not null default '{}',
  public_content jsonb not null default '{}',
  status minutes_version_status not null default 'generating',
  members_document_id integer references document(id),
  public_document_id integer references document(id),
  failure text,
  requested_at timestamptz not null,
  requested_by_name text not null,
  published_at timestamptz,
  unique (meeting_id, version),
  check ((kind = 'correction') = (reason is not null)),
  check (reason is null or length(reason) > 0),
  check ((status = 'published') = (published_at is not null)),
  check (status <> 'published' or (members_document_id is not null and public_document_id is not null)),
  check ((status = 'failed') = (failure is not null))
);

create table minutes_signature (
  minutes_version_id integer not null references minutes_version(id),
  person_id integer not null references person(id),
  user_id integer not null references app_user(id),
  signed_at timestamptz not null,
  primary key (minutes_version_id, person_id)
);

create table minutes_item_access (
  agenda_item_id integer primary key references agenda_item(id),
  decision_public boolean not null,
  -- The basis for withholding the decision, e.g. «Offl. § 13, jf. fvl. § 13 første ledd nr. 1».
  withheld_basis text,
  answered_at timestamptz not null,
  answered_by_name text not null,
  check (decision_public = (withheld_basis is null)),
  check (withheld_basis is null or length(withheld_basis) > 0)
);

-- The case officer's address, for decision notices and other mail to staff.
alter table app_user add column email text;

create table decision_notice (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id),
  case_id integer not null references "case"(id),
  -- The case officer: the case's owner account, or none for a case the secretariat owns.
  recipient_user_id integer references app_user(id),
  -- As sent: the decision and the vote's line for the minutes.
  decision text not null,
  vote_summary text not null default '',
  -- The saksprotokoll on the case (document kind decision_notice).
  document_id integer references document(id),
  created_at timestamptz not null,
  sent_at timestamptz,
  read_at timestamptz,
  -- A corrected decision sends a new notice; the old one says which replaced it.
  replaced_by_id integer references decision_notice(id),
  check (read_at is null or sent_at is not null)
);
create index decision_notice_item_idx on decision_notice (agenda_item_id);
create index decision_notice_recipient_idx on decision_notice (recipient_user_id)
  where read_at is null;

-- Published minutes for the portal: the public content and its PDF, nothing of the members'.
create view public_minutes_version as
select v.id, v.meeting_id, v.version, v.kind, v.reason, v.public_content, v.public_document_id,
  v.published_at
from minutes_version v
where v.status = 'published';

-- The decision of an item closed, or about an exempt case, reaches the public only when the
-- secretariat has answered that it may; before, it is withheld (issue 9).
drop view public_agenda_item;
create view public_agenda_item as
select a.id, a.meeting_id, a.case_id, a.route_step_id, a.position, a.case_type, a.series_year,
  a.series_number, a.is_closed, a.closed_basis, a.decided_at, a.kind, a.title, a.presenter,
  a.withdrawn_at, a.withdrawn_reason, a.added_after_notice_at, a.started_at, a.postponed_at,
  case when a.is_closed then '' else a.text end as text,
  case
    when not a.is_closed and (c.id is null or c.access = 'public') then a.decision
    when coalesce(ma.decision_public, false) then a.decision
    else null
  end as decision,
  case when a.is_closed or (c.id is not null and c.access <> 'public') then null
    else a.postponement end as postponement,
  -- Null where the decision is public; the basis, or '' while unanswered, where it is withheld.
  case
    when not a.is_closed and (c.id is null or c.access = 'public') then null
    when coalesce(ma.decision_public, false) then null
    else coalesce(ma.withheld_basis, '')
  end as decision_withheld_basis
from agenda_item a
  left join "case" c on c.id = a.case_id
  left join minutes_item_access ma on ma.agenda_item_id = a.id;
`,
  );
}
