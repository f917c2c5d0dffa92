import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BlobStore } from "../../src/blobs/blob-store.ts";
import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/database.ts";
import type { Meeting } from "../../src/db/schema.ts";
import { pdfaPart } from "../../src/documents/archive-copy.ts";
import { renderPresentation } from "../../src/documents/presentation.ts";
import { addCaseDocument } from "../../src/features/documents/add-case-document.ts";
import { lockMeeting } from "../../src/features/meetings/agenda-store.ts";
import { updateAgendaItem } from "../../src/features/meetings/update-agenda-item.ts";
import { generatePublicationDocumentJob } from "../../src/features/publishing/generate-publication-document-job.ts";
import { JOB_DEFINITIONS } from "../../src/jobs/definitions.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer, type Mailer } from "../../src/mail/mailer.ts";
import { listOutbox, readOutboxMail } from "../../src/mail/outbox.ts";
import { buildCaseVersion } from "../factories/case-versions.ts";
import { buildCase } from "../factories/cases.ts";
import { buildAgendaItem, buildMeeting, eveningIn } from "../factories/meetings.ts";
import { threePageView } from "../factories/presentation-view.ts";
import { buildBody, buildMember, buildPerson, buildTerm } from "../factories/registry.ts";
import { commit, commitOrThrow, TEST_ACTOR } from "../factories/run.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "../helpers/app.ts";
import { makePdf, skipWithout } from "../helpers/documents.ts";
import { jobServices } from "../helpers/job-services.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let dataDir: string;
let mailer: Mailer;
let bodyId: number;
let meeting: Meeting;
let chairName: string;
let firstCaseId: number;

const registry = createJobRegistry(JOB_DEFINITIONS);

