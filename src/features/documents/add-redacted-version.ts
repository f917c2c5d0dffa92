import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { caseVisibility } from "../public-access/published.ts";
import { recordBlob, type StoredFile } from "./add-case-document.ts";
import type { LockedAttachment } from "./queries.ts";

/**
 * Gives an exempt attachment its redacted version (sladdet), a PDF the public gets instead of
 * the original, under a neutral title and with the document's legal basis. The original never
 * leaves the workspace: the public_document view serves only this file for it. The same bytes
 * as the original are no redaction and are refused.
 */
export async function addRedactedVersion({
  actor,
  document,
  file,
  publicTitle,
  tx,
}: {
  actor: Actor;
  document: LockedAttachment;
  file: StoredFile;
  publicTitle: string;
  tx: Database;
}): Promise<{ documentId: number }> {
  if (document.access !== "exempt")
    throw new Refusal({
      file: "Bare et dokument som er unntatt offentlighet, kan få en sladdet versjon.",
    });
  if (file.sha256 === document.sha256)
    throw new Refusal({
      file: "Filen er den samme som originalen. Last opp versjonen der det unntatte er sladdet.",
    });
  await recordBlob(tx, file);
  await tx
    .updateTable("document")
    .set({ redacted_sha256: file.sha256, public_title: publicTitle })
    .where("id", "=", document.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "document.redact",
    entityType: "document",
    entityId: document.id,
    visibility: await caseVisibility(tx, document.case_id ?? 0),
    details: {
      caseId: document.case_id,
      sha256: file.sha256,
      replacedRedaction: document.redacted_sha256,
    },
  });
  return { documentId: document.id };
}
