import type { DatabaseHandle } from "../db/database.ts";
import { JOB_CHANNEL } from "./enqueue-job.ts";

/** Subscribes to job notifications; resolves to the function that unsubscribes. */
export type JobListener = (onNotify: () => void) => Promise<() => Promise<void>>;

/**
 * Notifications of jobs enqueued by other connections, through the database handle's listener
 * (PGlite in process; on a server a connection of its own that reconnects), so workers on every
 * node wake when a job is committed on any of them. After a lost connection the worker looks
 * at once, since a notification may have been missed; polling stays the backstop.
 */
export function jobListener(handle: DatabaseHandle): JobListener {
  return (onNotify) => handle.listen(JOB_CHANNEL, onNotify, onNotify);
}
