import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BlobStore, MemoryBlobStore } from "../src/blobs/blob-store.ts";
import { commit } from "../src/commit/commit.ts";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { holdMeeting } from "../src/features/meetings/hold-meeting.ts";
import { recordDecision } from "../src/features/meetings/record-decision.ts";
import { approveMinutes } from "../src/features/minutes/approve-minutes.ts";
import { answerMinutesItemAccess } from "../src/features/minutes/minutes-item-access.ts";
import { renderMinutesVersionJob } from "../src/features/minutes/minutes-version-jobs.ts";
import {
  MINUTES_APPROVED_MESSAGE,
  MINUTES_REASON_MESSAGE,
  requestMinutesVersion,
} from "../src/features/minutes/request-minutes-version.ts";
import { generatePublicationDocumentJob } from "../src/features/publishing/generate-publication-document-job.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { buildCase } from "./factories/cases.ts";
import { buildAgendaItem, buildMeeting, eveningIn } from "./factories/meetings.ts";
import { buildBody, buildMember, buildTerm } from "./factories/registry.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { jobServices } from "./helpers/job-services.ts";
import { pdfTool, skipPdfToolSuite } from "./helpers/pdf-tools.ts";

/**
 * Publishing the minutes in versions: a draft and a new draft before approval, the final
 * version, and a correction with its reason after it; a job that fails leaves nothing visible;
 * the public reads the public content only, the members the whole.
 */

let t: TestApp;
let db: Database;
let staff: Agent;
let meetingId: number;
let exemptItemId: number;

const SECRET_TITLE = "Oppsigelse av vaktmester Ola Nordmann";
const SECRET_DECISION =
  "Ola Nordmann sies opp fra stillingen som vaktmester med virkning fra 1. mars.";
const OPEN_DECISION = "Reguleringsplan for Strandveien vedtas som foreslått.";

const mailer = createMailer({ ...loadConfig({}), dataDir: "/tmp/folkestyre-minutes-publish" });

async function runJobs(blobs?: BlobStore) {
  return runDueJobs({
    db,
    registry: createJobRegistry([renderMinutesVersionJob]),
    services: jobServices(db, mailer, { blobs: blobs ?? t.database.blobs }),
  });
}

const request = (kind: "draft" | "final" | "correction", reason: string | null = null) =>
  commit({ db }, async (tx) =>
    requestMinutesVersion({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      kind,
      reason,
      now: new Date(),
      tx,
    }),
  );

async function pdfText(documentId: number | null): Promise<string> {
  const row = await db
    .selectFrom("document")
    .select("sha256")
    .where("id", "=", documentId ?? 0)
    .executeTakeFirstOrThrow();
  const bytes = await t.database.blobs.get(row.sha256);
  if (!bytes) throw new Error("the PDF's blob is missing");
  return (await pdfTool("pdftotext", [], bytes)).stdout.replace(/\s+/g, " ");
}

