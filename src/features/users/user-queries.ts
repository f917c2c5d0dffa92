import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { UserRole } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";

export interface UserAccount {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  personId: number | null;
  email: string | null;
  /** May approve case presentations for the chief executive. */
  mayApproveCases: boolean;
  active: boolean;
  /** The password is one the system made, which the user replaces at their next login. */
  mustChangePassword: boolean;
}

export async function loadUserAccount(db: Database, id: number): Promise<UserAccount> {
  const row = await db
    .selectFrom("app_user")
    .select([
      "id",
      "username",
      "display_name",
      "role",
      "person_id",
      "email",
      "may_approve_cases",
      "disabled",
      "must_change_password",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    personId: row.person_id,
    email: row.email,
    mayApproveCases: row.may_approve_cases,
    active: !row.disabled,
    mustChangePassword: row.must_change_password,
  };
}

/** Every account by username, with the person it is linked to. */
export async function listUserAccounts(db: Database) {
  return db
    .selectFrom("app_user")
    .leftJoin("person", "person.id", "app_user.person_id")
    .select([
      "app_user.id",
      "app_user.username",
      "app_user.display_name",
      "app_user.role",
      "app_user.disabled",
      "person.id as person_id",
      "person.given_name",
      "person.family_name",
    ])
    .orderBy("app_user.username")
    .execute();
}

export type UserAccountRow = Awaited<ReturnType<typeof listUserAccounts>>[number];

export async function assertPersonExists(tx: Database, personId: number | null): Promise<void> {
  if (personId === null) return;
  const person = await tx
    .selectFrom("person")
    .select("id")
    .where("id", "=", personId)
    .executeTakeFirst();
  if (!person) throw new Refusal({ personId: "Velg en person fra listen." });
}

/**
 * Someone must always be able to manage accounts, so a change may not leave the municipality
 * without an active administrator. The administrators' rows are locked so that two changes at
 * once cannot each leave the other as the last one.
 */
export async function assertAnotherActiveAdministrator(
  tx: Database,
  account: UserAccount,
  field: string,
): Promise<void> {
  const others = await tx
    .selectFrom("app_user")
    .select("id")
    .where("role", "=", "administrator")
    .where("disabled", "=", false)
    .where("id", "<>", account.id)
    .forUpdate()
    .execute();
  if (others.length === 0)
    throw new Refusal({ [field]: "Det må finnes minst én aktiv administrator." });
}
