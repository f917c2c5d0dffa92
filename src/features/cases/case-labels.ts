import type { AccessStatus, CaseType } from "../../db/schema.ts";

export const CASE_TYPES: readonly CaseType[] = ["PS", "RS", "OS", "IP", "SP", "DS"];

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  PS: "Politisk sak",
  RS: "Referatsak",
  OS: "Orienteringssak",
  IP: "Interpellasjon",
  SP: "Spørsmål",
  DS: "Delegert vedtak",
};

export const ACCESS_LABELS: Record<AccessStatus, string> = {
  public: "Offentlig",
  exempt: "Unntatt offentlighet",
};
