import type { ClosureGround, ConflictBasis, SubstituteCallStatus } from "../../db/schema.ts";
import { formatTime } from "../../domain/time.ts";
import { entryNumberLabel } from "../meetings/meeting-labels.ts";
import type { AgendaEntry } from "../meetings/queries.ts";

/** The console's words for what it records, in bokmål, with the paragraphs they rest on. */

export const CLOSURE_GROUND_LABELS: Record<ClosureGround, string> = {
  confidentiality: "Taushetsplikt (kl. § 11-5 andre ledd)",
  employee: "En arbeidstakers tjenstlige forhold (kl. § 11-5 andre ledd)",
  privacy: "Personvern (kl. § 11-5 tredje ledd)",
  public_interest: "Tungtveiende offentlige interesser (kl. § 11-5 tredje ledd)",
};

export const CONFLICT_BASIS_LABELS: Record<ConflictBasis, string> = {
  fvl_6_first: "Fvl. § 6 første ledd (tilknytning til en part)",
  fvl_6_second: "Fvl. § 6 andre ledd (særegne forhold)",
  kl_11_10_second: "Kl. § 11-10 andre ledd (tidligere befatning som ansatt)",
};

export const CALL_STATUS_LABELS: Record<SubstituteCallStatus, string> = {
  called: "Innkalt, venter på svar",
  accepted: "Møter",
  declined: "Kan ikke møte",
};

/** A call not declined whose absence was withdrawn: the substitute is not to meet after all. */
export const RELEASED_CALL_LABEL = "Frigitt, medlemmet møter likevel";

/** "PS 12/26 Reguleringsplan for Nordbyen", or the title alone for an unnumbered item. */
export function itemLabel(entry: AgendaEntry): string {
  const number = entryNumberLabel(entry);
  return number ? `${number} ${entry.title}` : entry.title;
}

/** "sak 12" as minutes say it: the item's place on the agenda. */
export const itemPlace = (entry: { position: number }): string => `sak ${entry.position}`;

export const timeOrDash = (at: Date | null): string => (at ? `kl. ${formatTime(at)}` : "–");
