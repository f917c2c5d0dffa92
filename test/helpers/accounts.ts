import { hashPassword } from "../../src/auth/passwords.ts";
import { commit } from "../../src/commit/commit.ts";
import { refusalLines, succeeded } from "../../src/commit/outcome.ts";
import type { Database } from "../../src/db/database.ts";
import type { UserRole } from "../../src/db/schema.ts";
import { createUserAccount } from "../../src/features/users/create-user-account.ts";

/**
 * An account made by the administrator's use case, then given a password the test (or the
 * benchmark) chose, so it can sign in without the one-time password the use case shows once.
 */
export async function createUser(
  db: Database,
  account: {
    username: string;
    displayName: string;
    role: UserRole;
    password: string;
    personId?: number;
    /** Where decision notices reach the account. */
    email?: string;
    /** May approve case presentations for the chief executive. */
    mayApproveCases?: boolean;
    /** True to keep the first-login change of password that every new account has. */
    mustChangePassword: boolean;
  },
): Promise<number> {
  const passwordHash = await hashPassword(account.password);
  const outcome = await commit({ db }, async (tx) => {
    const created = await createUserAccount({
      actor: { kind: "system", name: "Testdata" },
      input: {
        username: account.username.toLowerCase(),
        displayName: account.displayName,
        role: account.role,
        personId: account.personId ?? null,
        email: account.email ?? null,
        mayApproveCases: account.mayApproveCases ?? false,
      },
      tx,
    });
    await tx
      .updateTable("app_user")
      .set({ password_hash: passwordHash, must_change_password: account.mustChangePassword })
      .where("id", "=", created.id)
      .execute();
    return succeeded(created.id);
  });
  if (!outcome.ok) throw new Error(refusalLines(outcome.errors).join(" "));
  return outcome.value;
}
