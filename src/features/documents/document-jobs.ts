import { z } from "zod";
import { writeAudit } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { defineJob } from "../../jobs/define-job.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { caseVisibility } from "../public-access/published.ts";
import { FORMATS, formatOfMediaType } from "./formats.ts";
import { convertWithLibreOffice } from "./office-conversion.ts";
import { extractPdfText, imageToPdf, inspectPdf } from "./pdf-tools.ts";

const CONVERTER = { kind: "system", name: "Dokumentkonvertering" } as const;

const documentPayload = z.object({ documentId: z.number().int().positive() });

const visibilityOf = (tx: Database, caseId: number | null) =>
  caseId === null ? Promise.resolve("internal" as const) : caseVisibility(tx, caseId);

/** Records a conversion that ended without a PDF: failed with its reason, or waiting for LibreOffice. */
async function recordNoRendition(
  db: Database,
  document: { id: number; case_id: number | null },
  rendition: "failed" | "unavailable",
  error: string | null,
): Promise<void> {
  await commit({ db }, async (tx) => {
    await tx
      .updateTable("document")
      .set({ rendition, rendition_error: error })
      .where("id", "=", document.id)
      .execute();
    await writeAudit(tx, {
      actor: CONVERTER,
      action: rendition === "failed" ? "document.convert_failed" : "document.convert_waiting",
      entityType: "document",
      entityId: document.id,
      visibility: await visibilityOf(tx, document.case_id),
      details: error ? { error } : {},
    });
    return succeeded(null);
  });
}

/**
 * Makes the PDF of a Word, OpenDocument or image attachment, so that every attachment can be
 * shown, merged into the meeting packet and searched as a PDF. LibreOffice missing on this
 * server leaves the original as it is, marked as waiting; a file LibreOffice cannot read is
 * marked failed with the reason, since trying again would fail again. A document whose PDF is
 * already made is left alone, so a second run changes nothing.
 */
export const convertDocumentJob = defineJob({
  type: "convertDocument",
  label: "Konvertering til PDF",
  schema: documentPayload,
  maxAttempts: 3,
  describe: ({ documentId }) => `Dokument ${documentId}`,
  async handler({ documentId }, { services }) {
    const { db, blobs } = services;
    const document = await db
      .selectFrom("document as d")
      .innerJoin("blob as b", "b.sha256", "d.sha256")
      .select(["d.id", "d.sha256", "d.case_id", "d.rendition", "d.pdf_sha256", "b.media_type"])
      .where("d.id", "=", documentId)
      .executeTakeFirst();
    if (!document || document.pdf_sha256 !== null) return;
    const format = formatOfMediaType(document.media_type);
    if (!format || FORMATS[format].conversion === "none") return;
    const bytes = await blobs.get(document.sha256);
    if (!bytes) throw new Error(`Filen til dokument ${documentId} mangler i fillageret.`);
    let pdf: Uint8Array;
    if (FORMATS[format].conversion === "image") {
      pdf = await imageToPdf(bytes, format === "png" ? "png" : "jpeg");
    } else {
      const converted = await convertWithLibreOffice(
        bytes,
        FORMATS[format].extensions[0] ?? "",
        services.conversion,
      );
      if (converted.kind === "unavailable")
        return recordNoRendition(db, document, "unavailable", null);
      if (converted.kind === "failed")
        return recordNoRendition(db, document, "failed", converted.error);
      pdf = converted.pdf;
    }
    const checked = await inspectPdf({ kind: "bytes", bytes: pdf });
    if (!checked.ok)
      return recordNoRendition(
        db,
        document,
        "failed",
        "LibreOffice laget en PDF som ikke kan leses.",
      );
    const pdfSha256 = await blobs.put(pdf);
    await commit({ db }, async (tx) => {
      await tx
        .insertInto("blob")
        .values({ sha256: pdfSha256, size: pdf.length, media_type: "application/pdf" })
        .onConflict((conflict) => conflict.column("sha256").doNothing())
        .execute();
      const updated = await tx
        .updateTable("document")
        .set({
          pdf_sha256: pdfSha256,
          rendition: "ready",
          rendition_error: null,
          page_count: checked.pageCount,
        })
        .where("id", "=", documentId)
        .where("pdf_sha256", "is", null)
        .returning("id")
        .executeTakeFirst();
      if (!updated) return succeeded(null);
      await writeAudit(tx, {
        actor: CONVERTER,
        action: "document.convert",
        entityType: "document",
        entityId: documentId,
        visibility: await visibilityOf(tx, document.case_id),
        details: { pdfSha256, pageCount: checked.pageCount },
      });
      await enqueueJob(tx, extractDocumentTextJob, { documentId });
      return succeeded(null);
    });
  },
});

/**
 * Pulls the text out of a document's PDF for the full-text search, page by page with a form
 * feed between pages (as pdftotext does), and counts its pages. A scanned page or an image has
 * no text layer and gives none. Text already extracted is left alone.
 */
export const extractDocumentTextJob = defineJob({
  type: "extractDocumentText",
  label: "Tekst fra PDF",
  schema: documentPayload,
  maxAttempts: 3,
  describe: ({ documentId }) => `Dokument ${documentId}`,
  async handler({ documentId }, { services }) {
    const { db, blobs } = services;
    const document = await db
      .selectFrom("document")
      .select(["id", "case_id", "pdf_sha256", "extracted_text"])
      .where("id", "=", documentId)
      .executeTakeFirst();
    if (!document?.pdf_sha256 || document.extracted_text !== null) return;
    const bytes = await blobs.get(document.pdf_sha256);
    if (!bytes) throw new Error(`PDF-en til dokument ${documentId} mangler i fillageret.`);
    const { pageCount, pages } = await extractPdfText(bytes);
    const text = pages.map((page) => page.trim()).join("\n\f\n");
    await commit({ db }, async (tx) => {
      const updated = await tx
        .updateTable("document")
        .set({ extracted_text: text, page_count: pageCount })
        .where("id", "=", documentId)
        .where("extracted_text", "is", null)
        .returning("id")
        .executeTakeFirst();
      if (!updated) return succeeded(null);
      await writeAudit(tx, {
        actor: CONVERTER,
        action: "document.extract_text",
        entityType: "document",
        entityId: documentId,
        visibility: "internal",
        details: { pageCount, characters: text.length },
      });
      return succeeded(null);
    });
  },
});
