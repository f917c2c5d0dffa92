import type { BodyKind } from "../../db/schema.ts";

/** The kinds of body (organ) in the order the secretariat thinks of them. */
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  council: "Kommunestyre",
  executive_committee: "Formannskap",
  standing_committee: "Hovedutvalg/komité",
  planning_committee: "Planutvalg",
  control_committee: "Kontrollutvalg",
  administration_committee: "Administrasjonsutvalg",
  elderly_council: "Eldreråd",
  youth_council: "Ungdomsråd",
  disability_council: "Råd for personer med funksjonsnedsettelse",
  election_board: "Valgstyre",
  ad_hoc_committee: "Ad hoc-utvalg",
  other: "Annet",
};

export const BODY_KINDS = Object.keys(BODY_KIND_LABELS) as [BodyKind, ...BodyKind[]];
