import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { type BlobStore, LocalBlobStore } from "../src/blobs/blob-store.ts";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { commit } from "../src/commit/commit.ts";
import { loadConfig } from "../src/config.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { renderAgenda, renderNotice } from "../src/documents/meeting-papers.ts";
import { buildPacket } from "../src/documents/packet.ts";
import { loadPacketItems } from "../src/documents/packet-input.ts";
import { officeConversionSettings } from "../src/features/documents/office-conversion.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { archivePublishedDocumentsJob } from "../src/features/publishing/archive-published-documents-job.ts";
import { loadPapersView } from "../src/features/publishing/papers-view.ts";
import { memberMeetingUrl } from "../src/features/publishing/publication-routes.tsx";
import { requestPublication } from "../src/features/publishing/request-publication.ts";
import { JOB_DEFINITIONS } from "../src/jobs/definitions.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { listOutbox } from "../src/mail/outbox.ts";
import { buildApp } from "../src/server.ts";
import { buildCaseVersion } from "../test/factories/case-versions.ts";
import { buildCase } from "../test/factories/cases.ts";
import { buildAgendaItem, buildMeeting, eveningIn } from "../test/factories/meetings.ts";
import { buildBody, buildMember, buildTerm } from "../test/factories/registry.ts";
import { attachment, attachmentPlan, childrenCpuMs, ownCpuMs } from "./packet.ts";

export interface PublishResult {
  items: number;
  attachmentPages: number;
  members: number;
  /** From the confirming transaction to every mail in the outbox and the papers on the public page. */
  wholeMs: number;
  /** Of that, until the round was published (all documents made, one transaction). */
  publishedMs: number;
  documents: number;
  mails: number;
  /** The bench process's CPU time for the same span: what other work on the machine changes less. */
  wholeCpuMs: number;
  /** Each document made again alone, one after another, after the run: wall and CPU ms. */
  byDocument: Array<{ task: string; ms: number; cpuMs: number }>;
  /** `qpdf --empty --pages … --` joining the packet's inputs, the reference in the same run. */
  qpdfMs: number | null;
  qpdfCpuMs: number | null;
}

const MEMBERS = 15;

const run = promisify(execFile);

/**
 * Where the round's time goes: each of its documents made again alone, in this process, the way
 * its job makes it, with wall-clock and CPU time. In the run itself they are made side by side.
 */
async function profileDocuments({
  db,
  blobs,
  meetingId,
}: {
  db: Database;
  blobs: BlobStore;
  meetingId: number;
}): Promise<PublishResult["byDocument"]> {
  const publication = await db
    .selectFrom("meeting_publication")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .executeTakeFirstOrThrow();
  const view = await loadPapersView(db, publication.id);
  if (!view) throw new Error("The round has no papers view");
  const timed = async (task: string, work: () => unknown) => {
    const started = performance.now();
    const cpuStarted = ownCpuMs();
    await work();
    return {
      task,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round(ownCpuMs() - cpuStarted),
    };
  };
  const packet = (audience: "members" | "public") => async () =>
    buildPacket({
      title: view.bodyName,
      audience,
      notice: (await renderNotice(view)).pdf,
      items: await loadPacketItems({ db, blobs, meetingId, audience }),
    });
  return [
    await timed("notice", () => renderNotice(view)),
    await timed("agenda:everyone", () => renderAgenda(view, "everyone")),
    await timed("agenda:members", () => renderAgenda(view, "members")),
    await timed("packet:everyone", packet("public")),
    await timed("packet:members", packet("members")),
  ];
}