beforeAll(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  await db
    .insertInto("municipality")
    .values({ name: "Eksempel kommune", short_name: "Eksempel", settings: "{}" })
    .execute();
  staff = await signIn(t.app, "secretariat");
  const term = await buildTerm(db);
  const bodyId = (await buildBody(db, { name: "Formannskapet" })).id;
  await buildMember(db, { bodyId, termId: term.id, role: "leader" });
  await buildMember(db, { bodyId, termId: term.id });
  const open = await buildCase(db, { route: [bodyId], title: "Reguleringsplan for Strandveien" });
  const exempt = await buildCase(db, { route: [bodyId], exempt: true, title: SECRET_TITLE });
  // The notice sent as a round, as the secretariat does, so the members find the meeting in
  // «Mine møter»; then the meeting held and each item decided.
  const startsAt = eveningIn(-14);
  const endsAt = new Date(startsAt.getTime() + 3 * 3_600_000);
  const meeting = await buildMeeting(db, {
    bodyId,
    startsAt,
    endsAt,
    now: new Date(startsAt.getTime() - 20 * 86_400_000),
  });
  meetingId = meeting.id;
  const openItem = await buildAgendaItem(db, { meetingId, caseId: open.id });
  const exemptItem = await buildAgendaItem(db, { meetingId, caseId: exempt.id });
  exemptItemId = exemptItem.itemId;
  expect((await staff.post(`/admin/moter/${meetingId}/innkalling`, {})).statusCode).toBe(303);
  await runDueJobs({
    db,
    registry: createJobRegistry([generatePublicationDocumentJob]),
    services: jobServices(db, mailer, { blobs: t.database.blobs }),
  });
  await commitOrThrow(db, async (tx) =>
    holdMeeting({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      endsAt,
      now: new Date(),
      tx,
    }),
  );
  for (const [itemId, decision] of [
    [openItem.itemId, OPEN_DECISION],
    [exemptItem.itemId, SECRET_DECISION],
  ] as const)
    await commitOrThrow(db, async (tx) =>
      recordDecision({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meetingId),
        itemId,
        decision,
        decidedAt: new Date(startsAt.getTime() + 60_000),
        now: new Date(),
        tx,
      }),
    );
});
afterAll(async () => {
  mailer.close();
  await t.close();
});

