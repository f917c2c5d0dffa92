import { sql } from "kysely";
import type { z } from "zod";
import type { Database } from "../db/database.ts";
import type { JobDefinition } from "./define-job.ts";

/** The channel enqueueJob notifies on; PostgreSQL delivers it at commit, and not at all on rollback. */
export const JOB_CHANNEL = "folkestyre_jobs";

export interface EnqueueOptions {
  /** Not before this time (default: as soon as the transaction commits). */
  runAt?: Date;
  /**
   * At most one queued or running job of this type per key: enqueuing another returns the
   * pending one's id instead, so a burst of changes asks for one piece of work.
   */
  dedupeKey?: string;
  /** Overrides the definition's maxAttempts for this job. */
  maxAttempts?: number;
}

/** Wakes the workers of every process when the transaction commits; a rollback sends nothing. */
export async function notifyJobWorkers(tx: Database, type: string): Promise<void> {
  await sql`select pg_notify(${JOB_CHANNEL}, ${type})`.execute(tx);
}

/**
 * Adds a job in the caller's transaction, so it exists exactly when the change that asked for
 * it commits. The payload is checked against the definition's schema here, where a mistake is
 * the caller's, rather than at run time. Returns the job's id.
 */
export async function enqueueJob<Schema extends z.ZodType>(
  tx: Database,
  definition: JobDefinition<Schema>,
  payload: z.input<Schema>,
  options: EnqueueOptions = {},
): Promise<number> {
  const checked = definition.schema.parse(payload);
  const values = {
    type: definition.type,
    payload: JSON.stringify(checked),
    max_attempts: options.maxAttempts ?? definition.maxAttempts,
    dedupe_key: options.dedupeKey ?? null,
    // The application's clock, as the workers compare and retry by it, not the database's.
    run_at: options.runAt ?? new Date(),
  };
  const inserted = await tx
    .insertInto("job")
    .values(values)
    .onConflict((conflict) =>
      conflict
        .columns(["type", "dedupe_key"])
        .where("dedupe_key", "is not", null)
        .where("status", "in", ["queued", "running"])
        .doNothing(),
    )
    .returning("id")
    .executeTakeFirst();
  await notifyJobWorkers(tx, definition.type);
  if (inserted) return inserted.id;
  // Only a dedupe key can conflict: the pending job with that key stands for this one.
  const pending = await tx
    .selectFrom("job")
    .select("id")
    .where("type", "=", definition.type)
    .where("dedupe_key", "=", String(options.dedupeKey))
    .where("status", "in", ["queued", "running"])
    .executeTakeFirstOrThrow();
  return pending.id;
}
