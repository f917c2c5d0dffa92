/**
 * `npm run bench:jobs`: how many mails a second the job queue writes into the outbox. Each mail
 * is enqueued in a transaction of its own, as a change enqueues it, then the worker's drain loop
 * (the one `npm start` runs) sends them all through the real sendMail job into an outbox folder.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { LocalBlobStore } from "../src/blobs/blob-store.ts";
import { loadConfig } from "../src/config.ts";
import { type DatabaseHandle, openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { officeConversionSettings } from "../src/features/documents/office-conversion.ts";
import { enqueueJob } from "../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { sendMailJob } from "../src/mail/send-mail-job.ts";

const RESULTS_DIR = path.join(import.meta.dirname, ".results");

const USAGE = `Usage: npm run bench:jobs -- [options]

Enqueues mails, each in a transaction of its own, then sends them through the sendMail job into
an outbox folder, once for each concurrency (jobs taken and run at once by the worker). Prints
enqueues/s and mails/s, and writes them as JSON to bench/.results/.

Options:
  --mails <n>          mails per run (default 2000)
  --concurrency <list> comma-separated worker concurrencies (default 1,4,16)
  --help               print this text

Environment:
  DATABASE_URL         measure on this PostgreSQL server: a database of the bench's own is
                       created on it for the run and dropped after; without it, embedded PGlite
                       in a temporary folder
`;

const log = (message: string) => process.stderr.write(`[bench:jobs] ${message}\n`);

function readArguments(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: "boolean", default: false },
      mails: { type: "string", default: "2000" },
      concurrency: { type: "string", default: "1,4,16" },
    },
  });
  const whole = (name: string, value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`${name} must be a whole number above 0, not ${value}`);
    return number;
  };
  return {
    help: values.help,
    mails: whole("--mails", values.mails),
    concurrencies: values.concurrency.split(",").map((value) => whole("--concurrency", value)),
  };
}

/** A fresh, migrated database: PGlite on disk as the app runs it, or one made on the server. */
async function freshDatabase(
  serverUrl: string | undefined,
  folder: string,
): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: path.join(folder, "pglite") });
    await migrateToLatest(handle.db);
    return { handle, drop: () => handle.close() };
  }
  const name = `folkestyre_bench_jobs_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await migrateToLatest(handle.db);
  return {
    handle,
    drop: async () => {
      await handle.close();
      // pg's Pool.end() resolves before its connections close; a forced drop would kill them.
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rows } = await admin.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function measure(serverUrl: string | undefined, mails: number, concurrency: number) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-bench-jobs-"));
  const { handle, drop } = await freshDatabase(serverUrl, folder);
  try {
    const db = handle.db;
    const config = { ...loadConfig({}), dataDir: folder, smtpUrl: undefined, mailFrom: undefined };
    const mailer = createMailer(config);
    const enqueueStarted = performance.now();
    for (let n = 1; n <= mails; n++)
      await db.transaction().execute((tx) =>
        enqueueJob(tx, sendMailJob, {
          to: [{ name: `Representant ${n}`, address: `representant${n}@eksempel.no` }],
          subject: `Innkalling til møte i Formannskapet – sak ${n}/26`,
          text: `Du innkalles til møte i Formannskapet.\n\nSak ${n}/26 står på sakslisten.\n`.repeat(
            20,
          ),
        }),
      );
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    const sendStarted = performance.now();
    const summary = await runDueJobs({
      db,
      registry: createJobRegistry([sendMailJob]),
      services: {
        db,
        mailer,
        blobs: new LocalBlobStore(path.join(folder, "blobs")),
        conversion: officeConversionSettings(config),
      },
      concurrency,
    });
    const sendSeconds = (performance.now() - sendStarted) / 1000;
    const files = fs.readdirSync(path.join(folder, "outbox")).length;
    if (summary.done !== mails || files !== mails)
      throw new Error(`Sent ${summary.done} of ${mails} mails, ${files} files in the outbox`);
    return {
      concurrency,
      mails,
      enqueuePerSecond: Math.round(mails / enqueueSeconds),
      mailsPerSecond: Math.round(mails / sendSeconds),
    };
  } finally {
    await drop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function main(argv: string[]) {
  const args = readArguments(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const serverUrl = process.env.DATABASE_URL || undefined;
  const engine = serverUrl ? "postgres" : "pglite";
  const startedAt = new Date();
  const runs = [];
  for (const concurrency of args.concurrencies) {
    log(`${engine}: ${args.mails} mails, concurrency ${concurrency}`);
    const result = await measure(serverUrl, args.mails, concurrency);
    log(
      `  ${result.enqueuePerSecond} enqueues/s, ${result.mailsPerSecond} mails/s into the outbox`,
    );
    runs.push(result);
  }
  const report = {
    startedAt: startedAt.toISOString(),
    engine,
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      node: process.version,
    },
    runs,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `jobs-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${["engine  concurrency  enqueues/s  mails/s", ...runs.map((run) => `${engine.padEnd(8)}${String(run.concurrency).padStart(11)}${String(run.enqueuePerSecond).padStart(12)}${String(run.mailsPerSecond).padStart(9)}`)].join("\n")}\n\nWritten to ${path.relative(process.cwd(), file)}\n`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`[bench:jobs] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
