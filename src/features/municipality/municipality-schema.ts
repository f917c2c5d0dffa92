import { z } from "zod";
import { optionalText, optionalWholeNumber, requiredText } from "../../web/form-input.ts";

export const municipalityFormSchema = z.object({
  name: requiredText("Skriv inn kommunens navn.", 100),
  shortName: requiredText("Skriv inn et kortnavn.", 40),
  organisationNumber: optionalText(20).refine(
    (value) => value === null || /^\d{9}$/.test(value.replace(/\s/g, "")),
    "Organisasjonsnummeret har ni siffer.",
  ),
  // Empty means the default; more than 50 pages would be no limit at all.
  presentationPageLimit: optionalWholeNumber(
    "Skriv sidegrensen som et helt tall fra 1 til 50.",
    1,
  ).refine(
    (value) => value === null || value <= 50,
    "Skriv sidegrensen som et helt tall fra 1 til 50.",
  ),
});

export type MunicipalityInput = z.infer<typeof municipalityFormSchema>;

export const MUNICIPALITY_LABELS = {
  name: "Navn",
  shortName: "Kortnavn",
  organisationNumber: "Organisasjonsnummer",
  presentationPageLimit: "Sidegrense for saksframlegg",
};

/** The "two-page rule" members ask for, when the municipality has set no limit of its own. */
export const DEFAULT_PRESENTATION_PAGE_LIMIT = 2;
