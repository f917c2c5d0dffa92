import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * What the console records of an item's treatment besides who met: the proposals (the
 * recommendation first, then the members'), the votes on them with their counts per party and,
 * where the body records names, per member, elections of persons with their candidates, rounds
 * and any lot drawn, the list of speakers, and postponing the item. The minutes read these rows:
 * texts are kept as entered, and each result is stored with the basis the rules gave for it.
 *
 * A retried console request is recognised by its idempotency key in console_request (0011);
 * votes and election rounds also keep their key, unique, so no path can count one twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
-- recommendation: the innstilling, the starting proposal; alternative: a proposal instead of it;
-- amendment and addition: changes to or additions to another proposal; referral: an
-- oversendelsesforslag, sent on to another body without a vote; postponement: to postpone the
-- item (utsettelsesforslag), which postpones it when adopted.
create type proposal_kind as enum (
  'recommendation', 'alternative', 'amendment', 'addition', 'referral', 'postponement'
);

create table proposal (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id),
  -- Forslag 1, 2, … in the order made; the recommendation is 0.
  number integer not null check (number >= 0),
  kind proposal_kind not null,
  -- As entered: the minutes print it as the member put it.
  text text not null check (length(text) > 0),
  -- Who made it: the member (no person for the recommendation, whose maker is e.g.
  -- «Formannskapets innstilling»), and in whose name: their own, or their party's or several
  -- parties' (a joint proposal, in proposal_party).
  made_by_person_id integer references person(id),
  made_by_name text not null,
  in_party_name boolean not null default false,
  -- The proposal an amendment or addition changes.
  amends_proposal_id integer references proposal(id),
  -- The body a referral is sent on to.
  referred_to text,
  withdrawn_at timestamptz,
  created_at timestamptz not null,
  recorded_by_name text not null,
  unique (agenda_item_id, number),
  check ((kind = 'recommendation') = (number = 0)),
  check ((kind = 'recommendation') = (made_by_person_id is null)),
  check ((kind in ('amendment', 'addition')) = (amends_proposal_id is not null)),
  check ((kind = 'referral') = (referred_to is not null)),
  check (kind <> 'recommendation' or withdrawn_at is null)
);

create table proposal_party (
  proposal_id integer not null references proposal(id) on delete cascade,
  party_id integer not null references party(id),
  primary key (proposal_id, party_id)
);

-- A vote for or against one proposal, or an alternative vote between two (the first is
-- proposal_id, the second other_proposal_id; votes_for counts the first, votes_against the
-- second).
create type vote_kind as enum ('proposal', 'alternative');

create table vote (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id),
  -- Votes in the order taken on the item.
  number integer not null check (number > 0),
  kind vote_kind not null,
  proposal_id integer not null references proposal(id),
  other_proposal_id integer references proposal(id),
  present_and_voting integer not null check (present_and_voting > 0),
  votes_for integer not null check (votes_for >= 0),
  votes_against integer not null check (votes_against >= 0),
  -- The proposal the vote adopted; null when a proposal voted on alone fell.
  adopted_proposal_id integer references proposal(id),
  decided_by_chair boolean not null,
  -- The rule's basis and the line for the minutes, as the rules gave them.
  basis text not null,
  summary text not null,
  idempotency_key uuid not null unique,
  recorded_at timestamptz not null,
  recorded_by_name text not null,
  unique (agenda_item_id, number),
  check ((kind = 'alternative') = (other_proposal_id is not null)),
  check (other_proposal_id is null or other_proposal_id <> proposal_id),
  check (votes_for + votes_against = present_and_voting)
);
create index vote_item_idx on vote (agenda_item_id);

-- The count per party or joint list, as the minutes write it ("Ap 12, H 8 …"); party_id is null
-- for members without a party, party_name the group's name as shown then.
create table vote_party_count (
  vote_id integer not null references vote(id) on delete cascade,
  position integer not null check (position > 0),
  party_id integer references party(id),
  party_name text not null,
  votes_for integer not null check (votes_for >= 0),
  votes_against integer not null check (votes_against >= 0),
  primary key (vote_id, position)
);

-- Each member's vote, where the body records names: true for the proposal (or the first of an
-- alternative pair).
create table vote_member (
  vote_id integer not null references vote(id) on delete cascade,
  person_id integer not null references person(id),
  voted_for boolean not null,
  primary key (vote_id, person_id)
);

-- An election of one person by majority (flertallsvalg, kl. § 7-9), e.g. «Valg av leder».
create table election (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id),
  title text not null check (length(title) > 0),
  created_at timestamptz not null,
  recorded_by_name text not null
);
create index election_item_idx on election (agenda_item_id);

create table election_candidate (
  id integer primary key generated always as identity,
  election_id integer not null references election(id) on delete cascade,
  position integer not null check (position > 0),
  name text not null check (length(name) > 0),
  person_id integer references person(id),
  -- Who proposed the candidate, as the minutes write it.
  proposed_by text not null default '',
  unique (election_id, position)
);

-- One vote of the election; a second round is held when nobody had more than half in the
-- first. A tie in a later round is drawn by lot, and the draw is kept: between whom, who won.
create type election_round_status as enum ('elected', 'new_vote');

