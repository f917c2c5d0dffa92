import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * What changed, one row per change, written in the same transaction as the change and its
 * audit row. The page cache, the live event streams and (later) search indexing read these:
 * `public` says whether the change can alter anything the public portal shows, so a change
 * only the workspace sees (a login, an account, a draft) leaves cached public pages alone.
 * The id orders events for replay after a reconnect (SSE Last-Event-ID).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create table change_event (
  id bigint primary key generated always as identity,
  at timestamptz not null default now(),
  audit_id bigint not null references audit_log(id),
  entity_type text not null,
  entity_id text not null,
  action text not null,
  public boolean not null
);
create index change_event_public_idx on change_event (id) where public;
`,
  );
}
