/**
 * A Folkestyre process for the kill -9 test (crash.test.ts): opens the database, and in the
 * first run enqueues a mail whose handler blocks after writing it to the outbox, so that the
 * parent can kill the process mid-job. The second run starts a worker over the same database,
 * waits until the job is done, and prints its row.
 */
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { defineJob } from "../../src/jobs/define-job.ts";
import { enqueueJob } from "../../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { startJobWorker } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { sendMailJob } from "../../src/mail/send-mail-job.ts";
import { jobServices } from "../helpers/job-services.ts";

const mode = process.env.CRASH_MODE;
const dataDir = String(process.env.CRASH_DATA_DIR);
const progress = path.join(dataDir, "progress.log");
const note = (line: string) => fs.appendFileSync(progress, `${line}\n`);

const handle = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: path.join(dataDir, "pglite"),
});
await migrateToLatest(handle.db);

const blockingMail = defineJob({
  ...sendMailJob,
  async handler(mail, context) {
    note(`attempt ${context.job.attempt} of job ${context.job.id}`);
    await sendMailJob.handler(mail, context);
    if (mode === "first") {
      note("blocking");
      await new Promise(() => {});
    }
  },
});

if (mode === "first")
  await handle.db.transaction().execute((tx) =>
    enqueueJob(tx, blockingMail, {
      to: [{ name: "Åse Ødegård", address: "ase@eksempel.no" }],
      subject: "Innkalling til møte i Formannskapet",
      text: "Du innkalles.",
    }),
  );

const worker = startJobWorker({
  db: handle.db,
  registry: createJobRegistry([blockingMail]),
  services: jobServices(handle.db, createMailer({ ...loadConfig({}), dataDir })),
  exclusive: handle.engine === "pglite",
  leaseMs: 1_000,
  pollMs: 100,
});

if (mode === "second") {
  for (;;) {
    const job = await handle.db.selectFrom("job").selectAll().executeTakeFirstOrThrow();
    if (job.status === "done" || job.status === "dead") {
      await worker.stop();
      await handle.close();
      process.stdout.write(`${JSON.stringify(job)}\n`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
