import { formatDay } from "../../../domain/time.ts";

export interface AccessibilityPageModel {
  contactEmail: string;
  statementDate: string;
}

/** A placeholder address for the accessibility statement, from the municipality's short name. */
function postmottakAddress(shortName: string): string {
  const domain = shortName
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/\s+(fylkes)?kommune$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `postmottak@${domain || "kommunen"}.kommune.no`;
}

export function presentAccessibilityPage(input: {
  municipalityShortName: string;
  /** The day the statement was last reviewed, "YYYY-MM-DD". */
  statementDay: string;
}): AccessibilityPageModel {
  return {
    contactEmail: postmottakAddress(input.municipalityShortName),
    statementDate: formatDay(input.statementDay),
  };
}
