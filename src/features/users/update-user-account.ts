import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { changedFields } from "../registry/changes.ts";
import {
  assertAnotherActiveAdministrator,
  assertPersonExists,
  type UserAccount,
} from "./user-queries.ts";
import type { UserUpdateInput } from "./user-schema.ts";

export async function updateUserAccount({
  actor,
  account,
  input,
  tx,
}: {
  actor: Actor;
  account: UserAccount;
  input: UserUpdateInput;
  tx: Database;
}): Promise<void> {
  if (account.role === "administrator" && account.active && input.role !== "administrator")
    await assertAnotherActiveAdministrator(tx, account, "role");
  await assertPersonExists(tx, input.personId);
  await tx
    .updateTable("app_user")
    .set({
      display_name: input.displayName,
      role: input.role,
      person_id: input.personId,
      email: input.email,
      may_approve_cases: input.mayApproveCases,
    })
    .where("id", "=", account.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "user.update",
    visibility: "internal",
    entityType: "app_user",
    entityId: account.id,
    details: changedFields({ ...account }, input),
  });
}
