import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { caseVisibility } from "../public-access/published.ts";
import { recordBlob, refuseDuplicate, renditionOf, type StoredFile } from "./add-case-document.ts";
import type { LockedAttachment } from "./queries.ts";

/**
 * Replaces an attachment with a new file: the new version takes the old one's place, title and
 * access, and the old one is kept, marked as replaced by it, so what a body was sent can still
 * be read. A redacted version redacts the old content, so the new version starts without one.
 */
export async function replaceCaseDocument({
  actor,
  document,
  file,
  title,
  tx,
}: {
  actor: Actor;
  document: LockedAttachment;
  file: StoredFile;
  /** A new title, or the old one kept. */
  title: string | null;
  tx: Database;
}): Promise<{ documentId: number }> {
  const caseId = document.case_id ?? 0;
  await refuseDuplicate(tx, { caseId, sha256: file.sha256, field: "file" });
  await recordBlob(tx, file);
  const { job, ...rendition } = renditionOf(file);
  const created = await tx
    .insertInto("document")
    .values({
      sha256: file.sha256,
      file_name: file.fileName,
      title: title ?? document.title,
      kind: "attachment",
      access: document.access,
      exemption_basis: document.exemption_basis,
      case_id: caseId,
      position: document.position,
      version: document.version + 1,
      ...rendition,
      page_count: file.pageCount ?? null,
      uploaded_by_user_id: actor.kind === "user" ? actor.user.id : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .updateTable("document")
    .set({ replaced_by_id: created.id, replaced_at: new Date() })
    .where("id", "=", document.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "document.replace",
    entityType: "document",
    entityId: created.id,
    visibility: await caseVisibility(tx, caseId),
    details: {
      caseId,
      replaces: document.id,
      version: document.version + 1,
      fileName: file.fileName,
      sha256: file.sha256,
    },
  });
  if (job) await enqueueJob(tx, job, { documentId: created.id });
  return { documentId: created.id };
}
