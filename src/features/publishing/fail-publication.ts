import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";

export const PUBLISHING_ACTOR: Actor = { kind: "system", name: "Publisering" };

/**
 * Stops a round whose document could not be made: the round is failed with a Norwegian message
 * the secretariat sees, and nothing of it was ever visible, so nothing is undone. A round that
 * is no longer generating is left as it is.
 */
export async function failPublication({
  tx,
  publicationId,
  reason,
  task,
  now,
}: {
  tx: Database;
  publicationId: number;
  /** What the secretariat reads, in Norwegian. */
  reason: string;
  /** The task that failed, with the error it gave; none when the round as a whole stopped. */
  task?: { name: string; error: string };
  now: Date;
}): Promise<void> {
  const publication = await tx
    .selectFrom("meeting_publication")
    .select(["id", "meeting_id", "status"])
    .where("id", "=", publicationId)
    .forUpdate()
    .executeTakeFirst();
  if (publication?.status !== "generating") return;
  if (task)
    await tx
      .updateTable("publication_task")
      .set({ status: "failed", error: task.error, finished_at: now })
      .where("publication_id", "=", publicationId)
      .where("name", "=", task.name)
      .execute();
  await tx
    .updateTable("meeting_publication")
    .set({ status: "failed", failed_at: now, failure_reason: reason })
    .where("id", "=", publicationId)
    .execute();
  await writeAudit(tx, {
    actor: PUBLISHING_ACTOR,
    at: now,
    action: "meeting.publication_failed",
    visibility: "internal",
    entityType: "meeting",
    entityId: publication.meeting_id,
    details: { publicationId, task: task?.name ?? null, error: task?.error ?? reason },
  });
}

/** The reason shown when one document of the round could not be made. */
export const taskFailureReason = (label: string, error: string): string =>
  `${label} kunne ikke lages, så ingenting er publisert og ingen har fått e-post. Feilen var: ${error}`;
