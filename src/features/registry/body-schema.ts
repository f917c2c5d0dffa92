import { z } from "zod";
import { checkbox, longText, requiredText, wholeNumber } from "../../web/form-input.ts";
import { BODY_KINDS } from "./body-kinds.ts";

/** The body's name in addresses: lowercase letters, digits and single hyphens between them. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const bodyFormSchema = z.object({
  name: requiredText("Skriv inn navnet på utvalget.", 200),
  shortName: requiredText("Skriv inn kortnavnet.", 50),
  slug: requiredText("Skriv inn navnet i nettadressen.", 80).refine(
    (slug) => SLUG.test(slug),
    "Bruk bare små bokstaver a–z, sifre og bindestrek, for eksempel «formannskapet».",
  ),
  kind: z.enum(BODY_KINDS, { error: "Velg type utvalg." }),
  seatCount: wholeNumber("Skriv antall plasser som et helt tall, minst 1.", 1),
  noticeDays: wholeNumber("Skriv antall dager som et helt tall, 0 eller mer.", 0),
  description: longText(5000),
  isActive: checkbox(),
});

export type BodyInput = z.infer<typeof bodyFormSchema>;

export const BODY_LABELS = {
  name: "Navn",
  shortName: "Kortnavn",
  slug: "Navn i nettadressen",
  kind: "Type utvalg",
  seatCount: "Antall plasser med stemmerett",
  noticeDays: "Frist for innkalling (dager)",
  description: "Beskrivelse",
  isActive: "Aktivt",
};
