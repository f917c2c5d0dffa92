import type { BodyKind, CaseType, MembershipRole } from "../../../db/schema.ts";
import { roleLabel } from "../../../domain/membership.ts";
import { caseNumberLabel } from "../../../domain/numbering.ts";

/** The words and colours the portal's pages share. */

export type TagColor = "neutral" | "info" | "success" | "danger" | "warning";

export const EXEMPT_LABEL = "Unntatt offentlighet";

/** An exempt case shows its neutral title and the legal basis, nothing of its content. */
export interface Exemption {
  basis: string;
}

export const exemptionOf = (row: {
  access: "public" | "exempt";
  exemption_basis: string | null;
}): Exemption | null =>
  row.access === "exempt" ? { basis: row.exemption_basis ?? "Ikke oppgitt" } : null;

/** The item's number in the meeting's series, such as "PS 12/26"; none for Eventuelt. */
export const itemNumberLabel = (item: {
  case_type: CaseType | null;
  series_year: number | null;
  series_number: number | null;
}): string =>
  caseNumberLabel({
    caseType: item.case_type,
    year: item.series_year,
    number: item.series_number,
  });

/** A seat's role as the public reads it; a substitute is named by rank. */
export const seatRoleLabel = (seat: {
  role: MembershipRole;
  substitute_rank: number | null;
  bodyKind: BodyKind;
}): string =>
  seat.role === "substitute"
    ? `${seat.substitute_rank}. varamedlem`
    : roleLabel(seat.role, seat.bodyKind);
