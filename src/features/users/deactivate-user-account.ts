import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { assertAnotherActiveAdministrator, type UserAccount } from "./user-queries.ts";

/** Shuts the account out at once: its sessions end with it, not when they expire. */
export async function deactivateUserAccount({
  actor,
  account,
  tx,
}: {
  actor: Actor & { kind: "user" };
  account: UserAccount;
  tx: Database;
}): Promise<void> {
  if (account.id === actor.user.id)
    throw new Refusal({ active: "Du kan ikke deaktivere din egen konto." });
  if (!account.active) return;
  if (account.role === "administrator")
    await assertAnotherActiveAdministrator(tx, account, "active");
  await tx.updateTable("app_user").set({ disabled: true }).where("id", "=", account.id).execute();
  await tx.deleteFrom("session").where("user_id", "=", account.id).execute();
  await writeAudit(tx, {
    actor,
    action: "user.deactivate",
    visibility: "internal",
    entityType: "app_user",
    entityId: account.id,
  });
}
