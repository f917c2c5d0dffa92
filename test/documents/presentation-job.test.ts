import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { loadPresentationView } from "../../src/documents/presentation-view.ts";
import {
  enqueuePresentationPdf,
  renderPresentationPdfJob,
} from "../../src/documents/render-presentation-pdf-job.ts";
import { addCaseDocument } from "../../src/features/documents/add-case-document.ts";
import { JOB_DEFINITIONS } from "../../src/jobs/definitions.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { buildCaseVersion } from "../factories/case-versions.ts";
import { buildCase } from "../factories/cases.ts";
import { buildPublishedMeeting, eveningIn } from "../factories/meetings.ts";
import { commit, TEST_ACTOR } from "../factories/run.ts";
import { jobServices } from "../helpers/job-services.ts";
import { pdfTool, skipPdfToolSuite } from "../helpers/pdf-tools.ts";
import { bodyIdBySlug } from "../helpers/records.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

let database: TestDatabase;

beforeEach(async () => {
  database = await createTestDatabase("demo");
  // The demo's own presentations, meeting papers, minutes and decision notices wait in the
  // queue; these tests count their own jobs.
  await database.db.deleteFrom("job").execute();
});
afterEach(async () => {
  await database.close();
});

const runJobs = () =>
  runDueJobs({
    db: database.db,
    registry: createJobRegistry(JOB_DEFINITIONS),
    services: jobServices(database.db, createMailer(loadConfig({})), { blobs: database.blobs }),
  });

const presentations = (caseId: number) =>
  database.db
    .selectFrom("document")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("kind", "=", "presentation")
    .orderBy("id")
    .execute();

const versionRow = (id: number) =>
  database.db.selectFrom("case_version").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

/** A case routed through the executive committee (on a published agenda) to the council. */
async function routedCase(options: { exempt?: boolean } = {}) {
  const executive = await bodyIdBySlug(database.db, "formannskapet");
  const council = await bodyIdBySlug(database.db, "kommunestyret");
  const built = await buildCase(database.db, {
    route: [executive, council],
    title: "Ny barnehage på Øvre Ås",
    caseOfficer: "Kari Nordmann",
    responsibleUnit: "Oppvekst og kultur",
    recommendation: "1. Barnehagen bygges.\n2. Kostnadsrammen settes til 80 mill. kr.",
    ...(options.exempt ? { exempt: true } : {}),
  });
  await database.db
    .updateTable("case")
    .set({ facts: "Tomten er regulert til offentlig formål.", assessment: "Behovet er stort." })
    .where("id", "=", built.id)
    .execute();
  const { meeting, items } = await buildPublishedMeeting(database.db, {
    bodyId: executive,
    startsAt: eveningIn(10),
    caseIds: [built.id],
  });
  await commit(database.db, async (tx) => {
    const file = await database.blobs.put(new TextEncoder().encode(`Plankart ${built.id}`));
    return addCaseDocument({
      actor: TEST_ACTOR,
      caseId: built.id,
      file: { sha256: file, size: 12, mediaType: "application/pdf", fileName: "plankart.pdf" },
      title: "Plankart for Øvre Ås",
      kind: "attachment",
      tx,
    });
  });
  return { caseId: built.id, meeting, item: items[0] };
}

