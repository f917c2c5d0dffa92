import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { caseVisibility } from "../public-access/published.ts";
import type { DocumentAccess } from "./add-case-document.ts";
import type { LockedAttachment } from "./queries.ts";

/**
 * Changes an attachment's title and its own public access. A document of an exempt case stays
 * exempt on the case's basis, whatever the form says. A document made public loses its
 * redacted version, which stood in for an original the public may now see itself.
 */
export async function updateCaseDocument({
  actor,
  document,
  title,
  access,
  tx,
}: {
  actor: Actor;
  document: LockedAttachment;
  title: string;
  access: DocumentAccess;
  tx: Database;
}): Promise<{ documentId: number }> {
  const caseId = document.case_id ?? 0;
  const owner = await tx
    .selectFrom("case")
    .select(["access", "exemption_basis"])
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
  const own: DocumentAccess =
    owner.access === "exempt"
      ? { access: "exempt", exemptionBasis: owner.exemption_basis }
      : access;
  const exempt = own.access === "exempt";
  if (exempt && !own.exemptionBasis)
    throw new Refusal({
      exemptionBasis: "Oppgi hjemmelen når dokumentet er unntatt offentlighet.",
    });
  await tx
    .updateTable("document")
    .set({
      title,
      access: own.access,
      exemption_basis: exempt ? own.exemptionBasis : null,
      ...(exempt ? {} : { redacted_sha256: null, public_title: null }),
    })
    .where("id", "=", document.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "document.update",
    entityType: "document",
    entityId: document.id,
    visibility: await caseVisibility(tx, caseId),
    details: {
      caseId,
      ...(title !== document.title ? { title: { from: document.title, to: title } } : {}),
      ...(own.access !== document.access
        ? { access: { from: document.access, to: own.access } }
        : {}),
    },
  });
  return { documentId: document.id };
}
