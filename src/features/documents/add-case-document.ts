import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { AccessStatus, DocumentKind } from "../../db/schema.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { caseVisibility } from "../public-access/published.ts";
import { convertDocumentJob, extractDocumentTextJob } from "./document-jobs.ts";
import { FORMATS, formatOfMediaType } from "./formats.ts";

/** A file already put in the blob store, named by the sha256 of its bytes. */
export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  /** Known for a PDF that was opened at upload; otherwise counted when its text is read. */
  pageCount?: number | null;
}

/** A document's own public access; an exempt one names its legal basis (hjemmel). */
export interface DocumentAccess {
  access: AccessStatus;
  exemptionBasis: string | null;
}

/**
 * The same file twice among a case's current attachments is a slip (the unique index
 * document_case_file_idx holds it too); the message names the attachment it already is.
 */
export async function refuseDuplicate(
  tx: Database,
  { caseId, sha256, field }: { caseId: number; sha256: string; field: string },
): Promise<void> {
  const existing = await tx
    .selectFrom("document")
    .select("title")
    .where("case_id", "=", caseId)
    .where("sha256", "=", sha256)
    .where("kind", "=", "attachment")
    .where("replaced_by_id", "is", null)
    .executeTakeFirst();
  if (existing)
    throw new Refusal({
      [field]: `Den samme filen er allerede vedlegg i saken, med tittelen «${existing.title}».`,
    });
}

/** Registers the blob row of a stored file once, whoever stored it first. */
export async function recordBlob(tx: Database, file: StoredFile, now?: Date): Promise<void> {
  await tx
    .insertInto("blob")
    .values({ sha256: file.sha256, size: file.size, media_type: file.mediaType, created_at: now })
    .onConflict((conflict) => conflict.column("sha256").doNothing())
    .execute();
}

/**
 * How the document's PDF comes about, and the job that carries it on: a PDF is its own PDF
 * and only its text is read; Word, OpenDocument and images wait for conversion; a file of
 * another kind (the demo's plain text) has no PDF.
 */
export function renditionOf(file: StoredFile) {
  const format = formatOfMediaType(file.mediaType);
  const conversion = format ? FORMATS[format].conversion : null;
  if (conversion === "none")
    return { pdf_sha256: file.sha256, rendition: "ready" as const, job: extractDocumentTextJob };
  if (conversion === null) return { pdf_sha256: null, rendition: "ready" as const, job: null };
  return { pdf_sha256: null, rendition: "pending" as const, job: convertDocumentJob };
}

/**
 * Files a document in a case. An attachment goes last in the case's list. A document of an
 * exempt case is withheld on the case's basis, whatever access it is given, so the public views
 * can never show what the case itself hides; in a public case a document can be exempt on its
 * own basis.
 */
export async function addCaseDocument({
  actor,
  caseId,
  file,
  title,
  kind,
  access,
  now,
  tx,
}: {
  actor: Actor;
  caseId: number;
  file: StoredFile;
  title: string;
  kind: DocumentKind;
  /** By default the case's own. */
  access?: DocumentAccess;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<{ documentId: number }> {
  const found = await tx
    .selectFrom("case")
    .select(["access", "exemption_basis"])
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!found) throw new NotFoundError();
  if (kind === "attachment")
    await refuseDuplicate(tx, { caseId, sha256: file.sha256, field: "file" });
  const own =
    found.access === "exempt"
      ? { access: "exempt" as const, exemptionBasis: found.exemption_basis }
      : (access ?? { access: "public" as const, exemptionBasis: null });
  const position =
    kind === "attachment"
      ? ((
          await tx
            .selectFrom("document")
            .select((eb) => eb.fn.max("position").as("last"))
            .where("case_id", "=", caseId)
            .where("kind", "=", "attachment")
            .where("replaced_by_id", "is", null)
            .executeTakeFirst()
        )?.last ?? 0) + 1
      : null;
  await recordBlob(tx, file, now);
  const { job, ...rendition } = renditionOf(file);
  const created = await tx
    .insertInto("document")
    .values({
      sha256: file.sha256,
      file_name: file.fileName,
      title,
      kind,
      access: own.access,
      exemption_basis: own.access === "exempt" ? own.exemptionBasis : null,
      case_id: caseId,
      meeting_id: null,
      position,
      ...rendition,
      page_count: file.pageCount ?? null,
      uploaded_by_user_id: actor.kind === "user" ? actor.user.id : null,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "document.add",
    visibility: await caseVisibility(tx, caseId),
    entityType: "document",
    entityId: created.id,
    details: { caseId, kind, fileName: file.fileName, sha256: file.sha256, access: own.access },
  });
  if (job) await enqueueJob(tx, job, { documentId: created.id });
  return { documentId: created.id };
}
