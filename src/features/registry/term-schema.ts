import { z } from "zod";
import { day, requiredText } from "../../web/form-input.ts";

export const termFormSchema = z
  .object({
    name: requiredText("Skriv inn navnet på valgperioden.", 100),
    startsOn: day("Skriv inn en gyldig startdato."),
    endsOn: day("Skriv inn en gyldig sluttdato."),
  })
  .refine((term) => term.endsOn > term.startsOn, {
    path: ["endsOn"],
    message: "Sluttdatoen må være etter startdatoen.",
  });

export type TermInput = z.infer<typeof termFormSchema>;

export const TERM_LABELS = { name: "Navn", startsOn: "Startdato", endsOn: "Sluttdato" };
