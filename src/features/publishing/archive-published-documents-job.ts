import { z } from "zod";
import { writeAudit } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { archiveCopy } from "../../documents/archive-copy.ts";
import { defineJob } from "../../jobs/define-job.ts";
import { PUBLISHING_ACTOR } from "./fail-publication.ts";

/**
 * The documents a published round made public or sent to the members that have no archive copy
 * yet: the round's own notice, agendas and packets, and the current presentations and
 * attachments of the cases on the meeting's agenda, as PDF (a converted Word file by its PDF).
 */
async function documentsToArchive(db: Database, publicationId: number) {
  const publication = await db
    .selectFrom("meeting_publication")
    .select(["meeting_id", "status"])
    .where("id", "=", publicationId)
    .executeTakeFirst();
  if (publication?.status !== "published") return [];
  return db
    .selectFrom("document as d")
    .select(["d.id", "d.pdf_sha256"])
    .where("d.archive_sha256", "is", null)
    .where("d.pdf_sha256", "is not", null)
    .where("d.replaced_by_id", "is", null)
    .where((eb) =>
      eb.or([
        eb("d.publication_id", "=", publicationId),
        eb.and([
          eb("d.kind", "in", ["presentation", "attachment"]),
          eb(
            "d.case_id",
            "in",
            eb
              .selectFrom("agenda_item as a")
              .select("a.case_id")
              .where("a.meeting_id", "=", publication.meeting_id)
              .where("a.case_id", "is not", null)
              .$narrowType<{ case_id: number }>(),
          ),
        ]),
      ]),
    )
    .orderBy("d.id")
    .execute();
}

/**
 * Files a PDF/A copy of every published document for the archive (the Noark 5 export reads
 * document.archive_sha256): a Typst document, PDF/A-2a already, is kept as it is, any other PDF
 * is converted by Ghostscript. It runs after the round is published, so the papers reach the
 * members without waiting for Ghostscript. Idempotent: a document with a copy is skipped, and
 * each copy is filed in its own transaction, so a retry goes on where the last attempt stopped.
 */
export const archivePublishedDocumentsJob = defineJob({
  type: "archivePublishedDocuments",
  label: "Arkivkopier (PDF/A)",
  schema: z.object({ publicationId: z.number().int().positive() }),
  maxAttempts: 3,
  describe: (payload) => `Arkivkopier for publisering ${payload.publicationId}`,
  async handler({ publicationId }, { services }) {
    const { db, blobs } = services;
    for (const document of await documentsToArchive(db, publicationId)) {
      if (document.pdf_sha256 === null) continue;
      const original = await blobs.get(document.pdf_sha256);
      if (original === null)
        throw new Error(`PDF-en til dokument ${document.id} finnes ikke i fillageret.`);
      const copy = await archiveCopy(original, { ghostscript: services.conversion.ghostscript });
      const sha256 = await blobs.put(copy);
      await commit({ db }, async (tx) => {
        const now = new Date();
        await tx
          .insertInto("blob")
          .values({ sha256, size: copy.length, media_type: "application/pdf", created_at: now })
          .onConflict((conflict) => conflict.column("sha256").doNothing())
          .execute();
        const filed = await tx
          .updateTable("document")
          .set({ archive_sha256: sha256 })
          .where("id", "=", document.id)
          .where("archive_sha256", "is", null)
          .returning("id")
          .executeTakeFirst();
        if (filed)
          await writeAudit(tx, {
            actor: PUBLISHING_ACTOR,
            at: now,
            action: "document.archive_copy",
            visibility: "internal",
            entityType: "document",
            entityId: document.id,
            details: { sha256, unchanged: sha256 === document.pdf_sha256 },
          });
        return succeeded(null);
      });
    }
  },
});
