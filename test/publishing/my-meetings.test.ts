import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/database.ts";
import { JOB_DEFINITIONS } from "../../src/jobs/definitions.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer, type Mailer } from "../../src/mail/mailer.ts";
import { buildCase } from "../factories/cases.ts";
import { buildAgendaItem, buildMeeting, eveningIn } from "../factories/meetings.ts";
import { buildBody, buildMember, buildTerm } from "../factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "../helpers/app.ts";
import { jobServices } from "../helpers/job-services.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

/**
 * A member reads every paper of their meeting, exempt ones included; a member of another body,
 * a case officer, a substitute not called and the public find none of the exempt content.
 */

let t: TestApp;
let db: Database;
let dataDir: string;
let mailer: Mailer;
let meetingId: number;
let member: Agent;
let substitute: Agent;
let otherMember: Agent;
let caseOfficer: Agent;
let staff: Agent;

const SECRET = "Ansettelse av Kari Hansen";

beforeAll(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  await db
    .insertInto("municipality")
    .values({ name: "Eksempel kommune", short_name: "Eksempel", settings: "{}" })
    .execute();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-my-meetings-"));
  mailer = createMailer({ ...loadConfig({}), dataDir });
  staff = await signIn(t.app, "secretariat");
  caseOfficer = await signIn(t.app, "case_officer");
  const term = await buildTerm(db);
  const bodyId = (await buildBody(db, { name: "Formannskapet" })).id;
  const otherBodyId = (await buildBody(db, { name: "Eldrerådet" })).id;
  const seat = await buildMember(db, { bodyId, termId: term.id, role: "leader" });
  const away = await buildMember(db, { bodyId, termId: term.id });
  const sub = await buildMember(db, {
    bodyId,
    termId: term.id,
    role: "substitute",
    substituteRank: 1,
  });
  const notCalled = await buildMember(db, {
    bodyId,
    termId: term.id,
    role: "substitute",
    substituteRank: 2,
  });
  const other = await buildMember(db, { bodyId: otherBodyId, termId: term.id });
  member = await signIn(t.app, "member", "medlem", { personId: seat.personId });
  substitute = await signIn(t.app, "member", "vara", { personId: sub.personId });
  await signIn(t.app, "member", "vara2", { personId: notCalled.personId });
  otherMember = await signIn(t.app, "member", "annet", { personId: other.personId });

  const meeting = await buildMeeting(db, { bodyId, startsAt: eveningIn(20) });
  meetingId = meeting.id;
  const open = await buildCase(db, { route: [bodyId], title: "Reguleringsplan for Sentrum" });
  const exempt = await buildCase(db, { route: [bodyId], exempt: true, title: SECRET });
  await buildAgendaItem(db, { meetingId, caseId: open.id });
  await buildAgendaItem(db, { meetingId, caseId: exempt.id });
  // Called for the whole meeting, for the member who is away (the console records this).
  const absence = await db
    .insertInto("absence")
    .values({
      meeting_id: meetingId,
      person_id: away.personId,
      reason: "Sykdom",
      reported_at: new Date(),
      recorded_by_name: "Test",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("substitute_call")
    .values({
      meeting_id: meetingId,
      substitute_person_id: sub.personId,
      for_person_id: away.personId,
      scope: "meeting",
      absence_id: absence.id,
      called_at: new Date(),
      recorded_by_name: "Test",
    })
    .execute();

  const confirm = await staff.get(`/admin/moter/${meetingId}/innkalling`);
  expect(confirm.body).toContain("Varamedlem for");
  expect((await staff.post(`/admin/moter/${meetingId}/innkalling`, {})).statusCode).toBe(303);
  await runDueJobs({
    db,
    registry: createJobRegistry(JOB_DEFINITIONS),
    services: jobServices(db, mailer, { blobs: t.database.blobs }),
  });
});
afterAll(async () => {
  mailer.close();
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const links = (html: string): string[] =>
  [...html.matchAll(/href="(\/mine-moter\/\d+\/dokumenter\/[^"]+)"/g)].map((m) => m[1] ?? "");

describe("«Mine møter»", () => {
  it("lists the member's meeting and shows every paper, exempt ones included", async () => {
    const list = await member.get("/mine-moter");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/mine-moter/${meetingId}"`);
    const page = await member.get(`/mine-moter/${meetingId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(SECRET);
    expect(page.body).toContain("Unntatt offentlighet, Offl. § 13 jf. fvl. § 13");
    expect(page.body).toContain("Sakspapirer, medlemmenes utgave");
    const found = links(page.body);
    expect(found.length).toBe(4);
    for (const link of found) {
      const response = await member.get(link);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      expect(response.headers["content-disposition"]).toMatch(/^inline/);
      expect(response.headers["cache-control"]).toBe("private, no-store");
    }
  });

  it("is there for a substitute called to the meeting, and marks it", async () => {
    const list = await substitute.get("/mine-moter");
    expect(list.body).toContain("innkalt som varamedlem");
    expect((await substitute.get(`/mine-moter/${meetingId}`)).body).toContain(SECRET);
    const mailed = await db
      .selectFrom("notice_recipient")
      .select("capacity")
      .where("capacity", "=", "substitute")
      .execute();
    expect(mailed).toHaveLength(1);
  });

  it("answers 404 to a member of another body, a substitute not called, a case officer and staff", async () => {
    const page = await member.get(`/mine-moter/${meetingId}`);
    const [link] = links(page.body);
    const notCalled = await signIn(t.app, "member", "vara3");
    for (const agent of [otherMember, notCalled, caseOfficer, staff]) {
      const response = await agent.get(`/mine-moter/${meetingId}`);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(SECRET);
      expect((await agent.get(link ?? "")).statusCode).toBe(404);
    }
    expect((await otherMember.get("/mine-moter")).body).not.toContain(`/mine-moter/${meetingId}"`);
  });

  it("sends anonymous visitors to the login page", async () => {
    const response = await t.app.inject({ method: "GET", url: `/mine-moter/${meetingId}` });
    expect(response.statusCode).toBe(303);
  });
});

describe.skipIf(skipPdfToolSuite("Published papers"))("the published papers", () => {
  it("the public reads the notice, the agenda and the public packet, none with exempt content", async () => {
    const rows = await db
      .selectFrom("public_document")
      .select(["id", "file_name", "kind"])
      .where("meeting_id", "=", meetingId)
      .execute();
    expect(rows.map((row) => row.kind).sort()).toEqual(["agenda", "notice", "packet"]);
    for (const row of rows) {
      const response = await t.app.inject({
        method: "GET",
        url: `/dokumenter/${row.id}/${encodeURIComponent(row.file_name)}`,
      });
      expect(response.statusCode).toBe(200);
      const text = await pdfTool("pdftotext", [], response.rawPayload);
      expect(text.stdout).toContain("Personalsak");
      expect(text.stdout).not.toContain(SECRET);
    }
  });

  it("the members' agenda and packet are not public, and hold the real title", async () => {
    const members = await db
      .selectFrom("document")
      .select(["id", "file_name", "sha256"])
      .where("meeting_id", "=", meetingId)
      .where("audience", "=", "members")
      .execute();
    expect(members).toHaveLength(2);
    for (const row of members) {
      const response = await t.app.inject({
        method: "GET",
        url: `/dokumenter/${row.id}/${encodeURIComponent(row.file_name)}`,
      });
      expect(response.statusCode).toBe(404);
      const bytes = await t.database.blobs.get(row.sha256);
      const text = await pdfTool("pdftotext", [], bytes ?? Buffer.alloc(0));
      expect(text.stdout).toContain(SECRET);
    }
  });
});