describe("the presentation view", () => {
  it("holds the version's texts, the route as far as known, the attachments and the approval", async () => {
    const { caseId, meeting, item } = await routedCase();
    const at = new Date("2026-11-20T09:00:00Z");
    const versionId = await buildCaseVersion(database.db, { caseId, at });
    const view = await loadPresentationView(database.db, versionId);
    expect(view).toMatchObject({
      caseId,
      version: 1,
      municipality: "Eksempel kommune",
      title: "Ny barnehage på Øvre Ås",
      caseOfficer: "Kari Nordmann",
      responsibleUnit: "Oppvekst og kultur",
      exemptionBasis: null,
      recommendation: "1. Barnehagen bygges.\n2. Kostnadsrammen settes til 80 mill. kr.",
      facts: "Tomten er regulert til offentlig formål.",
      assessment: "Behovet er stort.",
      attachments: ["Plankart for Øvre Ås"],
      approval: { by: "Ola Direktør", at },
      revision: null,
    });
    const year = String((item?.seriesYear ?? 0) % 100).padStart(2, "0");
    expect(view?.route).toEqual([
      {
        body: "Formannskapet",
        meetingAt: meeting.starts_at,
        caseNumber: `PS ${item?.seriesNumber}/${year}`,
      },
      { body: "Kommunestyret", meetingAt: null, caseNumber: null },
    ]);
    expect(await loadPresentationView(database.db, versionId + 1000)).toBeNull();
  });
});

