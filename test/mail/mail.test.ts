import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freePort } from "../../bench/processes.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { retryJob } from "../../src/features/jobs/retry-job.ts";
import { jobKey } from "../../src/jobs/define-job.ts";
import { enqueueJob } from "../../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { type JobRunOptions, runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer, MailConfigError, type Mailer } from "../../src/mail/mailer.ts";
import { sendMailJob } from "../../src/mail/send-mail-job.ts";
import { jobServices } from "../helpers/job-services.ts";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

let database: TestDatabase;
let dataDir: string;
let mailer: Mailer | null;
let server: TestSmtpServer | null;

const registry = createJobRegistry([sendMailJob]);

const notice = {
  to: [{ name: "Åse Ødegård", address: "ase.odegard@eksempel.no" }],
  subject: "Innkalling til møte i Formannskapet – særskilt økonomisak",
  text: "Hei!\n\nDu innkalles til møte i Formannskapet tirsdag 8. desember kl. 18.00.\n\nMed vennlig hilsen\nPolitisk sekretariat",
};

beforeEach(async () => {
  database = await createTestDatabase("empty");
  await database.db
    .insertInto("municipality")
    .values({ name: "Eksempel kommune", short_name: "Eksempel", settings: "{}" })
    .execute();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-mail-"));
  mailer = null;
  server = null;
});
afterEach(async () => {
  mailer?.close();
  await server?.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function config(settings: Partial<Config>): Config {
  return { ...loadConfig({}), baseUrl: "https://politikk.eksempel.no", dataDir, ...settings };
}

function runner(settings: Partial<Config>, now?: () => Date): JobRunOptions {
  mailer = createMailer(config(settings));
  return { db: database.db, registry, services: jobServices(database.db, mailer), now };
}

const jobRow = (id: number) =>
  database.db.selectFrom("job").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

/** Enqueued as a use case would: in the transaction of the change that causes the mail. */
const enqueueNotice = () =>
  database.db.transaction().execute((tx) => enqueueJob(tx, sendMailJob, notice));

function expectNorwegianHeaders(raw: string, id: number, createdAt: Date) {
  const headers = raw.slice(0, raw.indexOf("\r\n\r\n"));
  expect(headers).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
  expect(headers).toMatch(/^From: Eksempel kommune <post@eksempel\.kommune\.no>$/m);
  expect(headers).toMatch(/^To: =\?UTF-8\?[QB]\?.+\?= <ase\.odegard@eksempel\.no>$/m);
  expect(headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
  expect(headers).toContain(`Message-ID: <${jobKey(id, createdAt)}@eksempel.kommune.no>`);
  const date = /^Date: (.+)$/m.exec(headers)?.[1] ?? "";
  // Norwegian time with its offset, +0100 in winter and +0200 in summer.
  expect(date).toMatch(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0[12]00$/,
  );
  expect(Math.abs(new Date(date).getTime() - createdAt.getTime())).toBeLessThan(1000);
}

describe("mail over SMTP", () => {
  const smtp = (url: string) => ({ smtpUrl: url, mailFrom: "post@eksempel.kommune.no" });

  it("delivers a committed mail with its Norwegian headers, and nothing for a rolled-back change", async () => {
    server = await startSmtpServer();
    await expect(
      database.db.transaction().execute(async (tx) => {
        await enqueueJob(tx, sendMailJob, { ...notice, subject: "Skal aldri sendes" });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    const id = await enqueueNotice();
    expect(await runDueJobs(runner(smtp(server.url)))).toEqual({ done: 1, retried: 0, dead: 0 });

    expect(server.received).toHaveLength(1);
    const mail = server.received[0];
    if (!mail) throw new Error("no mail");
    expect(mail.envelopeTo).toEqual(["ase.odegard@eksempel.no"]);
    expect(mail.parsed.subject).toBe(notice.subject);
    expect(mail.parsed.from?.value).toEqual([
      { name: "Eksempel kommune", address: "post@eksempel.kommune.no" },
    ]);
    expect(mail.parsed.text).toBe(`${notice.text}\n`);
    const row = await jobRow(id);
    expectNorwegianHeaders(mail.raw, id, row.created_at);
    expect(row.status).toBe("done");
  });

  it("uses the display name of MAIL_FROM when it has one", async () => {
    server = await startSmtpServer();
    await enqueueNotice();
    await runDueJobs(
      runner({ smtpUrl: server.url, mailFrom: "Politisk sekretariat <politikk@eksempel.no>" }),
    );
    expect(server.received[0]?.parsed.from?.value).toEqual([
      { name: "Politisk sekretariat", address: "politikk@eksempel.no" },
    ]);
  });

  it("tries again later when the server refuses, and delivers once it accepts", async () => {
    let refusals = 2;
    server = await startSmtpServer({
      refuse: () => (refusals-- > 0 ? "Prøv igjen senere" : null),
    });
    const id = await enqueueNotice();
    let clock = Date.now();
    const options = runner(smtp(server.url), () => new Date(clock));

    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 1, dead: 0 });
    expect(await jobRow(id)).toMatchObject({ status: "queued", attempts: 1 });
    expect((await jobRow(id)).last_error).toMatch(/451/);
    expect(server.received).toHaveLength(0);

    clock += 10_000;
    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 1, dead: 0 });
    clock += 20_000;
    expect(await runDueJobs(options)).toEqual({ done: 1, retried: 0, dead: 0 });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.parsed.subject).toBe(notice.subject);
    expect(await jobRow(id)).toMatchObject({ status: "done", attempts: 3 });
  });

  it("loses nothing while the server is down: retried, then dead with the error, then resent", async () => {
    const port = await freePort();
    const id = await enqueueNotice();
    let clock = Date.now();
    const options = runner(smtp(`smtp://127.0.0.1:${port}`), () => new Date(clock));
    for (let attempt = 1; attempt < sendMailJob.maxAttempts; attempt++) {
      expect(await runDueJobs(options)).toEqual({ done: 0, retried: 1, dead: 0 });
      const row = await jobRow(id);
      expect(row).toMatchObject({ status: "queued", attempts: attempt });
      clock = row.run_at.getTime();
    }
    expect(await runDueJobs(options)).toEqual({ done: 0, retried: 0, dead: 1 });
    const dead = await jobRow(id);
    expect(dead.status).toBe("dead");
    expect(dead.last_error).toMatch(/ECONNREFUSED/);
    expect(dead.payload).toEqual(notice);

    server = await startSmtpServer({ port });
    await database.db
      .transaction()
      .execute((tx) => retryJob({ actor: { kind: "system", name: "Test" }, jobId: id, tx }));
    expect(await runDueJobs(options)).toEqual({ done: 1, retried: 0, dead: 0 });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.parsed.subject).toBe(notice.subject);
  });
});

