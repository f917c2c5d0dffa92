import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * What the meeting console records about who met: absence (forfall) and the substitutes called
 * for it, the roll call (opprop) and every arrival and departure at the item where it happened,
 * declared conflicts of interest with the body's ruling, the decision to close the meeting for
 * an item, and when the meeting and each item began. The minutes read these rows, so each fact
 * is its own row with when it happened and who recorded it, and nothing is overwritten that the
 * minutes would need.
 *
 * Every console form carries an idempotency key; `console_request` holds each key once, so a
 * request the browser sends again after a lost answer is recognised instead of recorded twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
-- When the chair opened the meeting (satt møtet) and closed it (hevet møtet).
alter table meeting
  add column opened_at timestamptz,
  add column closed_at timestamptz,
  add check (closed_at is null or (opened_at is not null and closed_at >= opened_at));

-- Why the body closed the meeting for an item (kl. § 11-5): it must for a duty of
-- confidentiality or an employee's service matters (andre ledd), and may for privacy or weighty
-- public interests (tredje ledd).
create type closure_ground as enum ('confidentiality', 'employee', 'privacy', 'public_interest');

alter table agenda_item
  -- When the body began treating the item, for the minutes and for finding it in the video.
  add column started_at timestamptz,
  -- The body's decision in the meeting to close it for the item; is_closed and closed_basis say
  -- that it is closed and on what basis, these say that the body decided so, when and why.
  add column closure_ground closure_ground,
  add column closure_decided_at timestamptz,
  add column closure_recorded_by text,
  add check ((closure_ground is null) = (closure_decided_at is null)),
  add check ((closure_ground is null) = (closure_recorded_by is null)),
  add check (closure_ground is null or is_closed);

-- Forfall: a member who cannot meet, for the whole meeting or from an item on.
create table absence (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting(id),
  person_id integer not null references person(id),
  -- Null for the whole meeting; otherwise the first item the member is away for.
  from_agenda_item_id integer references agenda_item(id),
  reason text not null check (length(reason) > 0),
  reported_at timestamptz not null,
  recorded_by_name text not null,
  -- The member came after all; the row stays so the log of the meeting is whole.
  withdrawn_at timestamptz
);
create unique index absence_person_idx on absence (meeting_id, person_id)
  where withdrawn_at is null;

create type conflict_basis as enum ('fvl_6_first', 'fvl_6_second', 'kl_11_10_second');
create type conflict_ruling as enum ('disqualified', 'not_disqualified');

-- Inhabilitet: declared on an item, ruled on by the body in a vote the member takes no part in
-- (fvl. § 8 andre ledd); the counts are those of the vote on "the member is disqualified".
create table conflict_of_interest (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id),
  person_id integer not null references person(id),
  basis conflict_basis not null,
  -- The member's own account, as the minutes write it ("er styreleder i tiltakshaver").
  grounds text not null default '',
  declared_at timestamptz not null,
  recorded_by_name text not null,
  ruling conflict_ruling,
  votes_for integer check (votes_for >= 0),
  votes_against integer check (votes_against >= 0),
  -- The vote was tied and the chair's vote decided it (kl. § 11-9).
  decided_by_chair boolean not null default false,
  ruled_at timestamptz,
  check ((ruling is null) = (ruled_at is null)),
  check ((ruling is null) = (votes_for is null)),
  check ((ruling is null) = (votes_against is null)),
  check (ruling is not null or not decided_by_chair),
  unique (agenda_item_id, person_id)
);

-- A substitute called to meet for someone: for the whole meeting or from an item on (after an
-- absence), or for one item (after a member was ruled disqualified).
create type substitute_scope as enum ('meeting', 'from_item', 'item');
create type substitute_call_status as enum ('called', 'accepted', 'declined');

create table substitute_call (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting(id),
  substitute_person_id integer not null references person(id),
  for_person_id integer not null references person(id),
  scope substitute_scope not null,
  -- Null for the whole meeting; the first item for 'from_item', the one item for 'item'.
  agenda_item_id integer references agenda_item(id),
  absence_id integer references absence(id),
  conflict_id integer references conflict_of_interest(id),
  status substitute_call_status not null default 'called',
  called_at timestamptz not null,
  answered_at timestamptz,
  recorded_by_name text not null,
  check ((scope = 'meeting') = (agenda_item_id is null)),
  check ((status = 'called') = (answered_at is null)),
  check (substitute_person_id <> for_person_id),
  check (num_nonnulls(absence_id, conflict_id) = 1),
  check (conflict_id is null or scope = 'item')
);
create index substitute_call_meeting_idx on substitute_call (meeting_id);
create unique index substitute_call_once_idx
  on substitute_call (meeting_id, substitute_person_id, coalesce(agenda_item_id, 0))
  where status <> 'declined';

-- Opprop and what changed after it: present at the roll call (no item), arrived at an item (takes
-- part from it on), left before an item (takes no part from it on: "forlot møtet før sak 12").
create type attendance_kind as enum ('present', 'arrived', 'left');

create table attendance_event (
  id integer primary key generated always as identity,
  meeting_id integer not null references meeting(id),
  person_id integer not null references person(id),
  kind attendance_kind not null,
  agenda_item_id integer references agenda_item(id),
  at timestamptz not null,
  recorded_by_name text not null,
  check ((kind = 'present') = (agenda_item_id is null))
);
create index attendance_event_meeting_idx on attendance_event (meeting_id, person_id);
create unique index attendance_roll_call_idx on attendance_event (meeting_id, person_id)
  where kind = 'present';
create unique index attendance_item_idx on attendance_event (agenda_item_id, person_id)
  where agenda_item_id is not null;

create table console_request (
  idempotency_key uuid primary key,
  meeting_id integer not null references meeting(id),
  action text not null,
  at timestamptz not null
);
`,
  );
}
