import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { convertDocumentJob } from "./document-jobs.ts";
import type { LockedAttachment } from "./queries.ts";

/**
 * Tries the conversion to PDF again: after LibreOffice was installed on a server that lacked
 * it, or after a run that failed (cut off by the time limit on a busy machine, say). Only a
 * document without its PDF is converted; one conversion is queued however often it is asked.
 */
export async function requestConversion({
  actor,
  document,
  tx,
}: {
  actor: Actor;
  document: LockedAttachment;
  tx: Database;
}): Promise<{ documentId: number }> {
  const updated = await tx
    .updateTable("document")
    .set({ rendition: "pending", rendition_error: null })
    .where("id", "=", document.id)
    .where("rendition", "in", ["failed", "unavailable"])
    .where("pdf_sha256", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new Refusal({ form: "Dokumentet venter ikke på konvertering til PDF." });
  await writeAudit(tx, {
    actor,
    action: "document.convert_again",
    entityType: "document",
    entityId: document.id,
    visibility: "internal",
    details: { caseId: document.case_id },
  });
  await enqueueJob(
    tx,
    convertDocumentJob,
    { documentId: document.id },
    {
      dedupeKey: `document-${document.id}`,
    },
  );
  return { documentId: document.id };
}
