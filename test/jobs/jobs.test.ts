import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadConfig } from "../../src/config.ts";
import { defineJob, type RunningJob } from "../../src/jobs/define-job.ts";
import { enqueueJob } from "../../src/jobs/enqueue-job.ts";
import { jobListener } from "../../src/jobs/notifications.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { wake } from "../../src/jobs/wake.ts";
import { runDueJobs, startJobWorker } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { jobServices } from "../helpers/job-services.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

let database: TestDatabase;
let dataDir: string;
/** What the test job's handler was given, attempt by attempt. */
let runs: Array<{ payload: { n: number }; job: RunningJob }>;
/** Attempts of the test job that fail before one succeeds. */
let failures: number;

const countJob = defineJob({
  type: "test.count",
  label: "Telling",
  schema: z.object({ n: z.number().int() }),
  maxAttempts: 3,
  describe: (payload) => `Tallet ${payload.n}`,
  async handler(payload, { job }) {
    runs.push({ payload, job });
    if (failures > 0) {
      failures -= 1;
      throw new Error(`Feil nummer ${job.attempt}`);
    }
  },
});

const registry = createJobRegistry([countJob]);

beforeEach(async () => {
  database = await createTestDatabase("empty");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-jobs-"));
  runs = [];
  failures = 0;
});
afterEach(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const services = () => jobServices(database.db, createMailer({ ...loadConfig({}), dataDir }));

const jobRow = (id: number) =>
  database.db.selectFrom("job").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("enqueueJob", () => {
  it("leaves no job when the transaction that enqueued it rolls back", async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await enqueueJob(tx, countJob, { n: 1 });
        throw new Error("the change was refused");
      }),
    ).rejects.toThrow("the change was refused");
    expect(await database.db.selectFrom("job").selectAll().execute()).toEqual([]);
    const id = await database.db.transaction().execute((tx) => enqueueJob(tx, countJob, { n: 2 }));
    expect(await jobRow(id)).toMatchObject({
      type: "test.count",
      payload: { n: 2 },
      status: "queued",
      attempts: 0,
      max_attempts: 3,
    });
  });

  it("checks the payload against the definition's schema before writing anything", async () => {
    await expect(
      enqueueJob(database.db, countJob, { n: "to" } as unknown as { n: number }),
    ).rejects.toThrow();
    expect(await database.db.selectFrom("job").selectAll().execute()).toEqual([]);
  });

  it("keeps one pending job per dedupe key, and a new one once that has run", async () => {
    const first = await enqueueJob(database.db, countJob, { n: 1 }, { dedupeKey: "møte-5" });
    const second = await enqueueJob(database.db, countJob, { n: 2 }, { dedupeKey: "møte-5" });
    const other = await enqueueJob(database.db, countJob, { n: 3 }, { dedupeKey: "møte-6" });
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    await runDueJobs({ db: database.db, registry, services: services() });
    const third = await enqueueJob(database.db, countJob, { n: 4 }, { dedupeKey: "møte-5" });
    expect(third).not.toBe(first);
    expect(runs.map((run) => run.payload.n).sort()).toEqual([1, 3]);
  });
});

