import type { Kysely } from "kysely";
import { execScript } from "../exec-script.ts";

/**
 * Durable jobs: work that runs after the change that caused it has committed, such as sending
 * mail. A job is a row in the same database, so it is enqueued in the change's own transaction
 * and a rolled-back change leaves none. See docs/decisions/0005-job-queue.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
create type job_status as enum ('queued', 'running', 'done', 'dead');

create table job (
  id bigint primary key generated always as identity,
  type text not null,
  payload jsonb not null,
  status job_status not null default 'queued',
  -- Attempts started so far; a job is taken again until it has had max_attempts.
  attempts integer not null default 0,
  max_attempts integer not null check (max_attempts >= 1),
  -- When a queued job is due: now, or later when it waits for its next attempt.
  run_at timestamptz not null default now(),
  -- The lease of a running job: who holds it, since when, and until when. A job whose lease
  -- has run out (its process died) is taken again by the next worker.
  locked_by text,
  locked_at timestamptz,
  locked_until timestamptz,
  last_error text,
  -- At most one queued or running job per type and key; enqueuing another returns that one.
  dedupe_key text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  check (status <> 'running' or (locked_by is not null and locked_until is not null))
);
create index job_due_idx on job (run_at) where status = 'queued';
create index job_lease_idx on job (locked_until) where status = 'running';
create index job_status_idx on job (status, updated_at);
create unique index job_dedupe_idx on job (type, dedupe_key)
  where dedupe_key is not null and status in ('queued', 'running');
`,
  );
}
