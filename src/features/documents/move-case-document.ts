import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { caseVisibility } from "../public-access/published.ts";
import type { LockedAttachment } from "./queries.ts";

/**
 * Moves an attachment one place up or down in the case's list (vedlegg 1, 2 …) by swapping it
 * with its neighbour; at the top or bottom it stays where it is.
 */
export async function moveCaseDocument({
  actor,
  document,
  direction,
  tx,
}: {
  actor: Actor;
  document: LockedAttachment;
  direction: "up" | "down";
  tx: Database;
}): Promise<{ moved: boolean }> {
  const caseId = document.case_id;
  if (caseId === null || document.position === null) return { moved: false };
  const neighbour = await tx
    .selectFrom("document")
    .select(["id", "position"])
    .where("case_id", "=", caseId)
    .where("kind", "=", "attachment")
    .where("replaced_by_id", "is", null)
    .where("position", direction === "up" ? "<" : ">", document.position)
    .orderBy("position", direction === "up" ? "desc" : "asc")
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  if (!neighbour?.position) return { moved: false };
  await tx
    .updateTable("document")
    .set({ position: neighbour.position })
    .where("id", "=", document.id)
    .execute();
  await tx
    .updateTable("document")
    .set({ position: document.position })
    .where("id", "=", neighbour.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "document.move",
    entityType: "document",
    entityId: document.id,
    visibility: await caseVisibility(tx, caseId),
    details: { caseId, from: document.position, to: neighbour.position },
  });
  return { moved: true };
}
