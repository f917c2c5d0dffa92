import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { caseVisibility } from "../public-access/published.ts";
import { publicItemLabel, recordMeetingChange } from "../publishing/meeting-changes.ts";
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
  await logOnNoticedAgendas(tx, {
    actor,
    caseId,
    documentId: created.id,
    // The log is public: an exempt attachment is named by its public title, or not at all.
    title: document.access === "public" ? `«${title ?? document.title}»` : "unntatt offentlighet",
    version: document.version + 1,
  });
  if (job) await enqueueJob(tx, job, { documentId: created.id });
  return { documentId: created.id };
}

/**
 * A replaced attachment on a case whose meeting has had its notice is a correction after the
 * notice: it goes in each such meeting's change log, for the next round of papers to announce.
 */
async function logOnNoticedAgendas(
  tx: Database,
  {
    actor,
    caseId,
    documentId,
    title,
    version,
  }: { actor: Actor; caseId: number; documentId: number; title: string; version: number },
): Promise<void> {
  const items = await tx
    .selectFrom("agenda_item as a")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .select(["a.id", "m.id as meeting_id", "m.status"])
    .where("a.case_id", "=", caseId)
    .where("m.status", "=", "notice_published")
    .execute();
  for (const item of items)
    await recordMeetingChange(tx, {
      actor,
      meeting: { id: item.meeting_id, status: item.status },
      kind: "document_replaced",
      agendaItemId: item.id,
      documentId,
      description: `Vedlegget ${title} i ${await publicItemLabel(tx, item.id)} er erstattet med versjon ${version}`,
      now: new Date(),
    });
}
