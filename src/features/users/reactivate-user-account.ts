import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import type { UserAccount } from "./user-queries.ts";

export async function reactivateUserAccount({
  actor,
  account,
  tx,
}: {
  actor: Actor;
  account: UserAccount;
  tx: Database;
}): Promise<void> {
  if (account.active) return;
  await tx.updateTable("app_user").set({ disabled: false }).where("id", "=", account.id).execute();
  await writeAudit(tx, {
    actor,
    action: "user.reactivate",
    visibility: "internal",
    entityType: "app_user",
    entityId: account.id,
  });
}
