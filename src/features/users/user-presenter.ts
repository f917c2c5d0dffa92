import { ROLE_NAMES } from "../../auth/roles.ts";
import { personPath } from "../registry/registry-paths.ts";
import { userPath } from "./user-paths.ts";
import type { UserAccount, UserAccountRow } from "./user-queries.ts";

/** Whether the account may sign in, as a tag. */
export interface AccountStatus {
  label: string;
  color: "success" | "neutral";
}

const accountStatus = (active: boolean): AccountStatus =>
  active ? { label: "Aktiv", color: "success" } : { label: "Deaktivert", color: "neutral" };

export interface UserRowView {
  id: number;
  href: string;
  username: string;
  displayName: string;
  roleLabel: string;
  person: { name: string; href: string } | null;
  status: AccountStatus;
}

export const presentUserRow = (row: UserAccountRow): UserRowView => ({
  id: row.id,
  href: userPath(row.id),
  username: row.username,
  displayName: row.display_name,
  roleLabel: ROLE_NAMES[row.role],
  person:
    row.person_id === null
      ? null
      : { name: `${row.given_name} ${row.family_name}`, href: personPath(row.person_id) },
  status: accountStatus(!row.disabled),
});

/** An account named by its username, with a link to its page. */
export interface AccountLink {
  href: string;
  username: string;
}

export const presentAccountLink = (account: { id: number; username: string }): AccountLink => ({
  href: userPath(account.id),
  username: account.username,
});

export interface UserAccountView extends AccountLink {
  active: boolean;
  status: AccountStatus;
  /** The one-time password the system made is still the one in use. */
  mustChangePassword: boolean;
}

export const presentUserAccount = (account: UserAccount): UserAccountView => ({
  ...presentAccountLink(account),
  active: account.active,
  status: accountStatus(account.active),
  mustChangePassword: account.mustChangePassword,
});

export interface UserFormValues {
  username: string;
  displayName: string;
  role: string;
  personId: string;
  email: string;
  mayApproveCases: string;
}

export const userFormValues = (account: UserAccount): Partial<UserFormValues> => ({
  displayName: account.displayName,
  role: account.role,
  personId: account.personId === null ? "" : String(account.personId),
  email: account.email ?? "",
  mayApproveCases: account.mayApproveCases ? "on" : "",
});