describe("the secretariat's answers on closed and exempt items", () => {
  it("are asked for each such item, and a withheld decision needs its basis", async () => {
    const page = await staff.get(`/admin/moter/${meetingId}/protokoll/publiser`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(SECRET_TITLE);
    expect(page.body).toContain("Vedtaket unntas offentlighet");
    const refused = await staff.post(`/admin/moter/${meetingId}/protokoll/publiser`, {
      [`access-${exemptItemId}`]: "nei",
      [`basis-${exemptItemId}`]: " ",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Skriv hjemmelen for å unnta vedtaket");
    const unanswered = await staff.post(`/admin/moter/${meetingId}/protokoll/publiser`, {});
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.body).toContain("Svar for hver lukket eller unntatt sak");
    const versions = await db.selectFrom("minutes_version").select("id").execute();
    expect(versions).toEqual([]);
  });
});

describe.skipIf(skipPdfToolSuite("minutes versions"))("the versions of the minutes", () => {
  it("publish a draft only when its PDFs are made, the public one without exempt content", async () => {
    const response = await staff.post(`/admin/moter/${meetingId}/protokoll/publiser`, {
      [`access-${exemptItemId}`]: "nei",
      [`basis-${exemptItemId}`]: "Offl. § 13, jf. fvl. § 13 første ledd nr. 1",
    });
    expect(response.statusCode).toBe(303);
    const before = await db.selectFrom("public_minutes_version").select("id").execute();
    expect(before).toEqual([]);
    expect((await t.app.inject(`/moter/${meetingId}/protokoll`)).statusCode).toBe(404);
    await runJobs();
    const version = await db
      .selectFrom("minutes_version")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(version).toMatchObject({ version: 1, kind: "draft", status: "published" });
    const members = await pdfText(version.members_document_id);
    const open = await pdfText(version.public_document_id);
    expect(members).toContain("Utkast – ikke godkjent");
    expect(members).toContain(SECRET_DECISION);
    expect(open).toContain("Utkast – ikke godkjent");
    expect(open).toContain(OPEN_DECISION);
    expect(open).not.toContain(SECRET_DECISION);
    expect(open).not.toContain(SECRET_TITLE);
    expect(open).toContain("Offl. § 13, jf. fvl. § 13 første ledd nr. 1");
    const listed = await db
      .selectFrom("public_document")
      .select(["id", "kind"])
      .where("meeting_id", "=", meetingId)
      .where("kind", "=", "minutes")
      .execute();
    expect(listed.map((row) => row.id)).toEqual([version.public_document_id]);
    const events = await db
      .selectFrom("change_event")
      .select(["action", "public"])
      .where("action", "=", "minutes.publish_version")
      .execute();
    expect(events).toEqual([{ action: "minutes.publish_version", public: true }]);
  });

  it("show the public page from the public content, linked from the meeting page", async () => {
    const meetingPage = await t.app.inject(`/moter/${meetingId}`);
    expect(meetingPage.body).toContain(`href="/moter/${meetingId}/protokoll"`);
    const page = await t.app.inject(`/moter/${meetingId}/protokoll`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Ikke godkjent.");
    expect(page.body).toContain(OPEN_DECISION);
    expect(page.body).not.toContain(SECRET_DECISION);
    expect(page.body).not.toContain(SECRET_TITLE);
    const pdfLink = /href="(\/moter\/\d+\/protokoll\/versjon\/1\/[^"]+)"/.exec(page.body)?.[1];
    expect(pdfLink).toBeDefined();
    const pdf = await t.app.inject(pdfLink ?? "");
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
  });

  it("make a new draft a new version, listing the earlier one, until approval", async () => {
    expect((await request("draft")).ok).toBe(true);
    await runJobs();
    const page = await t.app.inject(`/moter/${meetingId}/protokoll`);
    expect(page.body).toContain("Versjon 2, utkast, ikke godkjent");
    expect(page.body).toContain("Tidligere versjoner");
    expect(page.body).toContain(`/moter/${meetingId}/protokoll/versjon/1/`);
    const minutesDocuments = await db
      .selectFrom("public_document")
      .select("id")
      .where("meeting_id", "=", meetingId)
      .where("kind", "=", "minutes")
      .execute();
    expect(minutesDocuments).toHaveLength(1);
  });

  it("refuse a final version before approval, and a draft after it", async () => {
    const early = await request("final");
    expect(early.ok).toBe(false);
    await commitOrThrow(db, async (tx) =>
      approveMinutes({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meetingId),
        agendaItemId: null,
        now: new Date(),
        tx,
        requestVersion: requestMinutesVersion,
      }),
    );
    await runJobs();
    const draft = await request("draft");
    expect(draft).toEqual({ ok: false, errors: { form: MINUTES_APPROVED_MESSAGE } });
  });

  it("publish the final version, then only a correction with its reason", async () => {
    // The approval published the final version.
    expect(await request("final")).toEqual({
      ok: false,
      errors: { form: MINUTES_APPROVED_MESSAGE },
    });
    expect(await request("correction", "  ")).toEqual({
      ok: false,
      errors: { reason: MINUTES_REASON_MESSAGE },
    });
    const page = await staff.get(`/admin/moter/${meetingId}/protokoll/publiser`);
    expect(page.body).toContain("Publiser rettet protokoll");
    const refused = await staff.post(`/admin/moter/${meetingId}/protokoll/publiser`, {
      [`access-${exemptItemId}`]: "nei",
      [`basis-${exemptItemId}`]: "Offl. § 13",
      reason: "",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(MINUTES_REASON_MESSAGE);
    const corrected = await staff.post(`/admin/moter/${meetingId}/protokoll/publiser`, {
      [`access-${exemptItemId}`]: "nei",
      [`basis-${exemptItemId}`]: "Offl. § 13",
      reason: "Feil navn på forslagsstiller i PS-saken",
    });
    expect(corrected.statusCode).toBe(303);
    await runJobs();
    const versions = await db
      .selectFrom("minutes_version")
      .select(["version", "kind", "status", "reason", "public_document_id"])
      .where("meeting_id", "=", meetingId)
      .orderBy("version")
      .execute();
    expect(versions.map((v) => [v.version, v.kind, v.status, v.reason])).toEqual([
      [1, "draft", "published", null],
      [2, "draft", "published", null],
      [3, "final", "published", null],
      [4, "correction", "published", "Feil navn på forslagsstiller i PS-saken"],
    ]);
    const text = await pdfText(versions[3]?.public_document_id ?? null);
    expect(text).toContain("Grunn: Feil navn på forslagsstiller i PS-saken");
    expect(text).not.toContain("ikke godkjent");
    const pagePublic = await t.app.inject(`/moter/${meetingId}/protokoll`);
    expect(pagePublic.body).toContain("Versjon 4, rettet etter godkjenning");
    expect(pagePublic.body).toContain("Rettet fordi: Feil navn på forslagsstiller i PS-saken");
    expect(pagePublic.body).toContain("Versjon 3, godkjent");
    expect(pagePublic.body).not.toContain(SECRET_DECISION);
  });

  it("fail with a Norwegian message when the PDFs cannot be filed, and show nothing new", async () => {
    const published = await db.selectFrom("public_minutes_version").select("id").execute();
    expect((await request("correction", "Skrivefeil i vedtaket")).ok).toBe(true);
    const broken = new MemoryBlobStore();
    broken.put = async () => {
      throw new Error("Disken er full");
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      await runJobs(broken);
      await db
        .updateTable("job")
        .set({ run_at: new Date() })
        .where("status", "=", "queued")
        .execute();
    }
    const failed = await db
      .selectFrom("minutes_version")
      .select(["status", "failure", "members_document_id", "public_document_id"])
      .where("meeting_id", "=", meetingId)
      .where("version", "=", 5)
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe("failed");
    expect(failed.failure).toContain("Protokollen kunne ikke lages som PDF");
    expect(failed.failure).toContain("Disken er full");
    expect(failed.public_document_id).toBeNull();
    expect(await db.selectFrom("public_minutes_version").select("id").execute()).toEqual(published);
    const page = await staff.get(`/admin/moter/${meetingId}/protokoll/publiser`);
    expect(page.body).toContain("Versjon 5 kunne ikke publiseres. Ingenting av den er synlig.");
    // The secretariat can publish again.
    expect((await request("correction", "Skrivefeil i vedtaket")).ok).toBe(true);
  });

  it("let a member of the body read the members' version in «Mine møter»", async () => {
    const person = await db
      .selectFrom("membership")
      .select("person_id")
      .where("role", "=", "leader")
      .executeTakeFirstOrThrow();
    const member = await signIn(t.app, "member", "leder", { personId: person.person_id });
    await runJobs();
    const meeting = await member.get(`/mine-moter/${meetingId}`);
    expect(meeting.statusCode).toBe(200);
    expect(meeting.body).toContain(`/mine-moter/${meetingId}/protokoll`);
    const page = await member.get(`/mine-moter/${meetingId}/protokoll`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(SECRET_DECISION);
    const pdfLink = new RegExp(`href="(/mine-moter/${meetingId}/dokumenter/\\d+/[^"]+)"`).exec(
      page.body,
    )?.[1];
    const pdf = await member.get(pdfLink ?? "");
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["cache-control"]).toBe("private, no-store");
    expect((await staff.get(`/mine-moter/${meetingId}/protokoll`)).statusCode).toBe(404);
  });
});

describe("answerMinutesItemAccess", () => {
  it("makes a decision public once the secretariat says it may be", async () => {
    const before = await db
      .selectFrom("public_agenda_item")
      .select(["decision", "decision_withheld_basis"])
      .where("id", "=", exemptItemId)
      .executeTakeFirstOrThrow();
    expect(before.decision).toBeNull();
    await commitOrThrow(db, async (tx) =>
      answerMinutesItemAccess({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meetingId),
        answers: new Map([[exemptItemId, { decisionPublic: true }]]),
        now: new Date(),
        tx,
      }),
    );
    const after = await db
      .selectFrom("public_agenda_item")
      .select(["decision", "decision_withheld_basis"])
      .where("id", "=", exemptItemId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ decision: SECRET_DECISION, decision_withheld_basis: null });
  });
});
