import type { UserRole } from "../db/schema.ts";

export const ROLE_NAMES: Record<UserRole, string> = {
  administrator: "administrator",
  secretariat: "sekretariat",
  case_officer: "saksbehandler",
  member: "folkevalgt",
};
