import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { issuePassword } from "./issue-password.ts";
import { assertPersonExists } from "./user-queries.ts";
import type { NewUserInput } from "./user-schema.ts";

export async function createUserAccount({
  actor,
  input,
  tx,
}: {
  actor: Actor;
  input: NewUserInput;
  tx: Database;
}): Promise<{ id: number; username: string; password: string }> {
  const taken = await tx
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", input.username)
    .executeTakeFirst();
  if (taken) throw new Refusal({ username: "Brukernavnet er allerede i bruk." });
  await assertPersonExists(tx, input.personId);
  const { password, passwordHash } = await issuePassword();
  const created = await tx
    .insertInto("app_user")
    .values({
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      person_id: input.personId,
      email: input.email,
      may_approve_cases: input.mayApproveCases,
      password_hash: passwordHash,
      must_change_password: true,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    action: "user.create",
    visibility: "internal",
    entityType: "app_user",
    entityId: created.id,
    details: { ...input },
  });
  return { id: created.id, username: input.username, password };
}