const runJobs = (options: { blobs?: BlobStore; now?: () => Date } = {}) =>
  runDueJobs({
    db,
    registry,
    services: jobServices(db, mailer, { blobs: options.blobs ?? t.database.blobs }),
    now: options.now,
  });

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  if (!(await db.selectFrom("municipality").select("id").executeTakeFirst()))
    await db
      .insertInto("municipality")
      .values({ name: "Eksempel kommune", short_name: "Eksempel", settings: "{}" })
      .execute();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-publish-"));
  mailer = createMailer({ ...loadConfig({}), baseUrl: "https://politikk.eksempel.no", dataDir });
  staff = await signIn(t.app, "secretariat");
  const term = await buildTerm(db);
  bodyId = (await buildBody(db, { name: "Formannskapet", noticeDays: 7 })).id;
  const chair = await buildPerson(db, { givenName: "Ola", familyName: "Leder" });
  chairName = chair.name;
  await buildMember(db, { bodyId, termId: term.id, role: "leader", personId: chair.id });
  await buildMember(db, { bodyId, termId: term.id });
  const withoutEmail = await buildPerson(db, {
    givenName: "Per",
    familyName: "Utenpost",
    email: null,
  });
  await buildMember(db, { bodyId, termId: term.id, personId: withoutEmail.id });
  await buildMember(db, { bodyId, termId: term.id, role: "substitute", substituteRank: 1 });
  meeting = await buildMeeting(db, { bodyId, startsAt: eveningIn(20) });
  const first = await buildCase(db, { route: [bodyId], title: "Reguleringsplan for Sentrum" });
  const exempt = await buildCase(db, {
    route: [bodyId],
    exempt: true,
    title: "Ansettelse av Kari Hansen",
  });
  firstCaseId = first.id;
  await buildAgendaItem(db, { meetingId: meeting.id, caseId: first.id });
  await buildAgendaItem(db, { meetingId: meeting.id, caseId: exempt.id });
});
afterEach(async () => {
  mailer.close();
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A PDF attached to a case as the case officer files it; returns the document's id. */
async function attach(caseId: number, title: string, bytes: Buffer): Promise<number> {
  const sha256 = await t.database.blobs.put(bytes);
  const { documentId } = await commit(db, (tx) =>
    addCaseDocument({
      actor: TEST_ACTOR,
      caseId,
      file: { sha256, size: bytes.length, mediaType: "application/pdf", fileName: "vedlegg.pdf" },
      title,
      kind: "attachment",
      tx,
    }),
  );
  return documentId;
}

const meetingRow = () =>
  db.selectFrom("meeting").selectAll().where("id", "=", meeting.id).executeTakeFirstOrThrow();

const publicDocuments = () =>
  db
    .selectFrom("public_document")
    .select(["id", "kind", "title"])
    .where("meeting_id", "=", meeting.id)
    .orderBy("id")
    .execute();

async function confirm(form: Record<string, string> = {}) {
  const response = await staff.post(`/admin/moter/${meeting.id}/innkalling`, form);
  expect(response.statusCode).toBe(303);
  const location = String(response.headers.location);
  expect(location).toMatch(new RegExp(`^/admin/moter/${meeting.id}/publisering/\\d+$`));
  return location;
}

describe("the confirmation", () => {
  it("shows the recipients with their e-mail, the items, the exempt items and the warnings", async () => {
    const page = await staff.get(`/admin/moter/${meeting.id}/innkalling`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Send innkalling");
    expect(page.body).toContain(chairName);
    expect(page.body).toMatch(/testperson\.\d+@eksempel\.kommune\.no/);
    expect(page.body).toContain("Per Utenpost har ingen e-postadresse");
    expect(page.body).toContain("Reguleringsplan for Sentrum");
    expect(page.body).toContain("Unntatt offentlighet, Offl. § 13 jf. fvl. § 13");
    // The substitute is not called by the notice.
    expect(page.body.match(/<td>Varamedlem<\/td>/g)).toBeNull();
  });

  it("warns about short notice and about an earlier meeting without a notice", async () => {
    const soon = await buildMeeting(db, { bodyId, startsAt: eveningIn(3) });
    const case3 = await buildCase(db, { route: [bodyId] });
    await buildAgendaItem(db, { meetingId: soon.id, caseId: case3.id });
    const page = await staff.get(`/admin/moter/${meeting.id}/innkalling`);
    expect(page.body).toContain("i samme utvalg er tidligere, men har ikke fått sendt innkalling");
    const short = await staff.get(`/admin/moter/${soon.id}/innkalling`);
    expect(short.body).toContain("Kort varsel: det er 3 dager til møtet");
  });

  it("is the secretariat's: a member is refused and nothing is created", async () => {
    const member = await signIn(t.app, "member", "medlem");
    expect((await member.get(`/admin/moter/${meeting.id}/innkalling`)).statusCode).toBe(404);
    expect((await member.post(`/admin/moter/${meeting.id}/innkalling`, {})).statusCode).toBe(404);
    expect(await db.selectFrom("meeting_publication").select("id").execute()).toEqual([]);
  });
});

describe("publishing the notice", () => {
  it("makes nothing visible until every document is ready, then all of it at once", async () => {
    const progressUrl = await confirm();
    const drawn = await meetingRow();
    expect(drawn.status).toBe("planned");
    expect(drawn.series_number).toBe(1);
    expect(await publicDocuments()).toEqual([]);
    const progress = await staff.get(progressUrl);
    expect(progress.body).toContain("0 av 5 dokumenter er ferdige");
    expect(progress.body).toContain("Ingenting er synlig før alle er ferdige");

    await runJobs();

    const published = await meetingRow();
    expect(published.status).toBe("notice_published");
    const publication = await db
      .selectFrom("meeting_publication")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(publication).toMatchObject({ status: "published", version: 1, kind: "notice" });
    expect(published.notice_published_at?.getTime()).toBe(publication.published_at?.getTime());
    const documents = await db
      .selectFrom("document")
      .select(["kind", "audience", "title", "publication_id"])
      .where("meeting_id", "=", meeting.id)
      .orderBy("id")
      .execute();
    // The jobs run side by side, so the documents are filed in any order.
    expect(documents.map((d) => `${d.kind}:${d.audience}`).sort()).toEqual([
      "agenda:everyone",
      "agenda:members",
      "notice:everyone",
      "packet:everyone",
      "packet:members",
    ]);
    // The members' agenda and packet never reach the public.
    expect((await publicDocuments()).map((d) => d.kind).sort()).toEqual([
      "agenda",
      "notice",
      "packet",
    ]);
    const after = await staff.get(progressUrl);
    expect(after.body).toContain("Publisert");
  });

  it("mails every member with an address, with a link to the meeting, and records it", async () => {
    await confirm();
    await runJobs();
    const recipients = await db
      .selectFrom("notice_recipient")
      .selectAll()
      .orderBy("email")
      .execute();
    expect(recipients).toHaveLength(2);
    expect(recipients.every((r) => r.capacity === "member" && r.job_id !== null)).toBe(true);
    const outbox = await listOutbox(path.join(dataDir, "outbox"));
    expect(outbox.total).toBe(2);
    const mail = await readOutboxMail(path.join(dataDir, "outbox"), outbox.entries[0]?.name ?? "");
    expect(mail?.subject).toMatch(/^Innkalling: Formannskapet /);
    expect(mail?.text).toContain(`http://localhost/mine-moter/${meeting.id}`);
    expect(mail?.text).toContain("Reguleringsplan for Sentrum");
    // Mail is no channel for exempt content: the neutral title only.
    expect(mail?.text).toContain("Personalsak (unntatt offentlighet, Offl. § 13 jf. fvl. § 13)");
    expect(mail?.text).not.toContain("Kari Hansen");
  });

  it("keeps the agenda as it is while the round is being made, then lets it change", async () => {
    await confirm();
    const items = await db
      .selectFrom("agenda_item")
      .select(["id", "position"])
      .where("meeting_id", "=", meeting.id)
      .orderBy("position")
      .execute();
    const moved = await staff.post(`/admin/moter/${meeting.id}/saker/${items[1]?.id}/flytt`, {
      direction: "up",
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.body).toContain("Sakspapirene til møtet lages nå.");
    const unchanged = await db
      .selectFrom("agenda_item")
      .select(["id", "position"])
      .where("meeting_id", "=", meeting.id)
      .orderBy("position")
      .execute();
    expect(unchanged).toEqual(items);
    await runJobs();
    const after = await staff.post(`/admin/moter/${meeting.id}/saker/${items[1]?.id}/flytt`, {
      direction: "up",
    });
    expect(after.statusCode).toBe(303);
  });

  it("refuses a second round while one is being made", async () => {
    await confirm();
    const again = await staff.post(`/admin/moter/${meeting.id}/innkalling`, {});
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Sakspapirene til møtet blir laget nå");
    expect(await db.selectFrom("meeting_publication").select("id").execute()).toHaveLength(1);
  });
});

describe("a failed round", () => {
  const broken: BlobStore = {
    put: async () => {
      throw new Error("Disken er full");
    },
    putFile: async () => {
      throw new Error("Disken er full");
    },
    get: async () => null,
  };

  it("stops with a clear message, shows nothing, mails nobody, and can be tried again", async () => {
    const progressUrl = await confirm();
    await runJobs({ blobs: broken });
    // Three attempts, 10 and 20 s apart: a packet may wait for a presentation being rendered.
    for (const minutes of [1, 3]) {
      const later = new Date(Date.now() + minutes * 60_000);
      await runJobs({ blobs: broken, now: () => later });
    }
    const failed = await db.selectFrom("meeting_publication").selectAll().executeTakeFirstOrThrow();
    expect(failed.status).toBe("failed");
    expect(failed.failure_reason).toContain("ingenting er publisert og ingen har fått e-post");
    expect(failed.failure_reason).toContain("Disken er full");
    expect((await meetingRow()).status).toBe("planned");
    expect(await publicDocuments()).toEqual([]);
    expect((await listOutbox(path.join(dataDir, "outbox"))).total).toBe(0);
    const page = await staff.get(progressUrl);
    expect(page.body).toContain("Disken er full");
    expect(page.body).toContain("Prøv igjen");

    const retryUrl = await confirm();
    expect(retryUrl).toBe(progressUrl);
    await runJobs();
    const retried = await db
      .selectFrom("meeting_publication")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(retried).toMatchObject({ status: "published", version: 1, failure_reason: null });
    expect((await meetingRow()).series_number).toBe(1);
  });

  it("a job that died without a word counts as failed and can be tried again", async () => {
    const progressUrl = await confirm();
    await db
      .updateTable("job")
      .set({ status: "dead", finished_at: new Date(), last_error: "Avbrutt" })
      .where("type", "=", "generatePublicationDocument")
      .execute();
    const page = await staff.get(progressUrl);
    expect(page.body).toContain("jobben som lagde det, stoppet uten å fullføre");
    await confirm();
    await runJobs();
    expect((await meetingRow()).status).toBe("notice_published");
  });
});

describe("a closed item whose documents are still public", () => {
  beforeEach(async () => {
    const item = await db
      .selectFrom("agenda_item")
      .select("id")
      .where("meeting_id", "=", meeting.id)
      .orderBy("position")
      .executeTakeFirstOrThrow();
    await commitOrThrow(db, async (tx) =>
      updateAgendaItem({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        itemId: item.id,
        closedBasis: "Kl. § 11-5 (2) b",
        tx,
      }),
    );
  });

  it("stops at the confirmation, per document, until each is answered", async () => {
    const caseId = (
      await db
        .selectFrom("case")
        .select("id")
        .where("title", "=", "Reguleringsplan for Sentrum")
        .executeTakeFirstOrThrow()
    ).id;
    const document = await db
      .insertInto("blob")
      .values({ sha256: "a".repeat(64), size: 1, media_type: "application/pdf" })
      .returning("sha256")
      .executeTakeFirstOrThrow()
      .then(() =>
        db
          .insertInto("document")
          .values({
            sha256: "a".repeat(64),
            file_name: "vedlegg.pdf",
            title: "Kart over planområdet",
            kind: "attachment",
            case_id: caseId,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      );
    const page = await staff.get(`/admin/moter/${meeting.id}/innkalling`);
    expect(page.body).toContain("Kart over planområdet");
    expect(page.body).toContain(`name="dokument-${document.id}"`);

    const refused = await staff.post(`/admin/moter/${meeting.id}/innkalling`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Svar for hvert dokument");
    expect(await db.selectFrom("meeting_publication").select("id").execute()).toEqual([]);
    expect((await meetingRow()).series_number).toBeNull();

    await confirm({ [`dokument-${document.id}`]: "nei" });
    const withheld = await db
      .selectFrom("document")
      .select(["access", "exemption_basis"])
      .where("id", "=", document.id)
      .executeTakeFirstOrThrow();
    expect(withheld).toEqual({ access: "exempt", exemption_basis: "Kl. § 11-5 (2) b" });
    const answer = await db
      .selectFrom("publication_access_answer")
      .select(["document_id", "publish"])
      .executeTakeFirstOrThrow();
    expect(answer).toEqual({ document_id: document.id, publish: false });
  });
});

describe("corrections after the notice", () => {
  it("withdraws, adds and moves items, logs each, and sends them as the next version", async () => {
    await confirm();
    await runJobs();
    const [first] = await db
      .selectFrom("agenda_item")
      .select(["id", "series_number"])
      .where("meeting_id", "=", meeting.id)
      .orderBy("position")
      .execute();
    if (!first) throw new Error("agenda missing");

    const empty = await staff.post(`/admin/moter/${meeting.id}/saker/${first.id}/trekk`, {
      reason: " ",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Skriv hvorfor saken trekkes.");
    const withdrawn = await staff.post(`/admin/moter/${meeting.id}/saker/${first.id}/trekk`, {
      reason: "Saken er ikke ferdig utredet",
    });
    expect(withdrawn.statusCode).toBe(303);
    const late = await buildCase(db, { route: [bodyId], title: "Tilskudd til idrettshall" });
    expect(
      (await staff.post(`/admin/moter/${meeting.id}/saker`, { caseId: String(late.id) }))
        .statusCode,
    ).toBe(303);
    const added = await db
      .selectFrom("agenda_item")
      .select(["id", "series_number", "added_after_notice_at"])
      .where("case_id", "=", late.id)
      .executeTakeFirstOrThrow();
    expect(added.series_number).toBe(3);
    expect(added.added_after_notice_at).not.toBeNull();
    await staff.post(`/admin/moter/${meeting.id}/saker/${added.id}/flytt`, { direction: "up" });

    const item = await db
      .selectFrom("agenda_item")
      .select(["series_number", "withdrawn_reason"])
      .where("id", "=", first.id)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({
      series_number: first.series_number,
      withdrawn_reason: "Saken er ikke ferdig utredet",
    });
    const changes = (
      await db.selectFrom("meeting_change").select("description").orderBy("id").execute()
    ).map((change) => change.description);
    expect(changes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^PS ${first.series_number}/\\d\\d «Reguleringsplan for Sentrum» er trukket: Saken er ikke ferdig utredet$`,
        ),
      ),
      expect.stringContaining("«Tilskudd til idrettshall» er satt opp som tilleggssak."),
      expect.stringContaining("«Tilskudd til idrettshall» er flyttet til nummer 2"),
    ]);

    const publicPage = await t.app.inject({ method: "GET", url: `/moter/${meeting.id}` });
    expect(publicPage.body).toContain("Endringer etter innkallingen");
    expect(publicPage.body).toContain("er trukket: Saken er ikke ferdig utredet");
    // The agenda itself marks the withdrawn item, which keeps its number, and the added one.
    expect(publicPage.body).toContain('data-size="sm">Trukket</span>');
    expect(publicPage.body).toContain('data-size="sm">Tilleggssak</span>');

    const papers = await staff.get(`/admin/moter/${meeting.id}/sakspapirer`);
    expect(papers.body).toContain("(ikke sendt ut ennå)");
    const confirmation = await staff.get(`/admin/moter/${meeting.id}/innkalling`);
    expect(confirmation.body).toContain("Send tilleggsinnkalling");
    await confirm();
    await runJobs();

    const rounds = await db
      .selectFrom("meeting_publication")
      .select(["id", "version", "kind", "status"])
      .orderBy("version")
      .execute();
    expect(rounds.map((r) => [r.version, r.kind, r.status])).toEqual([
      [1, "notice", "published"],
      [2, "supplement", "published"],
    ]);
    // The first round's documents are kept, each replaced by the second's of its kind.
    const documents = await db
      .selectFrom("document")
      .select(["publication_id", "kind", "audience", "replaced_by_id"])
      .where("meeting_id", "=", meeting.id)
      .execute();
    expect(documents).toHaveLength(10);
    expect(
      documents.filter((d) => d.publication_id === rounds[0]?.id).every((d) => d.replaced_by_id),
    ).toBe(true);
    expect(documents.filter((d) => d.replaced_by_id === null)).toHaveLength(5);
    expect(
      await db
        .selectFrom("meeting_change")
        .select("id")
        .where("publication_id", "is", null)
        .execute(),
    ).toEqual([]);
    const outbox = await listOutbox(path.join(dataDir, "outbox"));
    expect(outbox.total).toBe(4);
    const subjects = outbox.entries.map((entry) => entry.subject);
    expect(subjects.filter((subject) => subject.startsWith("Tilleggsinnkalling:"))).toHaveLength(2);
    const nothingNew = await staff.post(`/admin/moter/${meeting.id}/innkalling`, {});
    expect(nothingNew.statusCode).toBe(400);
    expect(nothingNew.body).toContain("Ingenting er endret siden forrige innkalling");
  });

  it("refuses to withdraw before the notice, and changes nothing", async () => {
    const item = await db
      .selectFrom("agenda_item")
      .select("id")
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirstOrThrow();
    const response = await staff.post(`/admin/moter/${meeting.id}/saker/${item.id}/trekk`, {
      reason: "Feil",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Fjern saken fra sakslisten i stedet");
    expect(await db.selectFrom("meeting_change").select("id").execute()).toEqual([]);
  });
});

describe("the archive copies", () => {
  it.skipIf(skipWithout("gs", "ghostscript") || skipPdfToolSuite("Archive copies of a round"))(
    "are made after the round is published, as PDF/A, for its papers and the cases' documents",
    async () => {
      await confirm();
      await runJobs();
      const documents = await db
        .selectFrom("document as d")
        .select(["d.id", "d.kind", "d.pdf_sha256", "d.archive_sha256"])
        .where((eb) =>
          eb.or([
            eb("d.meeting_id", "=", meeting.id),
            eb(
              "d.case_id",
              "in",
              eb
                .selectFrom("agenda_item")
                .select("case_id")
                .where("meeting_id", "=", meeting.id)
                .where("case_id", "is not", null)
                .$narrowType<{ case_id: number }>(),
            ),
          ]),
        )
        .where("d.replaced_by_id", "is", null)
        .where("d.pdf_sha256", "is not", null)
        .execute();
      expect(documents.map((d) => d.kind)).toEqual(
        expect.arrayContaining(["notice", "agenda", "packet"]),
      );
      for (const document of documents) {
        expect(document.archive_sha256, `document ${document.id}`).not.toBeNull();
        const copy = await t.database.blobs.get(document.archive_sha256 ?? "");
        expect(copy).not.toBeNull();
        expect(await pdfaPart(copy ?? new Uint8Array())).toBe(2);
        expect((await pdfTool("qpdf", ["--check"], copy ?? new Uint8Array())).status).toBe(0);
      }
      // A Typst document is PDF/A-2a already and is archived as it is.
      const notice = documents.find((d) => d.kind === "notice");
      expect(notice?.archive_sha256).toBe(notice?.pdf_sha256);
    },
  );
});

describe("a round whose presentation is still being rendered", () => {
  /** Only the round's own jobs, so the presentation's render job stays queued. */
  const runPublishing = (at?: Date) =>
    runDueJobs({
      db,
      registry: createJobRegistry([generatePublicationDocumentJob]),
      services: jobServices(db, mailer, { blobs: t.database.blobs }),
      now: at ? () => at : undefined,
    });
  const waitingJobs = () =>
    db
      .selectFrom("job")
      .select(["payload"])
      .where("type", "=", "generatePublicationDocument")
      .where("status", "=", "queued")
      .execute();
  const taskStatus = async () =>
    Object.fromEntries(
      (await db.selectFrom("publication_task").select(["name", "status"]).execute()).map((r) => [
        r.name,
        r.status,
      ]),
    );

  beforeEach(async () => {
    const budget = await buildCase(db, { route: [bodyId], title: "Budsjett for 2027" });
    await buildAgendaItem(db, { meetingId: meeting.id, caseId: budget.id });
    await buildCaseVersion(db, { caseId: budget.id });
  });

  it("waits while the render job is queued, then completes when the presentation is made", async () => {
    await confirm();
    await runPublishing();
    const round = await db.selectFrom("meeting_publication").selectAll().executeTakeFirstOrThrow();
    expect(round.status).toBe("generating");
    expect(await taskStatus()).toEqual({
      notice: "done",
      "agenda:everyone": "done",
      "agenda:members": "done",
      "packet:everyone": "pending",
      "packet:members": "pending",
    });
    // Both packets were queued again to wait, not failed.
    const waiting = await waitingJobs();
    expect(waiting.map((job) => (job.payload as { task: string }).task).sort()).toEqual([
      "packet:everyone",
      "packet:members",
    ]);
    for (const job of waiting)
      expect((job.payload as { waitingSince?: string }).waitingSince).toBeDefined();
    expect(await publicDocuments()).toEqual([]);
    expect((await meetingRow()).status).toBe("planned");

    const later = new Date(Date.now() + 60_000);
    await runJobs({ now: () => later });
    const published = await db
      .selectFrom("meeting_publication")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(published).toMatchObject({ status: "published", failure_reason: null });
    expect((await meetingRow()).status).toBe("notice_published");
    const packet = await db
      .selectFrom("document")
      .select("page_count")
      .where("meeting_id", "=", meeting.id)
      .where("kind", "=", "packet")
      .where("audience", "=", "everyone")
      .executeTakeFirstOrThrow();
    expect(packet.page_count).toBeGreaterThan(1);
  });

  it("fails with the Norwegian message once it has waited past its limit, showing nothing", async () => {
    await confirm();
    await runPublishing();
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000).toISOString();
    await db
      .updateTable("job")
      .set({
        payload: sql`jsonb_set(payload, '{waitingSince}', to_jsonb(${sixteenMinutesAgo}::text))`,
      })
      .where("type", "=", "generatePublicationDocument")
      .where("status", "=", "queued")
      .execute();
    // No more waiting: the attempts are spent, 10 and 20 s apart.
    for (const minutes of [1, 3, 6]) {
      const later = new Date(Date.now() + minutes * 60_000);
      await runPublishing(later);
    }
    const failed = await db.selectFrom("meeting_publication").selectAll().executeTakeFirstOrThrow();
    expect(failed.status).toBe("failed");
    expect(failed.failure_reason).toContain("kunne ikke lages, så ingenting er publisert");
    expect(failed.failure_reason).toContain("er ikke laget som PDF ennå");
    expect(await waitingJobs()).toEqual([]);
    expect((await meetingRow()).status).toBe("planned");
    expect(await publicDocuments()).toEqual([]);
    expect((await listOutbox(path.join(dataDir, "outbox"))).total).toBe(0);
    // The presentation's own job is left as it was.
    const render = await db
      .selectFrom("job")
      .select("status")
      .where("type", "=", "renderPresentationPdf")
      .executeTakeFirstOrThrow();
    expect(render.status).toBe("queued");
  });
});

describe("the archive copies of a case's documents", () => {
  it.skipIf(skipWithout("gs", "ghostscript") || skipPdfToolSuite("Archive copies of attachments"))(
    "convert an attachment that is not PDF/A with Ghostscript, and keep one that is",
    async () => {
      const plain = await makePdf(["Situasjonsplan for Sentrum", "Side to av planen"]);
      const pdfa = Buffer.from((await renderPresentation(threePageView())).pdf);
      expect(await pdfaPart(plain)).toBeNull();
      expect(await pdfaPart(pdfa)).toBe(2);
      const plainId = await attach(firstCaseId, "Situasjonsplan", plain);
      const pdfaId = await attach(firstCaseId, "Uttalelse fra rådet", pdfa);
      await confirm();
      await runJobs();
      const row = (id: number) =>
        db
          .selectFrom("document")
          .select(["pdf_sha256", "archive_sha256"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
      const converted = await row(plainId);
      expect(converted.archive_sha256).not.toBeNull();
      expect(converted.archive_sha256).not.toBe(converted.pdf_sha256);
      const copy = (await t.database.blobs.get(converted.archive_sha256 ?? "")) ?? new Uint8Array();
      expect((await pdfTool("pdfinfo", ["-meta"], copy)).stdout).toMatch(/pdfaid:part(='|>)2/);
      expect((await pdfTool("pdfinfo", [], copy)).stdout).toMatch(/^Pages:\s+2$/m);
      expect((await pdfTool("qpdf", ["--check"], copy)).status).toBe(0);
      expect((await pdfTool("pdftotext", [], copy)).stdout).toContain("Situasjonsplan for Sentrum");
      const kept = await row(pdfaId);
      expect(kept.archive_sha256).toBe(kept.pdf_sha256);
      const original = (await t.database.blobs.get(kept.archive_sha256 ?? "")) ?? new Uint8Array();
      expect((await pdfTool("pdfinfo", ["-meta"], original)).stdout).toMatch(/pdfaid:part(='|>)2/);
    },
  );
});
