import { writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { hashToken } from "./alert-tokens.ts";
import { CITIZEN } from "./request-alert-subscription.ts";

export const INVALID_CONFIRMATION =
  "Lenken er ugyldig eller utløpt. Be om varsel på nytt, så sender vi en ny lenke.";

/** The second step of the double opt-in: the link's token confirms its subscription once. */
export async function confirmAlertSubscription({
  token,
  now,
  tx,
}: {
  token: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<null>> {
  const confirmed = await tx
    .updateTable("alert_subscription")
    .set({ confirmed_at: now, confirm_token_hash: null, confirm_expires_at: null })
    .where("confirm_token_hash", "=", hashToken(token))
    .where("confirm_expires_at", ">", now)
    .returning("id")
    .executeTakeFirst();
  if (!confirmed) return refused({ form: INVALID_CONFIRMATION });
  await writeAudit(tx, {
    actor: CITIZEN,
    at: now,
    action: "alert.confirm",
    visibility: "internal",
    entityType: "alert_subscription",
    entityId: confirmed.id,
  });
  return succeeded(null);
}
