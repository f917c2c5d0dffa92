import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * What real agendas hold besides cases: the approval of the notice and of the previous
 * minutes, orientations (OS) with who presented what, "Eventuelt", and referatsaker (RS) that
 * list letters. None of these has an archive case, so an agenda item's case becomes optional
 * and its kind says what it is. Interpellations are FO in Noark 5, so the case type is renamed.
 *
 * Meetings get a number in their body's year (møte 5/2026) and a room; a municipality that
 * starts mid-year sets where each series starts, for meeting case numbers and meeting numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
alter type case_type rename value 'IP' to 'FO';

create type agenda_item_kind as enum (
  'case', 'notice_approval', 'minutes_approval', 'orientation', 'any_other_business', 'letters'
);

alter table agenda_item
  add column kind agenda_item_kind not null default 'case',
  -- The item's own title and text, for the kinds that have no case to take them from.
  add column title text,
  add column text text not null default '',
  -- Who gave an orientation (e.g. "Kommunedirektøren").
  add column presenter text not null default '',
  alter column case_id drop not null,
  alter column case_type drop not null,
  add check ((kind = 'case') = (case_id is not null)),
  add check ((kind = 'case') = (title is null)),
  add check (kind = 'case' or length(title) > 0),
  -- Eventuelt is the one unnumbered kind; the others draw from a fixed series.
  add check ((kind = 'any_other_business') = (case_type is null)),
  add check (kind not in ('notice_approval', 'minutes_approval') or case_type = 'PS'),
  add check (kind <> 'orientation' or case_type = 'OS'),
  add check (kind <> 'letters' or case_type = 'RS'),
  add check (case_type is not null or series_number is null);

create type letter_direction as enum ('incoming', 'outgoing', 'internal');

-- The letters a referatsak reports (sender or recipient, date, title, journal reference); a
-- letter from a private person is often exempt, and the public then sees neither who nor what.
create table agenda_item_letter (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id) on delete cascade,
  position integer not null check (position > 0),
  direction letter_direction not null,
  -- The sender of an incoming letter, the recipient of an outgoing one.
  correspondent text not null check (length(correspondent) > 0),
  letter_date date not null,
  title text not null check (length(title) > 0),
  -- The archive's journal reference (journalpost), e.g. 2026/1234-5.
  journal_reference text not null default '',
  access access_status not null default 'public',
  exemption_basis text,
  created_at timestamptz not null default now(),
  check ((access = 'exempt') = (exemption_basis is not null)),
  unique (agenda_item_id, position)
);

-- Where a series starts when the municipality takes Folkestyre into use mid-year: the next
-- number drawn is the larger of this and one above the last drawn.
alter table case_number_series add column first_number integer not null default 1
  check (first_number > 0);

alter table meeting
  add column room text not null default '',
  -- The meeting's number in its body's year (møte 5/2026), drawn with the notice.
  add column series_year integer,
  add column series_number integer check (series_number > 0),
  add check ((series_year is null) = (series_number is null)),
  add unique (body_id, series_year, series_number);

create table meeting_number_series (
  body_id integer not null references body(id),
  year integer not null,
  last_number integer not null default 0 check (last_number >= 0),
  first_number integer not null default 1 check (first_number > 0),
  primary key (body_id, year)
);

-- Meetings whose notice is out already have their place in the year: number them in order.
update meeting m set series_year = n.year, series_number = n.number
from (
  select id, extract(year from starts_at at time zone 'Europe/Oslo')::integer as year,
    row_number() over (
      partition by body_id, extract(year from starts_at at time zone 'Europe/Oslo')
      order by starts_at, id
    )::integer as number
  from meeting where notice_published_at is not null
) n
where n.id = m.id;
insert into meeting_number_series (body_id, year, last_number)
select body_id, series_year, max(series_number) from meeting
where series_year is not null group by body_id, series_year;

-- An item without a case is public once its agenda is; a decision on an exempt case, and the
-- text of an item treated in closed meeting, stay withheld.
drop view public_agenda_item;
create view public_agenda_item as
select a.id, a.meeting_id, a.case_id, a.route_step_id, a.position, a.case_type, a.series_year,
  a.series_number, a.is_closed, a.closed_basis, a.decided_at, a.kind, a.title, a.presenter,
  case when a.is_closed then '' else a.text end as text,
  case when c.id is null or c.access = 'public' then a.decision else null end as decision
from agenda_item a left join "case" c on c.id = a.case_id;

-- The letters as the public sees them: an exempt letter shows its date, journal reference and
-- legal basis, never its correspondent or title.
create view public_agenda_item_letter as
select l.id, l.agenda_item_id, l.position, l.direction, l.letter_date, l.journal_reference,
  l.access, l.exemption_basis,
  case when l.access = 'public' then l.correspondent else null end as correspondent,
  case when l.access = 'public' then l.title else null end as title
from agenda_item_letter l;
`,
  );
}