describe("running jobs", () => {
  it("runs a due job once, gives the handler a stable key, and marks it done", async () => {
    const id = await enqueueJob(database.db, countJob, { n: 7 });
    const later = await enqueueJob(
      database.db,
      countJob,
      { n: 8 },
      {
        runAt: new Date(Date.now() + 3_600_000),
      },
    );
    expect(await runDueJobs({ db: database.db, registry, services: services() })).toEqual({
      done: 1,
      retried: 0,
      dead: 0,
    });
    expect(runs).toHaveLength(1);
    expect(runs[0]?.payload).toEqual({ n: 7 });
    expect(runs[0]?.job).toMatchObject({ id, attempt: 1, maxAttempts: 3 });
    expect(runs[0]?.job.key).toMatch(new RegExp(`^job-${id}-[0-9a-z]+$`));
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: "done", attempts: 1, locked_by: null });
    expect(row.finished_at).toBeInstanceOf(Date);
    expect((await jobRow(later)).status).toBe("queued");
    expect(await runDueJobs({ db: database.db, registry, services: services() })).toEqual({
      done: 0,
      retried: 0,
      dead: 0,
    });
  });

  it("retries a failing job with growing waits, and keeps it dead with its error after the last attempt", async () => {
    failures = 10;
    const id = await enqueueJob(database.db, countJob, { n: 1 });
    let clock = Date.now();
    const options = { db: database.db, registry, services: services(), now: () => new Date(clock) };

    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 1, dead: 0 });
    const first = await jobRow(id);
    expect(first).toMatchObject({ status: "queued", attempts: 1, last_error: "Feil nummer 1" });
    expect(first.run_at.getTime() - clock).toBe(10_000);

    clock += 9_000;
    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 0, dead: 0 });
    clock += 1_000;
    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 1, dead: 0 });
    const second = await jobRow(id);
    expect(second.run_at.getTime() - clock).toBe(20_000);

    clock += 20_000;
    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 0, dead: 1 });
    expect(await jobRow(id)).toMatchObject({
      status: "dead",
      attempts: 3,
      last_error: "Feil nummer 3",
    });
    expect(runs.map((run) => run.job.attempt)).toEqual([1, 2, 3]);
    expect(new Set(runs.map((run) => run.job.key)).size).toBe(1);
    clock += 86_400_000;
    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 0, dead: 0 });
  });

  it("takes a running job again once its lease has run out, and gives up after its last attempt", async () => {
    const id = await enqueueJob(database.db, countJob, { n: 1 }, { maxAttempts: 2 });
    const at = new Date();
    // As a worker that died mid-job leaves it: running, its lease still on.
    await database.db
      .updateTable("job")
      .set({
        status: "running",
        attempts: 1,
        locked_by: "gone",
        locked_at: at,
        locked_until: new Date(at.getTime() + 60_000),
      })
      .where("id", "=", id)
      .execute();
    const options = { db: database.db, registry, services: services() };
    expect(await runDueJobs({ ...options, now: () => new Date(at.getTime() + 59_000) })).toEqual({
      done: 0,
      retried: 0,
      dead: 0,
    });
    failures = 1;
    expect(await runDueJobs({ ...options, now: () => new Date(at.getTime() + 61_000) })).toEqual({
      done: 0,
      retried: 0,
      dead: 1,
    });
    expect(await jobRow(id)).toMatchObject({ status: "dead", attempts: 2 });

    const again = await enqueueJob(database.db, countJob, { n: 2 }, { maxAttempts: 1 });
    await database.db
      .updateTable("job")
      .set({ status: "running", attempts: 1, locked_by: "gone", locked_until: at })
      .where("id", "=", again)
      .execute();
    await runDueJobs(options);
    expect(await jobRow(again)).toMatchObject({
      status: "dead",
      last_error: "Kjøringen ble avbrutt før den ble ferdig (prosessen stoppet eller svarte ikke).",
    });
    expect(runs.map((run) => run.payload.n)).toEqual([1]);
  });

  it("deletes done jobs after 30 days, and keeps dead ones", async () => {
    const old = await enqueueJob(database.db, countJob, { n: 1 });
    const recent = await enqueueJob(database.db, countJob, { n: 2 });
    const dead = await enqueueJob(database.db, countJob, { n: 3 });
    const day = 86_400_000;
    const at = (days: number) => new Date(Date.now() - days * day);
    await database.db
      .updateTable("job")
      .set({ status: "done", updated_at: at(31) })
      .where("id", "=", old)
      .execute();
    await database.db
      .updateTable("job")
      .set({ status: "done", updated_at: at(29) })
      .where("id", "=", recent)
      .execute();
    await database.db
      .updateTable("job")
      .set({ status: "dead", updated_at: at(400) })
      .where("id", "=", dead)
      .execute();
    await runDueJobs({ db: database.db, registry, services: services() });
    const left = await database.db.selectFrom("job").select("id").orderBy("id").execute();
    expect(left.map((row) => row.id)).toEqual([recent, dead]);
  });

  it("marks a job dead at once when its stored payload no longer fits the schema", async () => {
    const created = await database.db
      .insertInto("job")
      .values({ type: "test.count", payload: JSON.stringify({ n: "sju" }), max_attempts: 3 })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await runDueJobs({ db: database.db, registry, services: services() })).toEqual({
      done: 0,
      retried: 0,
      dead: 1,
    });
    expect((await jobRow(created.id)).last_error).toMatch(/^Jobben har ugyldig innhold/);
    expect(runs).toEqual([]);
  });
});

describe("the background worker", () => {
  async function until(check: () => Promise<boolean>, ms = 5_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const isDone = (id: number) => async () => (await jobRow(id)).status === "done";

  it("runs a committed job within moments through the commit's notification, long before its poll", async () => {
    const worker = startJobWorker({
      db: database.db,
      registry,
      services: services(),
      pollMs: 60_000,
      listen: jobListener(database),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const id = await database.db
        .transaction()
        .execute((tx) => enqueueJob(tx, countJob, { n: 1 }));
      await until(isDone(id), 2_000);
    } finally {
      await worker.stop();
    }
  });

  it("wakes on wake(), and stops after the job it is running", async () => {
    const worker = startJobWorker({
      db: database.db,
      registry,
      services: services(),
      pollMs: 60_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const id = await enqueueJob(database.db, countJob, { n: 1 });
    wake();
    await until(isDone(id), 2_000);
    await worker.stop();
    const after = await enqueueJob(database.db, countJob, { n: 2 });
    wake();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await jobRow(after)).status).toBe("queued");
  });
});
