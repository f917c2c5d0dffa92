import { z } from "zod";
import { optionalText, requiredText } from "../../web/form-input.ts";

export const municipalityFormSchema = z.object({
  name: requiredText("Skriv inn kommunens navn.", 100),
  shortName: requiredText("Skriv inn et kortnavn.", 40),
  organisationNumber: optionalText(20).refine(
    (value) => value === null || /^\d{9}$/.test(value.replace(/\s/g, "")),
    "Organisasjonsnummeret har ni siffer.",
  ),
});

export type MunicipalityInput = z.infer<typeof municipalityFormSchema>;

export const MUNICIPALITY_LABELS = {
  name: "Navn",
  shortName: "Kortnavn",
  organisationNumber: "Organisasjonsnummer",
};
