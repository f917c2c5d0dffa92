import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { agendaPublished, casePublished } from "../public-access/published.ts";

/**
 * A document the public may download: public in itself (the `public_document` view), and
 * announced, through a published meeting or a case on a published agenda.
 */
export async function findDownloadableDocument(db: Database, documentId: number) {
  return db
    .selectFrom("public_document as d")
    .innerJoin("blob as b", "b.sha256", "d.sha256")
    .select(["d.id", "d.sha256", "d.file_name", "b.media_type"])
    .where("d.id", "=", documentId)
    .where(
      sql<boolean>`(exists (
        select 1 from meeting dm where dm.id = d.meeting_id and ${agendaPublished("dm")}
      ) or ${casePublished("d.case_id")})`,
    )
    .executeTakeFirst();
}

/**
 * A case's attachments as the workspace lists them: the current ones in their order, then the
 * versions they replaced, newest first. Every column is the original's: this is never shown
 * to the public.
 */
export async function listCaseAttachments(db: Database, caseId: number) {
  return db
    .selectFrom("document as d")
    .innerJoin("blob as b", "b.sha256", "d.sha256")
    .select([
      "d.id",
      "d.sha256",
      "d.title",
      "d.file_name",
      "d.position",
      "d.version",
      "d.access",
      "d.exemption_basis",
      "d.rendition",
      "d.rendition_error",
      "d.pdf_sha256",
      "d.page_count",
      "d.redacted_sha256",
      "d.public_title",
      "d.replaced_by_id",
      "d.replaced_at",
      "d.created_at",
      "b.size",
      "b.media_type",
    ])
    .where("d.case_id", "=", caseId)
    .where("d.kind", "=", "attachment")
    .orderBy(sql`d.replaced_by_id is not null`)
    .orderBy("d.position")
    .orderBy("d.replaced_at", "desc")
    .orderBy("d.id", "desc")
    .execute();
}

export type AttachmentRow = Awaited<ReturnType<typeof listCaseAttachments>>[number];

/**
 * One current attachment of the case, locked for a change; a document of another case, a
 * replaced one or none at all answers 404, so a form cannot reach past its case.
 */
export async function lockCaseAttachment(tx: Database, caseId: number, documentId: number) {
  const row = await tx
    .selectFrom("document")
    .select([
      "id",
      "case_id",
      "title",
      "sha256",
      "file_name",
      "position",
      "version",
      "access",
      "exemption_basis",
      "redacted_sha256",
      "public_title",
    ])
    .where("id", "=", documentId)
    .where("case_id", "=", caseId)
    .where("kind", "=", "attachment")
    .where("replaced_by_id", "is", null)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

export type LockedAttachment = Awaited<ReturnType<typeof lockCaseAttachment>>;
