import pg from "pg";
import type { DatabaseHandle } from "../db/database.ts";
import { JOB_CHANNEL } from "./enqueue-job.ts";

/** Subscribes to job notifications; resolves to the function that unsubscribes. */
export type JobListener = (onNotify: () => void) => Promise<() => Promise<void>>;

/**
 * Notifications of jobs enqueued by other connections: PGlite delivers its own NOTIFY in the
 * process; on a PostgreSQL server one connection of its own LISTENs, so workers on every node
 * wake when a job is committed on any of them. Polling stays the backstop if it drops.
 */
export function jobListener(handle: DatabaseHandle, databaseUrl: string | undefined): JobListener {
  if (handle.pglite) {
    const pglite = handle.pglite;
    return async (onNotify) => pglite.listen(JOB_CHANNEL, onNotify);
  }
  return async (onNotify) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    // A dropped connection must not crash the process; the worker's poll carries on.
    client.on("error", () => {});
    client.on("notification", (message) => {
      if (message.channel === JOB_CHANNEL) onNotify();
    });
    await client.connect();
    await client.query(`listen ${JOB_CHANNEL}`);
    return () => client.end();
  };
}