describe("the renderPresentationPdf job", () => {
  it("files the approved version's PDF as the case's presentation, once", async () => {
    const { caseId } = await routedCase();
    const versionId = await buildCaseVersion(database.db, { caseId });
    expect(await runJobs()).toMatchObject({ done: 1, dead: 0 });

    const [document, ...others] = await presentations(caseId);
    expect(others).toEqual([]);
    expect(document).toMatchObject({
      kind: "presentation",
      title: "Saksframlegg, versjon 1",
      access: "public",
      exemption_basis: null,
      page_count: 1,
      version: 1,
      replaced_by_id: null,
    });
    expect(document?.pdf_sha256).toBe(document?.sha256);
    expect(document?.file_name).toMatch(/^saksframlegg-\d{4}-\d+-versjon-1\.pdf$/);
    expect((await versionRow(versionId)).presentation_document_id).toBe(document?.id);
    const bytes = await database.blobs.get(String(document?.sha256));
    expect(bytes?.subarray(0, 5).toString()).toBe("%PDF-");
    const blob = await database.db
      .selectFrom("blob")
      .selectAll()
      .where("sha256", "=", String(document?.sha256))
      .executeTakeFirstOrThrow();
    expect(blob.media_type).toBe("application/pdf");
    expect(Number(blob.size)).toBe(bytes?.length);
    const audits = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "document.render_presentation")
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entity_type: "document", entity_id: String(document?.id) });

    // Asked again for the same version: the job runs, and leaves the one document as it was.
    await commit(database.db, (tx) => enqueuePresentationPdf(tx, versionId));
    expect(await runJobs()).toMatchObject({ done: 1, dead: 0 });
    expect(await presentations(caseId)).toEqual([document]);
    expect(
      await database.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "document.render_presentation")
        .execute(),
    ).toHaveLength(1);
  });

  it.skipIf(skipPdfToolSuite("Presentation job PDF text"))(
    "prints the route, the case number and the attachments it loaded",
    async () => {
      const { caseId, item } = await routedCase();
      await buildCaseVersion(database.db, { caseId });
      await runJobs();
      const [document] = await presentations(caseId);
      const pdf = await database.blobs.get(String(document?.sha256));
      const text = (await pdfTool("pdftotext", ["-layout"], pdf ?? Buffer.alloc(0))).stdout;
      expect(text).toMatch(/Eksempel kommune\s+Saksframlegg/);
      expect(text).toMatch(new RegExp(`PS ${item?.seriesNumber}/\\d\\d\\s+Formannskapet`));
      expect(text).toContain("1. Barnehagen bygges.");
      expect(text).toContain("Plankart for Øvre Ås");
    },
  );

  it("keeps an exempt case's presentation exempt on the same basis, away from the public", async () => {
    const { caseId } = await routedCase({ exempt: true });
    await buildCaseVersion(database.db, { caseId });
    await runJobs();
    const [document] = await presentations(caseId);
    expect(document).toMatchObject({
      access: "exempt",
      exemption_basis: "Offl. § 13 jf. fvl. § 13",
    });
    const published = await database.db
      .selectFrom("public_document")
      .select("id")
      .where("id", "=", Number(document?.id))
      .execute();
    expect(published).toEqual([]);
  });

  it("makes a new version's PDF the current one and keeps the old one as replaced", async () => {
    const { caseId } = await routedCase();
    const first = await buildCaseVersion(database.db, { caseId });
    await runJobs();
    await database.db
      .updateTable("case")
      .set({ assessment: "Behovet er større enn først antatt." })
      .where("id", "=", caseId)
      .execute();
    const second = await buildCaseVersion(database.db, { caseId, reason: "Ny vurdering." });
    await runJobs();
    const [old, current] = await presentations(caseId);
    expect((await versionRow(first)).presentation_document_id).toBe(old?.id);
    expect((await versionRow(second)).presentation_document_id).toBe(current?.id);
    expect(current).toMatchObject({ title: "Saksframlegg, versjon 2", replaced_by_id: null });
    expect(old?.replaced_by_id).toBe(current?.id);
    expect(old?.replaced_at).toBeInstanceOf(Date);
    expect(old?.sha256).not.toBe(current?.sha256);
  });

  it("ends the newest version current when an older one is rendered after it", async () => {
    const { caseId } = await routedCase();
    const first = await buildCaseVersion(database.db, { caseId });
    const second = await buildCaseVersion(database.db, { caseId, reason: "Ny vurdering." });
    // Only the second job runs at first, as when the first one failed and waits for a retry.
    await database.db
      .updateTable("job")
      .set({ run_at: new Date(Date.now() + 3_600_000) })
      .where("payload", "=", JSON.stringify({ caseVersionId: first }))
      .execute();
    await runJobs();
    expect((await versionRow(first)).presentation_document_id).toBeNull();
    await database.db.updateTable("job").set({ run_at: new Date() }).execute();
    await runJobs();
    const newest = (await versionRow(second)).presentation_document_id;
    const older = (await versionRow(first)).presentation_document_id;
    const byId = new Map((await presentations(caseId)).map((row) => [row.id, row]));
    expect(byId.get(Number(newest))?.replaced_by_id).toBeNull();
    expect(byId.get(Number(older))?.replaced_by_id).toBe(newest);
  });

  it("files versions rendered at the same time one after the other, the newest current", async () => {
    const { caseId } = await routedCase();
    const versions = [
      await buildCaseVersion(database.db, { caseId }),
      await buildCaseVersion(database.db, { caseId, reason: "Ny vurdering." }),
      await buildCaseVersion(database.db, { caseId, reason: "Rettet tallene." }),
    ];
    // The worker runs up to four jobs at once, and the renderer threads set them side by side.
    await runJobs();
    const renders = await database.db
      .selectFrom("job")
      .select(["status", "last_error"])
      .where("type", "=", "renderPresentationPdf")
      .execute();
    expect(renders).toHaveLength(3);
    expect(renders.filter((job) => job.status !== "done")).toEqual([]);
    const documentIds = await Promise.all(
      versions.map(async (id) => (await versionRow(id)).presentation_document_id),
    );
    const newest = documentIds.at(-1);
    const current = (await presentations(caseId)).filter((row) => row.replaced_by_id === null);
    expect(current.map((row) => row.id)).toEqual([newest]);
    // Each older one is marked replaced, by whichever version was filed after it.
    const byId = new Map((await presentations(caseId)).map((row) => [row.id, row]));
    for (const older of documentIds.slice(0, -1))
      expect(byId.get(Number(older))?.replaced_by_id).not.toBeNull();
  });

  it("has nothing to do for a version that no longer exists", async () => {
    await commit(database.db, (tx) => enqueuePresentationPdf(tx, 999_999));
    expect(await runJobs()).toMatchObject({ done: 1, dead: 0 });
    expect(renderPresentationPdfJob.describe({ caseVersionId: 7 })).toContain("7");
  });
});
