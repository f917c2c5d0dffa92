import type { Database } from "../../db/database.ts";

/**
 * An address nobody confirmed is not kept: the subscription goes when its link expires. No audit
 * row, as the row was never more than a request (its own request is in the log).
 */
export async function deleteExpiredSubscriptions({
  now,
  tx,
}: {
  now: Date;
  tx: Database;
}): Promise<number> {
  const deleted = await tx
    .deleteFrom("alert_subscription")
    .where("confirmed_at", "is", null)
    .where("confirm_expires_at", "<=", now)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
