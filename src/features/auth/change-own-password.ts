import { type Actor, writeAudit } from "../../audit.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { endOtherSessions } from "../../auth/session.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";

/**
 * The signed-in user replaces their password, after proving they know the one they have: a
 * session left open on a shared computer is not enough. Their other sessions end, since a
 * password is changed most often because someone else may know the old one.
 */
export async function changeOwnPassword({
  actor,
  currentPassword,
  newPassword,
  session,
  tx,
}: {
  actor: Actor & { kind: "user" };
  currentPassword: string;
  newPassword: string;
  /** The cookie value of the session the change is made in, which stays signed in. */
  session: string;
  tx: Database;
}): Promise<void> {
  const account = await tx
    .selectFrom("app_user")
    .select("password_hash")
    .where("id", "=", actor.user.id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(account.password_hash, currentPassword)))
    throw new Refusal({ currentPassword: "Passordet du har nå, stemmer ikke." });
  await tx
    .updateTable("app_user")
    .set({ password_hash: await hashPassword(newPassword), must_change_password: false })
    .where("id", "=", actor.user.id)
    .execute();
  await endOtherSessions(tx, actor.user.id, session);
  await writeAudit(tx, {
    actor,
    action: "user.change_password",
    visibility: "internal",
    entityType: "app_user",
    entityId: actor.user.id,
  });
}
