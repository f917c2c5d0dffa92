import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import type { DocumentKind } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { caseVisibility } from "../public-access/published.ts";

/** A file already put in the blob store, named by the sha256 of its bytes. */
export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}

/**
 * Files a document in a case. A document of an exempt case is withheld on the same basis, so
 * the public views can never show what the case itself hides.
 */
export async function addCaseDocument({
  actor,
  caseId,
  file,
  title,
  kind,
  now,
  tx,
}: {
  actor: Actor;
  caseId: number;
  file: StoredFile;
  title: string;
  kind: DocumentKind;
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
  await tx
    .insertInto("blob")
    .values({ sha256: file.sha256, size: file.size, media_type: file.mediaType, created_at: now })
    .onConflict((conflict) => conflict.column("sha256").doNothing())
    .execute();
  const created = await tx
    .insertInto("document")
    .values({
      sha256: file.sha256,
      file_name: file.fileName,
      title,
      kind,
      access: found.access,
      exemption_basis: found.access === "exempt" ? found.exemption_basis : null,
      case_id: caseId,
      meeting_id: null,
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
    details: { caseId, kind, fileName: file.fileName, sha256: file.sha256 },
  });
  return { documentId: created.id };
}
