import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Citizens follow the portal: calendars and feeds read the meetings as they are, and e-mail
 * alerts are subscriptions by address to a body, a case or a saved search.
 *
 * A subscription stores the address and nothing else about the person. Until it is confirmed
 * through the link in the first mail it holds the sha256 of that link's token and the time it
 * expires; confirming clears both. Unsubscribing deletes the row. The links in alert mails are
 * signed with `alert_key.secret` (an HMAC of the subscription's id), so no token needs to be
 * kept to recognise them.
 *
 * `alert_cursor` is how far the alert dispatcher has read the public change events: each event
 * is looked at once, however many processes run the job.
 *
 * The calendar's SEQUENCE counts the meeting's changes in the change events, and the feed lists
 * meetings by when they last changed: the two indexes serve those reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create type alert_target as enum ('body', 'case', 'search');

create table alert_subscription (
  id integer primary key generated always as identity,
  email text not null check (length(email) between 3 and 254),
  target alert_target not null,
  body_id integer references body(id) on delete cascade,
  case_id integer references "case"(id) on delete cascade,
  -- A saved search, as searchQueryText writes it back.
  search_query text check (length(search_query) between 1 and 500),
  created_at timestamptz not null,
  confirm_token_hash text unique,
  confirm_expires_at timestamptz,
  confirmation_sent_at timestamptz,
  confirmed_at timestamptz,
  check ((target = 'body') = (body_id is not null)),
  check ((target = 'case') = (case_id is not null)),
  check ((target = 'search') = (search_query is not null)),
  check ((confirmed_at is null) = (confirm_token_hash is not null and confirm_expires_at is not null))
);
create unique index alert_subscription_body_idx on alert_subscription (lower(email), body_id)
  where target = 'body';
create unique index alert_subscription_case_idx on alert_subscription (lower(email), case_id)
  where target = 'case';
create unique index alert_subscription_search_idx on alert_subscription (lower(email), search_query)
  where target = 'search';
create index alert_subscription_expiry_idx on alert_subscription (confirm_expires_at)
  where confirmed_at is null;

create table alert_key (
  id boolean primary key default true check (id),
  secret text not null
);

create table alert_cursor (
  id boolean primary key default true check (id),
  last_event_id bigint not null
);
insert into alert_cursor (last_event_id) select coalesce(max(id), 0) from change_event;

create index change_event_entity_idx on change_event (entity_type, entity_id);
create index meeting_updated_idx on meeting (updated_at);
`,
  );
}
