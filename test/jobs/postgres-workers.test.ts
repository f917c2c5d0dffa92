import { afterEach, beforeEach, expect, it } from "vitest";
import { z } from "zod";
import { loadConfig } from "../../src/config.ts";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.ts";
import { defineJob } from "../../src/jobs/define-job.ts";
import { enqueueJob } from "../../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { type JobWorker, startJobWorker } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { jobServices } from "../helpers/job-services.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const onServer = Boolean(process.env.TEST_DATABASE_URL);

let database: TestDatabase;
/** A second app process's own connections to the same database. */
let other: DatabaseHandle;

beforeEach(async () => {
  if (!onServer) return;
  database = await createTestDatabase("empty");
  other = await openDatabase({ databaseUrl: database.databaseUrl });
});
afterEach(async () => {
  if (!onServer) return;
  await other.close();
  await database.close();
});

it.skipIf(!onServer)(
  "lets two workers on one PostgreSQL database take 300 jobs, each run exactly once",
  async () => {
    const runs = new Map<number, string[]>();
    const workerFor = (name: string, handle: DatabaseHandle) => {
      const job = defineJob({
        type: "test.count",
        label: "Telling",
        schema: z.object({ n: z.number() }),
        maxAttempts: 1,
        describe: () => "",
        async handler(_payload, { job: running }) {
          runs.set(running.id, [...(runs.get(running.id) ?? []), name]);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
        },
      });
      return {
        job,
        worker: startJobWorker({
          db: handle.db,
          registry: createJobRegistry([job]),
          services: jobServices(handle.db, createMailer(loadConfig({}))),
          concurrency: 4,
          pollMs: 20,
        }),
      };
    };
    const a = workerFor("a", database);
    const b = workerFor("b", other);
    const workers: JobWorker[] = [a.worker, b.worker];
    try {
      await database.db.transaction().execute(async (tx) => {
        for (let n = 0; n < 300; n++) await enqueueJob(tx, a.job, { n });
      });
      const deadline = Date.now() + 30_000;
      for (;;) {
        const left = await database.db
          .selectFrom("job")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("status", "<>", "done")
          .executeTakeFirstOrThrow();
        if (Number(left.count) === 0) break;
        if (Date.now() > deadline) throw new Error(`${left.count} jobs not done`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(runs.size).toBe(300);
    expect([...runs.values()].filter((by) => by.length !== 1)).toEqual([]);
    const byWorker = [...runs.values()].flat();
    expect(byWorker.filter((name) => name === "a").length).toBeGreaterThan(0);
    expect(byWorker.filter((name) => name === "b").length).toBeGreaterThan(0);
    const attempts = await database.db.selectFrom("job").select("attempts").distinct().execute();
    expect(attempts).toEqual([{ attempts: 1 }]);
  },
);