describe("mail to the outbox", () => {
  const outbox = () => path.join(dataDir, "outbox");

  it("writes each mail as an .eml file named by its job when no SMTP server is configured", async () => {
    const id = await enqueueNotice();
    expect(await runDueJobs(runner({ smtpUrl: "smtp://127.0.0.1:1" }))).toEqual({
      done: 1,
      retried: 0,
      dead: 0,
    });
    const row = await jobRow(id);
    const files = fs.readdirSync(outbox());
    expect(files).toEqual([`${jobKey(id, row.created_at)}.eml`]);
    const raw = fs.readFileSync(path.join(outbox(), files[0] ?? ""), "utf8");
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(notice.subject);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).toEqual([
      { name: "Åse Ødegård", address: "ase.odegard@eksempel.no" },
    ]);
    expect(parsed.from?.value).toEqual([
      { name: "Eksempel kommune", address: "ikke-svar@politikk.eksempel.no" },
    ]);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
  });

  it("writes the file once when an attempt runs again after writing it", async () => {
    const id = await enqueueNotice();
    const options = runner({ mailFrom: "post@eksempel.kommune.no" });
    await runDueJobs(options);
    const [file] = fs.readdirSync(outbox());
    const written = fs.statSync(path.join(outbox(), file ?? ""));
    // As if the process had died after the file and before the job was marked done.
    await database.db
      .updateTable("job")
      .set({ status: "queued", run_at: new Date(0) })
      .where("id", "=", id)
      .execute();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await runDueJobs(options)).toEqual({ done: 1, retried: 0, dead: 0 });
    expect(fs.readdirSync(outbox())).toEqual([file]);
    expect(fs.statSync(path.join(outbox(), file ?? "")).mtimeMs).toBe(written.mtimeMs);
  });

  it("refuses a MAIL_FROM that is not one address", () => {
    expect(() => createMailer(config({ mailFrom: "post@a.no, post@b.no" }))).toThrow(
      MailConfigError,
    );
    expect(() => createMailer(config({ mailFrom: "sekretariatet" }))).toThrow(/MAIL_FROM/);
  });
});
