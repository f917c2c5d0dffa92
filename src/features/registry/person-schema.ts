import { z } from "zod";
import { optionalId, optionalText, requiredText } from "../../web/form-input.ts";

const email = z.email();

export const personFormSchema = z.object({
  givenName: requiredText("Skriv inn fornavnet.", 100),
  familyName: requiredText("Skriv inn etternavnet.", 100),
  email: optionalText(200).refine(
    (value) => value === null || email.safeParse(value).success,
    "Skriv inn en gyldig e-postadresse, for eksempel navn@kommune.no.",
  ),
  phone: optionalText(30).refine(
    (value) => value === null || /^\+?[0-9][0-9 ()-]{2,28}$/.test(value),
    "Skriv inn et gyldig telefonnummer med sifre, eventuelt med + foran.",
  ),
  partyId: optionalId("Velg et parti fra listen."),
});

export type PersonInput = z.infer<typeof personFormSchema>;

export const PERSON_LABELS = {
  givenName: "Fornavn",
  familyName: "Etternavn",
  email: "E-post",
  phone: "Telefon",
  partyId: "Parti",
};
