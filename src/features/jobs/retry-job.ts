import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { notifyJobWorkers } from "../../jobs/enqueue-job.ts";
import { NotFoundError } from "../../policies/policy.ts";

/**
 * Queues a dead job again with a full set of attempts, for when what made it fail has been
 * put right (the mail server is back, a setting is fixed). Its handler is idempotent, so a
 * mail that did get through before is not sent a second time to the outbox.
 */
export async function retryJob({
  actor,
  jobId,
  tx,
}: {
  actor: Actor;
  jobId: number;
  tx: Database;
}): Promise<void> {
  const job = await tx
    .selectFrom("job")
    .select(["id", "type", "status"])
    .where("id", "=", jobId)
    .forUpdate()
    .executeTakeFirst();
  if (!job) throw new NotFoundError();
  if (job.status !== "dead")
    throw new Refusal({ form: "Bare jobber som har feilet for godt, kan prøves igjen." });
  const now = new Date();
  await tx
    .updateTable("job")
    .set({ status: "queued", attempts: 0, run_at: now, finished_at: null, updated_at: now })
    .where("id", "=", jobId)
    .execute();
  await notifyJobWorkers(tx, job.type);
  await writeAudit(tx, {
    actor,
    action: "job.retry",
    visibility: "internal",
    entityType: "job",
    entityId: jobId,
    details: { type: job.type },
  });
}