/** qpdf joining the same files, once to warm up and once measured; null without qpdf. */
async function qpdfReference(
  inputs: Uint8Array[],
): Promise<{ qpdfMs: number | null; qpdfCpuMs: number | null }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-bench-publish-qpdf-"));
  try {
    const files = inputs.map((pdf, index) => {
      const file = path.join(folder, `${String(index).padStart(3, "0")}.pdf`);
      fs.writeFileSync(file, pdf);
      return file;
    });
    const merge = () =>
      run("qpdf", ["--empty", "--pages", ...files, "--", path.join(folder, "merged.pdf")]);
    try {
      await merge();
    } catch {
      return { qpdfMs: null, qpdfCpuMs: null };
    }
    const started = performance.now();
    const cpuStarted = await childrenCpuMs();
    await merge();
    return {
      qpdfMs: Math.round(performance.now() - started),
      qpdfCpuMs: (await childrenCpuMs()) - cpuStarted,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Publish click to every member's mail in the outbox and the public page live, for a 40-item
 * meeting with 350 pages of attachments, in the bench's own process: the confirming transaction
 * (requestPublication, as the route runs it), then the worker's drain loop with the app's job
 * types and concurrency, making the notice, both agendas and both packets, publishing them at
 * once and sending the mails into an outbox folder, then the public meeting page fetched until
 * it links the packet. The presentations are rendered before the clock starts, as they are
 * when the cases are approved.
 */
export async function measurePublish(options: {
  log: (message: string) => void;
}): Promise<PublishResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-bench-publish-"));
  const handle = await openDatabase({ dataDir: path.join(folder, "pglite") });
  try {
    const db = handle.db;
    await migrateToLatest(db);
    await db
      .insertInto("municipality")
      .values({ name: "Eksempel kommune", short_name: "Eksempel", settings: "{}" })
      .execute();
    const blobs = new LocalBlobStore(path.join(folder, "blobs"));
    const config = { ...loadConfig({}), dataDir: folder, baseUrl: "http://localhost" };
    const mailer = createMailer(config);
    const services = { db, mailer, blobs, conversion: officeConversionSettings(config) };
    const registry = createJobRegistry(JOB_DEFINITIONS);
    const withoutArchive = createJobRegistry(
      JOB_DEFINITIONS.filter((job) => job !== archivePublishedDocumentsJob),
    );

    const term = await buildTerm(db);
    const bodyId = (await buildBody(db, { name: "Kommunestyret", seatCount: MEMBERS })).id;
    for (let n = 0; n < MEMBERS; n += 1)
      await buildMember(db, { bodyId, termId: term.id, role: n === 0 ? "leader" : "member" });
    const meeting = await buildMeeting(db, { bodyId, startsAt: eveningIn(14) });
    const plan = attachmentPlan(40, 350);
    for (const [item, sizes] of plan.entries()) {
      const built = await buildCase(db, {
        route: [bodyId],
        title: `Sak ${item + 1} i målingen av publiseringen`,
      });
      for (const [at, size] of sizes.entries()) {
        const pdf = await attachment(size, item * 10 + at);
        const sha256 = await blobs.put(pdf);
        await db
          .insertInto("blob")
          .values({ sha256, size: pdf.length, media_type: "application/pdf" })
          .onConflict((conflict) => conflict.column("sha256").doNothing())
          .execute();
        // An uploaded PDF whose checks have run: the bench measures publishing, not uploads.
        await db
          .insertInto("document")
          .values({
            sha256,
            pdf_sha256: sha256,
            page_count: size,
            file_name: `vedlegg-${item + 1}-${at + 1}.pdf`,
            title: `Vedlegg ${at + 1}`,
            kind: "attachment",
            case_id: built.id,
            position: at + 1,
          })
          .execute();
      }
      await buildCaseVersion(db, { caseId: built.id });
      await buildAgendaItem(db, { meetingId: meeting.id, caseId: built.id });
    }
    await runDueJobs({ db, registry, services });
    const app = await buildApp({ db, config, blobs, changes: await ChangeFeed.listen(handle) });
    options.log("Publishing a 40-item meeting: confirm, generate, publish, mail.");

    const started = performance.now();
    const cpuStarted = ownCpuMs();
    const outcome = await commit({ db }, async (tx) =>
      requestPublication({
        actor: { kind: "system", name: "Måling" },
        meeting: await lockMeeting(tx, meeting.id),
        answers: new Map(),
        meetingUrl: memberMeetingUrl(config.baseUrl, meeting.id),
        now: new Date(),
        tx,
      }),
    );
    if (!outcome.ok) throw new Error(`Publishing was refused: ${JSON.stringify(outcome.errors)}`);
    // The archive copies are queued by the publishing transaction but made after the papers are
    // out (Ghostscript over every attachment takes far longer); nobody waits for them.
    await runDueJobs({ db, registry: withoutArchive, services });
    const round = await db
      .selectFrom("meeting_publication")
      .select(["status", "published_at", "requested_at"])
      .executeTakeFirstOrThrow();
    if (round.status !== "published" || !round.published_at)
      throw new Error(`The round ended ${round.status}`);
    const publishedMs = round.published_at.getTime() - round.requested_at.getTime();
    const page = await app.inject({ method: "GET", url: `/moter/${meeting.id}` });
    if (!page.body.includes("sakspapirer-")) throw new Error("The public page has no packet");
    const wholeMs = performance.now() - started;
    const wholeCpuMs = ownCpuMs() - cpuStarted;
    const byDocument = await profileDocuments({ db, blobs, meetingId: meeting.id });
    const reference = await qpdfReference(
      (await loadPacketItems({ db, blobs, meetingId: meeting.id, audience: "members" })).flatMap(
        (item) => item.documents.map((document) => document.pdf),
      ),
    );
    const outbox = await listOutbox(path.join(folder, "outbox"), 1);
    const documents = await db
      .selectFrom("document")
      .select("id")
      .where("publication_id", "is not", null)
      .execute();
    await app.close();
    mailer.close();
    const result = {
      items: plan.length,
      attachmentPages: plan.flat().reduce((sum, size) => sum + size, 0),
      members: MEMBERS,
      wholeMs: Math.round(wholeMs),
      publishedMs,
      documents: documents.length,
      mails: outbox.total,
      wholeCpuMs: Math.round(wholeCpuMs),
      byDocument,
      ...reference,
    };
    options.log(
      `Publish: ${result.documents} documents and ${result.mails} mails, published after ${result.publishedMs} ms, everything ${result.wholeMs} ms (${result.wholeCpuMs} ms CPU).`,
    );
    return result;
  } finally {
    await handle.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
