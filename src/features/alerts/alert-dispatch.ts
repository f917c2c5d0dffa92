import type { ChangeFeed } from "../../commit/change-feed.ts";
import type { Database } from "../../db/database.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import type { JobLog } from "../../jobs/worker.ts";
import { dispatchAlertsJob } from "./dispatch-alerts-job.ts";

/** Public changes that come together (a notice and its numbers, a meeting's decisions) are sent together. */
const GATHER_MS = 3_000;

/**
 * Queues the alert dispatcher when a public change has committed. The job reads the change
 * events from its cursor, so one run after a burst serves the whole burst, and a change made
 * while a run was under way is read by the run queued after it. Once at start, for the changes
 * made while no process listened. Returns the function that stops listening.
 */
export function dispatchAlertsOnChanges(options: {
  db: Database;
  changes: ChangeFeed;
  settings: () => Promise<{ baseUrl: string; municipalityName: string }>;
  log: JobLog;
  gatherMs?: number;
}): () => void {
  let timer: NodeJS.Timeout | null = null;
  const queue = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void options
        .settings()
        .then((settings) => enqueueJob(options.db, dispatchAlertsJob, settings))
        .catch((error: unknown) =>
          options.log.error({ err: error }, "Varslene ble ikke satt i kø"),
        );
    }, options.gatherMs ?? GATHER_MS);
  };
  const unsubscribe = options.changes.subscribe({
    onEvent: (event) => {
      if (event.public) queue();
    },
    onGap: queue,
  });
  queue();
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
