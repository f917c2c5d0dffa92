/**
 * Who made the recommendation put to a body, as the case presentation prints it: the previous
 * body's decision is "Formannskapets innstilling".
 *
 * A one-word name takes the genitive -s (Formannskapet → Formannskapets), or an apostrophe when
 * it already ends in s, x or z, as Norwegian writes it. A name of several words is a noun with a
 * phrase after it ("Hovedutvalg for oppvekst og kultur"): the -s would land on the last word of
 * the phrase ("… og kulturs"), which reads wrong, and "X sin" is spoken language, so the
 * presentation writes "Innstilling fra Hovedutvalg for oppvekst og kultur" instead.
 */
export function genitive(name: string): string {
  const trimmed = name.trim();
  return /[sxz]$/i.test(trimmed) ? `${trimmed}'` : `${trimmed}s`;
}

export const ADMINISTRATION_RECOMMENDATION = "Kommunedirektørens innstilling";

export function recommendationHeading(bodyName: string): string {
  const name = bodyName.trim().replace(/\s+/g, " ");
  return name.includes(" ") ? `Innstilling fra ${name}` : `${genitive(name)} innstilling`;
}