create table election_round (
  id integer primary key generated always as identity,
  election_id integer not null references election(id),
  round integer not null check (round > 0),
  present_and_voting integer not null check (present_and_voting > 0),
  blank integer not null check (blank >= 0),
  status election_round_status not null,
  elected_candidate_id integer references election_candidate(id),
  by_lot boolean not null default false,
  drawn_between integer[] not null default '{}',
  basis text not null,
  summary text not null,
  idempotency_key uuid not null unique,
  recorded_at timestamptz not null,
  recorded_by_name text not null,
  unique (election_id, round),
  check ((status = 'elected') = (elected_candidate_id is not null)),
  check (by_lot = (cardinality(drawn_between) > 1))
);

create table election_count (
  round_id integer not null references election_round(id) on delete cascade,
  candidate_id integer not null references election_candidate(id),
  votes integer not null check (votes >= 0),
  primary key (round_id, candidate_id)
);

-- The list of speakers (talerliste): a speech (innlegg), a reply to one (replikk) and the
-- speaker's answer (svar på replikk), each timed when it starts and ends.
create type speech_kind as enum ('speech', 'reply', 'answer');

create table speaker_entry (
  id integer primary key generated always as identity,
  agenda_item_id integer not null references agenda_item(id),
  kind speech_kind not null,
  person_id integer not null references person(id),
  -- The speech a reply or an answer belongs to.
  reply_to_id integer references speaker_entry(id),
  requested_at timestamptz not null,
  started_at timestamptz,
  ended_at timestamptz,
  -- Struck from the list before speaking (the speaker withdrew).
  cancelled_at timestamptz,
  recorded_by_name text not null,
  check ((kind = 'speech') = (reply_to_id is null)),
  check (ended_at is null or (started_at is not null and ended_at >= started_at)),
  check (cancelled_at is null or started_at is null)
);
create index speaker_entry_item_idx on speaker_entry (agenda_item_id, requested_at);

alter table agenda_item
  -- Strek: the list of speakers was closed; only those on it may still speak.
  add column speakers_closed_at timestamptz,
  -- Utsatt: the body postponed the item, with its decision to do so.
  add column postponed_at timestamptz,
  add column postponement text,
  add check ((postponed_at is null) = (postponement is null));

-- The treatment the public may follow: items neither closed nor about an exempt case. The
-- portal reads proposals, votes, elections and speakers only through these views, so a closed
-- item's proposals, counts and speakers never reach it.
create view public_treated_item as
select a.id, a.meeting_id
from agenda_item a left join "case" c on c.id = a.case_id
where not a.is_closed and (c.id is null or c.access = 'public');

-- The live page follows the item being treated (started_at, from 0011) and shows a postponed
-- item with its decision to postpone, which an item in closed meeting keeps to itself.
drop view public_agenda_item;
create view public_agenda_item as
select a.id, a.meeting_id, a.case_id, a.route_step_id, a.position, a.case_type, a.series_year,
  a.series_number, a.is_closed, a.closed_basis, a.decided_at, a.kind, a.title, a.presenter,
  a.withdrawn_at, a.withdrawn_reason, a.added_after_notice_at, a.started_at, a.postponed_at,
  case when a.is_closed then '' else a.text end as text,
  case when c.id is null or c.access = 'public' then a.decision else null end as decision,
  case when a.is_closed or (c.id is not null and c.access <> 'public') then null
    else a.postponement end as postponement
from agenda_item a left join "case" c on c.id = a.case_id;

create view public_proposal as
select p.id, p.agenda_item_id, p.number, p.kind, p.text, p.made_by_name, p.in_party_name,
  p.amends_proposal_id, p.referred_to, p.withdrawn_at, p.created_at
from proposal p join public_treated_item t on t.id = p.agenda_item_id;

create view public_proposal_party as
select pp.proposal_id, pp.party_id
from proposal_party pp join public_proposal p on p.id = pp.proposal_id;

create view public_vote as
select v.id, v.agenda_item_id, v.number, v.kind, v.proposal_id, v.other_proposal_id,
  v.present_and_voting, v.votes_for, v.votes_against, v.adopted_proposal_id, v.decided_by_chair,
  v.basis, v.summary, v.recorded_at
from vote v join public_treated_item t on t.id = v.agenda_item_id;

create view public_vote_party_count as
select c.vote_id, c.position, c.party_id, c.party_name, c.votes_for, c.votes_against
from vote_party_count c join public_vote v on v.id = c.vote_id;

create view public_election as
select e.id, e.agenda_item_id, e.title, e.created_at
from election e join public_treated_item t on t.id = e.agenda_item_id;

create view public_election_candidate as
select c.id, c.election_id, c.position, c.name, c.proposed_by
from election_candidate c join public_election e on e.id = c.election_id;

create view public_election_round as
select r.id, r.election_id, r.round, r.blank, r.status, r.elected_candidate_id, r.by_lot,
  r.basis, r.summary, r.recorded_at
from election_round r join public_election e on e.id = r.election_id;

create view public_election_count as
select c.round_id, c.candidate_id, c.votes
from election_count c join public_election_round r on r.id = c.round_id;

create view public_speaker_entry as
select s.id, s.agenda_item_id, s.kind, s.person_id, s.reply_to_id, s.requested_at, s.started_at,
  s.ended_at, s.cancelled_at
from speaker_entry s join public_treated_item t on t.id = s.agenda_item_id;
`,
  );
}
