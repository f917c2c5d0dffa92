import { randomBytes } from "node:crypto";
import os from "node:os";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { retryDelayMs } from "./backoff.ts";
import { type JobServices, jobKey, type RunningJob } from "./define-job.ts";
import type { JobListener } from "./notifications.ts";
import type { JobRegistry } from "./registry.ts";
import { onWake } from "./wake.ts";

export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const silent: JobLog = { info: () => {}, warn: () => {}, error: () => {} };

export interface JobRunOptions {
  db: Database;
  registry: JobRegistry;
  services: JobServices;
  /** Names this process in the lease; unique per worker (default: host, pid and a random part). */
  workerId?: string;
  /** Jobs taken and run at once (default 4). */
  concurrency?: number;
  /**
   * How long a taken job stays this worker's without word from it (default 60 s). The worker
   * renews the lease while the handler runs, so only a worker that died or hangs loses it.
   */
  leaseMs?: number;
  /**
   * How long a done job is kept before it is deleted (default 30 days): long enough to see what
   * was sent, short enough that addresses and texts of old mail do not pile up in the database.
   */
  keepDoneMs?: number;
  /** The clock; tests move it forward to reach a retry without waiting. */
  now?: () => Date;
  log?: JobLog;
}

export interface JobRunSummary {
  done: number;
  retried: number;
  dead: number;
}

const PRUNE_EVERY_MS = 3_600_000;

const INTERRUPTED =
  "Kjøringen ble avbrutt før den ble ferdig (prosessen stoppet eller svarte ikke).";
const MAX_ERROR_LENGTH = 2000;

