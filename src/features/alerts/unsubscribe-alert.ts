import { writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { alertKey, isUnsubscribeToken } from "./alert-tokens.ts";
import { CITIZEN } from "./request-alert-subscription.ts";

export const INVALID_UNSUBSCRIBE = "Lenken for å melde seg av er ikke gyldig.";

/**
 * Deletes the subscription, and with it the address: nothing of it is kept. A link used a second
 * time finds nothing and succeeds all the same, as the address is no longer subscribed.
 */
export async function unsubscribeAlert({
  subscriptionId,
  token,
  now,
  tx,
}: {
  subscriptionId: number;
  token: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<null>> {
  if (!isUnsubscribeToken(await alertKey(tx), subscriptionId, token))
    return refused({ form: INVALID_UNSUBSCRIBE });
  const deleted = await tx
    .deleteFrom("alert_subscription")
    .where("id", "=", subscriptionId)
    .returning("id")
    .executeTakeFirst();
  if (deleted)
    await writeAudit(tx, {
      actor: CITIZEN,
      at: now,
      action: "alert.unsubscribe",
      visibility: "internal",
      entityType: "alert_subscription",
      entityId: subscriptionId,
    });
  return succeeded(null);
}
