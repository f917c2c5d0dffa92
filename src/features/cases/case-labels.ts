import type { AccessStatus, CaseType } from "../../db/schema.ts";

export const CASE_TYPES: readonly CaseType[] = ["PS", "RS", "OS", "FO", "SP", "DS"];

export const ACCESS_LABELS: Record<AccessStatus, string> = {
  public: "Offentlig",
  exempt: "Unntatt offentlighet",
};