const newWorkerId = () => `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}

/**
 * Running jobs whose lease ran out were cut off: they are queued again, or dead when that was
 * their last attempt. Two workers doing this at once touch each row once, since the second
 * sees it no longer running.
 */
async function reclaimExpiredLeases(db: Database, now: Date): Promise<void> {
  const released = {
    locked_by: null,
    locked_at: null,
    locked_until: null,
    last_error: INTERRUPTED,
    updated_at: now,
  };
  const expired = db
    .updateTable("job")
    .where("status", "=", "running")
    .where("locked_until", "<=", now);
  await expired
    .set({ ...released, status: "dead", finished_at: now })
    .whereRef("attempts", ">=", "max_attempts")
    .execute();
  await expired
    .set({ ...released, status: "queued", run_at: now })
    .whereRef("attempts", "<", "max_attempts")
    .execute();
}

/**
 * Takes up to `limit` due jobs for this worker. FOR UPDATE SKIP LOCKED lets workers in several
 * processes take jobs at the same moment without waiting for one another or taking one twice.
 */
async function takeDueJobs(
  db: Database,
  {
    workerId,
    types,
    limit,
    now,
    leaseMs,
  }: {
    workerId: string;
    types: readonly string[];
    limit: number;
    now: Date;
    leaseMs: number;
  },
) {
  if (types.length === 0) return [];
  return db
    .updateTable("job")
    .set({
      status: "running",
      attempts: sql`attempts + 1`,
      locked_by: workerId,
      locked_at: now,
      locked_until: new Date(now.getTime() + leaseMs),
      updated_at: now,
    })
    .where("id", "in", (eb) =>
      eb
        .selectFrom("job")
        .select("id")
        .where("status", "=", "queued")
        .where("run_at", "<=", now)
        .where("type", "in", types)
        .orderBy("run_at")
        .orderBy("id")
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(["id", "type", "payload", "attempts", "max_attempts", "created_at"])
    .execute();
}

type TakenJob = Awaited<ReturnType<typeof takeDueJobs>>[number];

/** Takes and runs due jobs; `drain` repeats until none is due, for a poll or for a test. */
function jobRunner(options: JobRunOptions) {
  const db = options.db;
  const workerId = options.workerId ?? newWorkerId();
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silent;
  const keepDoneMs = options.keepDoneMs ?? 30 * 86_400_000;
  let prunedAt = Number.NEGATIVE_INFINITY;

  async function pruneDoneJobs(at: Date): Promise<void> {
    if (at.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = at.getTime();
    await db
      .deleteFrom("job")
      .where("status", "=", "done")
      .where("updated_at", "<", new Date(at.getTime() - keepDoneMs))
      .execute();
  }

  /** Only a job still held by this worker is settled; one whose lease was lost is left alone. */
  async function settle(
    job: TakenJob,
    outcome: { ok: true } | { ok: false; error: string; final: boolean },
  ): Promise<keyof JobRunSummary> {
    const at = now();
    const released = { locked_by: null, locked_at: null, locked_until: null, updated_at: at };
    const change = outcome.ok
      ? { ...released, status: "done" as const, finished_at: at }
      : outcome.final || job.attempts >= job.max_attempts
        ? { ...released, status: "dead" as const, last_error: outcome.error, finished_at: at }
        : {
            ...released,
            status: "queued" as const,
            last_error: outcome.error,
            run_at: new Date(at.getTime() + retryDelayMs(job.attempts)),
          };
    const result = await db
      .updateTable("job")
      .set(change)
      .where("id", "=", job.id)
      .where("locked_by", "=", workerId)
      .where("status", "=", "running")
      .returning("status")
      .executeTakeFirst();
    if (!result) log.warn({ jobId: job.id }, "Job lease was lost before it was settled");
    return result?.status === "done" ? "done" : result?.status === "dead" ? "dead" : "retried";
  }

  async function run(job: TakenJob): Promise<keyof JobRunSummary> {
    const definition = options.registry.get(job.type);
    if (!definition) return settle(job, { ok: false, error: "Ukjent jobbtype.", final: true });
    const parsed = definition.schema.safeParse(job.payload);
    if (!parsed.success)
      return settle(job, {
        ok: false,
        error: `Jobben har ugyldig innhold: ${parsed.error.message}`.slice(0, MAX_ERROR_LENGTH),
        final: true,
      });
    const running: RunningJob = {
      id: job.id,
      type: job.type,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
      createdAt: job.created_at,
      key: jobKey(job.id, job.created_at),
    };
    try {
      await definition.handler(parsed.data, { job: running, services: options.services });
    } catch (error) {
      log.warn(
        { jobId: job.id, type: job.type, attempt: job.attempts, err: error },
        "Job attempt failed",
      );
      return settle(job, { ok: false, error: errorText(error), final: false });
    }
    return settle(job, { ok: true });
  }

  /** Keeps the leases of this worker's running jobs while their handlers work. */
  function renewLeases(): () => void {
    const timer = setInterval(
      () => {
        const at = now();
        db.updateTable("job")
          .set({ locked_until: new Date(at.getTime() + leaseMs), updated_at: at })
          .where("locked_by", "=", workerId)
          .where("status", "=", "running")
          .execute()
          .catch((error: unknown) => log.error({ err: error }, "Could not renew job leases"));
      },
      Math.max(100, Math.floor(leaseMs / 3)),
    );
    return () => clearInterval(timer);
  }

  async function drain(keepGoing: () => boolean = () => true): Promise<JobRunSummary> {
    const summary: JobRunSummary = { done: 0, retried: 0, dead: 0 };
    await pruneDoneJobs(now());
    while (keepGoing()) {
      const at = now();
      await reclaimExpiredLeases(db, at);
      const jobs = await takeDueJobs(db, {
        workerId,
        types: options.registry.types,
        limit: concurrency,
        now: at,
        leaseMs,
      });
      if (jobs.length === 0) break;
      const stopRenewing = renewLeases();
      try {
        for (const outcome of await Promise.all(jobs.map(run))) summary[outcome] += 1;
      } finally {
        stopRenewing();
      }
    }
    return summary;
  }

  return { db, drain, log, now, workerId };
}

/** Runs every job that is due now, and those that become due meanwhile; for tests and tools. */
export async function runDueJobs(options: JobRunOptions): Promise<JobRunSummary> {
  return jobRunner(options).drain();
}

export interface JobWorkerOptions extends JobRunOptions {
  /** How often to look for due jobs when nothing wakes the worker (default 5 s). */
  pollMs?: number;
  /**
   * This process is the only one on the database (embedded PGlite): a job left running was
   * cut off when the last process died, so it is taken again at once rather than when its
   * lease runs out.
   */
  exclusive?: boolean;
  /** Notifications of jobs enqueued elsewhere (another node, another connection). */
  listen?: JobListener;
  /** How long stop() waits for running handlers (default 10 s); their leases cover the rest. */
  stopTimeoutMs?: number;
}

export interface JobWorker {
  readonly workerId: string;
  stop(): Promise<void>;
}

/** Runs jobs in the background until stop(): at each poll, on wake(), and on notifications. */
export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const runner = jobRunner(options);
  const pollMs = options.pollMs ?? 5_000;
  let stopping = false;
  let woken = false;
  let interrupt: (() => void) | null = null;
  const poke = () => {
    woken = true;
    interrupt?.();
  };
  const stopWaking = onWake(poke);
  const listening = options.listen?.(poke).catch((error: unknown) => {
    runner.log.warn({ err: error }, "Not listening for job notifications; polling only");
    return null;
  });

  const pause = () =>
    new Promise<void>((resolve) => {
      if (woken || stopping) return resolve();
      const timer = setTimeout(finish, pollMs);
      function finish() {
        clearTimeout(timer);
        interrupt = null;
        resolve();
      }
      interrupt = finish;
    });

  const loop = (async () => {
    if (options.exclusive)
      await runner.db
        .updateTable("job")
        .set({ locked_until: runner.now() })
        .where("status", "=", "running")
        .execute()
        .catch((error: unknown) =>
          runner.log.error({ err: error }, "Could not release job leases"),
        );
    while (!stopping) {
      woken = false;
      try {
        await runner.drain(() => !stopping);
      } catch (error) {
        runner.log.error({ err: error }, "Job worker could not take or settle jobs");
      }
      await pause();
    }
  })();

  return {
    workerId: runner.workerId,
    async stop() {
      stopping = true;
      stopWaking();
      interrupt?.();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.stopTimeoutMs ?? 10_000);
      });
      await Promise.race([loop, timeout]);
      clearTimeout(timer);
      const unlisten = await listening;
      await unlisten?.();
    },
  };
}
