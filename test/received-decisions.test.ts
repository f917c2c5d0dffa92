import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { issueDecisionNoticesJob } from "../src/features/decision-notices/issue-decision-notices-job.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { jobServices } from "./helpers/job-services.ts";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp("empty");
});
afterEach(async () => {
  await t.close();
});

const userId = async (username: string) =>
  (
    await t.app.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow()
  ).id;

/** A decided case owned by the signed-in case officer, its notice made by the job. */
async function decidedCase(owner: string) {
  const body = await buildBody(t.app.db, { name: "Formannskapet" });
  const theCase = await buildCase(t.app.db, {
    route: [body.id],
    title: "Ny barnehage på Øvre Ås",
    ownerId: await userId(owner),
  });
  await buildHeldMeeting(t.app.db, {
    bodyId: body.id,
    caseIds: [theCase.id],
    decisions: ["Barnehagen bygges med 80 plasser."],
  });
  const mailer = createMailer(loadConfig({}));
  try {
    await runDueJobs({
      db: t.app.db,
      registry: createJobRegistry([issueDecisionNoticesJob]),
      services: jobServices(t.app.db, mailer, { blobs: t.database.blobs }),
    });
  } finally {
    mailer.close();
  }
  const notice = await t.app.db
    .selectFrom("decision_notice")
    .select("id")
    .where("case_id", "=", theCase.id)
    .executeTakeFirstOrThrow();
  return { caseId: theCase.id, noticeId: notice.id };
}

const readAt = async (id: number) =>
  (
    await t.app.db
      .selectFrom("decision_notice")
      .select("read_at")
      .where("id", "=", id)
      .executeTakeFirstOrThrow()
  ).read_at;

describe("received decisions (mottatte vedtak)", () => {
  let kari: Agent;
  beforeEach(async () => {
    kari = await signIn(t.app, "case_officer", "kari");
  });

  it("lists the case officer's notices unread, and marks one read when it is opened", async () => {
    const { noticeId } = await decidedCase("kari");
    const home = await kari.get("/admin");
    expect(home.body).toContain("Mottatte vedtak");
    expect(home.body).toContain("1 uleste");
    const list = await kari.get("/admin/mottatte-vedtak");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Ny barnehage på Øvre Ås");
    expect(list.body).toContain("Ulest");

    const page = await kari.get(`/admin/mottatte-vedtak/${noticeId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Barnehagen bygges med 80 plasser.");
    expect(page.body).toContain(`/admin/mottatte-vedtak/${noticeId}/saksprotokoll`);
    expect(await readAt(noticeId)).not.toBeNull();
    expect((await kari.get("/admin")).body).not.toContain("uleste");

    const pdf = await kari.get(`/admin/mottatte-vedtak/${noticeId}/saksprotokoll`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("shows another case officer's notice to no one but the secretariat, who leave it unread", async () => {
    const per = await signIn(t.app, "case_officer", "per");
    const secretariat = await signIn(t.app, "secretariat");
    const member = await signIn(t.app, "member");
    const { noticeId } = await decidedCase("kari");

    expect((await per.get("/admin/mottatte-vedtak")).body).not.toContain("Ny barnehage");
    for (const url of [
      `/admin/mottatte-vedtak/${noticeId}`,
      `/admin/mottatte-vedtak/${noticeId}/saksprotokoll`,
    ]) {
      expect((await per.get(url)).statusCode).toBe(404);
      expect((await member.get(url)).statusCode).toBe(404);
    }
    expect((await member.get("/admin/mottatte-vedtak")).statusCode).toBe(404);
    expect(await readAt(noticeId)).toBeNull();

    const staffList = await secretariat.get("/admin/mottatte-vedtak");
    expect(staffList.body).toContain("Ny barnehage på Øvre Ås");
    expect(staffList.body).toContain("Test case_officer");
    expect((await secretariat.get(`/admin/mottatte-vedtak/${noticeId}`)).statusCode).toBe(200);
    expect(await readAt(noticeId)).toBeNull();
  });
});
