import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { issuePassword } from "./issue-password.ts";
import type { UserAccount } from "./user-queries.ts";

/**
 * A new one-time password, which the user replaces at the next login; whoever held the old
 * one is signed out everywhere.
 */
export async function resetUserPassword({
  actor,
  account,
  tx,
}: {
  actor: Actor;
  account: UserAccount;
  tx: Database;
}): Promise<string> {
  const { password, passwordHash } = await issuePassword();
  await tx
    .updateTable("app_user")
    .set({ password_hash: passwordHash, must_change_password: true })
    .where("id", "=", account.id)
    .execute();
  await tx.deleteFrom("session").where("user_id", "=", account.id).execute();
  await writeAudit(tx, {
    actor,
    action: "user.reset_password",
    visibility: "internal",
    entityType: "app_user",
    entityId: account.id,
  });
  return password;
}
