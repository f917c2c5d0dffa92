import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueJob } from "../../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { sendMailJob } from "../../src/mail/send-mail-job.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "../helpers/app.ts";
import { jobServices } from "../helpers/job-services.ts";

let t: TestApp;
let dataDir: string;
let admin: Agent;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-pages-"));
  t = await createTestApp("empty", { dataDir, baseUrl: "https://politikk.eksempel.no" });
  admin = await signIn(t.app, "administrator", "drift");
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const mail = (subject: string) => ({
  to: [{ name: "Ola Nordmann", address: "ola@eksempel.no" }],
  subject,
  text: "Møtet er flyttet til rådhuset.",
});

async function deadMail(subject: string): Promise<number> {
  return t.app.db.transaction().execute(async (tx) => {
    const id = await enqueueJob(tx, sendMailJob, mail(subject));
    await tx
      .updateTable("job")
      .set({
        status: "dead",
        attempts: 10,
        last_error: "connect ECONNREFUSED 127.0.0.1:25",
        finished_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    return id;
  });
}

const jobRow = (id: number) =>
  t.app.db.selectFrom("job").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("the jobs page", () => {
  it("shows the count of each status, and the dead jobs with their error", async () => {
    const dead = await deadMail("Innkalling til møte i Formannskapet");
    await enqueueJob(t.app.db, sendMailJob, mail("Protokoll fra Kommunestyret"));
    const page = await admin.get("/admin/jobber");
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    const counts = [...page.body.matchAll(/<th scope="row">([^<]+)<\/th><td>(\d+)<\/td>/g)].map(
      (match) => [match[1], Number(match[2])],
    );
    expect(counts).toEqual([
      ["I kø", 1],
      ["Kjører", 0],
      ["Fullført", 0],
      ["Feilet", 1],
    ]);
    expect(page.body).toContain(`id="jobb-${dead}"`);
    expect(page.body).toContain("Til ola@eksempel.no: Innkalling til møte i Formannskapet");
    expect(page.body).toContain("connect ECONNREFUSED 127.0.0.1:25");
    expect(page.body).toContain("10 av 10");
    expect(page.body).toContain(`action="/admin/jobber/${dead}/prov-igjen"`);
    expect(page.body).toContain("Til ola@eksempel.no: Protokoll fra Kommunestyret");
    expect((await admin.get("/admin")).body).toContain('href="/admin/jobber"');
  });

  it("queues a dead job again with «Prøv igjen», and logs who did it", async () => {
    const id = await deadMail("Innkalling");
    const response = await admin.post(`/admin/jobber/${id}/prov-igjen`, {});
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/admin/jobber");
    expect(await jobRow(id)).toMatchObject({ status: "queued", attempts: 0, finished_at: null });
    expect((await admin.follow(response)).body).toContain("Jobben er satt i kø igjen.");
    const audit = await t.app.db
      .selectFrom("audit_log")
      .select(["action", "entity_type", "entity_id", "actor_name"])
      .where("action", "=", "job.retry")
      .execute();
    expect(audit).toEqual([
      {
        action: "job.retry",
        entity_type: "job",
        entity_id: String(id),
        actor_name: "Test administrator",
      },
    ]);
    const log = await admin.get("/admin/logg");
    expect(log.body).toContain("Satte jobben i kø igjen");
    expect(log.body).toContain(`href="/admin/jobber#jobb-${id}"`);
  });

  it("refuses a retry without the form's CSRF token, and a retry of a job that has not failed", async () => {
    const id = await deadMail("Innkalling");
    const forged = await t.app.inject({
      method: "POST",
      url: `/admin/jobber/${id}/prov-igjen`,
      headers: { cookie: admin.cookie },
      payload: {},
    });
    expect(forged.statusCode).toBe(403);
    expect((await jobRow(id)).status).toBe("dead");

    const queued = await enqueueJob(t.app.db, sendMailJob, mail("Venter"));
    const refused = await admin.post(`/admin/jobber/${queued}/prov-igjen`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Bare jobber som har feilet for godt, kan prøves igjen.");
    expect(await jobRow(queued)).toMatchObject({ status: "queued" });
    expect((await admin.post("/admin/jobber/999999/prov-igjen", {})).statusCode).toBe(404);
  });

  it("is the administrator's alone: others get 404 and change nothing", async () => {
    const id = await deadMail("Innkalling");
    const secretary = await signIn(t.app, "secretariat", "sekretar");
    expect((await secretary.get("/admin/jobber")).statusCode).toBe(404);
    expect((await secretary.get("/admin/utboks")).statusCode).toBe(404);
    expect((await secretary.post(`/admin/jobber/${id}/prov-igjen`, {})).statusCode).toBe(404);
    expect((await jobRow(id)).status).toBe("dead");
    const home = (await secretary.get("/admin")).body;
    expect(home).not.toContain('href="/admin/jobber"');
    expect(home).not.toContain('href="/admin/utboks"');
    const anonymous = await t.app.inject({ method: "GET", url: "/admin/utboks" });
    expect(anonymous.statusCode).toBe(303);
  });
});

describe("the outbox page", () => {
  async function sendToOutbox(subject: string) {
    await enqueueJob(t.app.db, sendMailJob, mail(subject));
    const mailer = createMailer(t.app.config);
    await runDueJobs({
      db: t.app.db,
      registry: createJobRegistry([sendMailJob]),
      services: jobServices(t.app.db, mailer),
    });
  }

  it("lists the mails written to the outbox with time, recipient and subject, and opens one", async () => {
    expect((await admin.get("/admin/utboks")).body).toContain("Utboksen er tom.");
    await sendToOutbox("Innkalling til møte i Formannskapet");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await sendToOutbox("Protokoll fra Kommunestyret");
    const list = await admin.get("/admin/utboks");
    expect(list.statusCode).toBe(200);
    const subjects = [...list.body.matchAll(/href="\/admin\/utboks\/(job-[^"]+\.eml)">([^<]+)</g)];
    expect(subjects.map((match) => match[2])).toEqual([
      "Protokoll fra Kommunestyret",
      "Innkalling til møte i Formannskapet",
    ]);
    expect(list.body).toContain("<td>Ola Nordmann &lt;ola@eksempel.no></td>");
    expect(list.body).toMatch(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/);

    const name = subjects[1]?.[1] ?? "";
    const opened = await admin.get(`/admin/utboks/${name}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain("Møtet er flyttet til rådhuset.");
    expect(opened.body).toContain("ikke-svar@politikk.eksempel.no");
    const file = await admin.get(`/admin/utboks/${name}/fil`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("message/rfc822");
    expect(file.headers["content-disposition"]).toBe(`attachment; filename="${name}"`);
    expect(file.body).toBe(fs.readFileSync(path.join(dataDir, "outbox", name), "utf8"));
  });

  it("answers 404 for a name that is not one of its mails", async () => {
    await sendToOutbox("Innkalling");
    fs.writeFileSync(path.join(dataDir, "hemmelig.eml"), "Subject: nei\r\n\r\nnei");
    for (const url of [
      "/admin/utboks/job-1-zz.eml",
      "/admin/utboks/..%2Fhemmelig.eml",
      "/admin/utboks/..%2Fhemmelig.eml/fil",
      "/admin/utboks/%00",
    ])
      expect((await admin.get(url)).statusCode, url).toBe(404);
  });
});
