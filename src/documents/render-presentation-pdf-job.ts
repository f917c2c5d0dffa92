import { z } from "zod";
import { type Actor, writeAudit } from "../audit.ts";
import { commit } from "../commit/commit.ts";
import { succeeded } from "../commit/outcome.ts";
import type { Database } from "../db/database.ts";
import { caseVisibility } from "../features/public-access/published.ts";
import { defineJob } from "../jobs/define-job.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { presentationTitle, renderPresentation } from "./presentation.ts";
import { loadPresentationView } from "./presentation-view.ts";

const RENDER_ACTOR: Actor = { kind: "system", name: "Dokumentproduksjon" };

const fileNamePart = (text: string): string =>
  text.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-|-$/g, "");

/**
 * Of a case's rendered presentations only the newest version's is current; each other one is
 * kept, marked replaced by the one that was newest when it stopped being current. Worked out
 * from all of them, so versions rendered out of order (a retried job) still end with the
 * newest current.
 */
async function replaceOlderPresentations(tx: Database, caseId: number, now: Date): Promise<void> {
  const [newest, ...older] = await tx
    .selectFrom("case_version as v")
    .innerJoin("document as d", "d.id", "v.presentation_document_id")
    .select(["d.id", "d.replaced_by_id"])
    .where("v.case_id", "=", caseId)
    .orderBy("v.version", "desc")
    .execute();
  const current = older.filter((document) => document.replaced_by_id === null);
  if (!newest || current.length === 0) return;
  await tx
    .updateTable("document")
    .set({ replaced_by_id: newest.id, replaced_at: now })
    .where(
      "id",
      "in",
      current.map((document) => document.id),
    )
    .execute();
}

/**
 * Renders the presentation (saksframlegg) of one approved version as a PDF/A file and files it
 * as the case's presentation document. Idempotent: the same version renders to the same bytes,
 * and a version that already has its document is left as it is, so a re-run or a second job
 * for the same version adds nothing. The PDF is rendered before the transaction, which then
 * only records it.
 */
export const renderPresentationPdfJob = defineJob({
  type: "renderPresentationPdf",
  label: "Saksframlegg som PDF",
  schema: z.object({ caseVersionId: z.number().int().positive() }),
  maxAttempts: 5,
  describe: (payload) => `Saksframlegget i saksversjon ${payload.caseVersionId}`,
  async handler({ caseVersionId }, { services }) {
    const view = await loadPresentationView(services.db, caseVersionId);
    // A version that is gone went with its case: there is nothing left to render.
    if (!view) return;
    const existing = await services.db
      .selectFrom("case_version")
      .select("presentation_document_id")
      .where("id", "=", caseVersionId)
      .executeTakeFirst();
    if (existing?.presentation_document_id) return;

    const { pdf, pageCount } = await renderPresentation(view);
    const sha256 = await services.blobs.put(pdf);

    await commit({ db: services.db }, async (tx) => {
      // The case first, as the workspace's use cases lock it: two versions of one case rendered
      // at the same time then file one after the other, so the later sees the earlier's
      // document to mark replaced, and neither waits for a row the other holds.
      await tx
        .selectFrom("case")
        .select("id")
        .where("id", "=", view.caseId)
        .forUpdate()
        .executeTakeFirst();
      const version = await tx
        .selectFrom("case_version as v")
        .innerJoin("case as c", "c.id", "v.case_id")
        .select(["v.presentation_document_id", "c.access", "c.exemption_basis"])
        .where("v.id", "=", caseVersionId)
        .forUpdate("v")
        .executeTakeFirst();
      // Another attempt filed it while this one rendered.
      if (!version || version.presentation_document_id) return succeeded(null);
      const now = new Date();
      await tx
        .insertInto("blob")
        .values({ sha256, size: pdf.length, media_type: "application/pdf", created_at: now })
        .onConflict((conflict) => conflict.column("sha256").doNothing())
        .execute();
      const document = await tx
        .insertInto("document")
        .values({
          sha256,
          pdf_sha256: sha256,
          page_count: pageCount,
          file_name: `saksframlegg-${fileNamePart(view.archiveCaseNumber)}-versjon-${view.version}.pdf`,
          title: presentationTitle(view.version),
          kind: "presentation",
          version: view.version,
          access: version.access,
          exemption_basis: version.access === "exempt" ? version.exemption_basis : null,
          case_id: view.caseId,
          meeting_id: null,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await tx
        .updateTable("case_version")
        .set({ presentation_document_id: document.id })
        .where("id", "=", caseVersionId)
        .execute();
      await replaceOlderPresentations(tx, view.caseId, now);
      await writeAudit(tx, {
        actor: RENDER_ACTOR,
        at: now,
        action: "document.render_presentation",
        visibility: await caseVisibility(tx, view.caseId),
        entityType: "document",
        entityId: document.id,
        details: { caseId: view.caseId, caseVersionId, version: view.version, sha256, pageCount },
      });
      return succeeded(null);
    });
  },
});

/**
 * Asks for the PDF of a version in the transaction that approves or revises it, so the job
 * exists exactly when the version does. A second request while one is pending joins it.
 */
export function enqueuePresentationPdf(tx: Database, caseVersionId: number): Promise<number> {
  return enqueueJob(
    tx,
    renderPresentationPdfJob,
    { caseVersionId },
    { dedupeKey: `case-version-${caseVersionId}` },
  );
}
