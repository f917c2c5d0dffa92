import { z } from "zod";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import { postedList, requiredText } from "../../web/form-input.ts";

/** The console's forms as they arrive, checked at the edge with Norwegian messages. */

const ID = /^[1-9]\d{0,8}$/;

const id = (message: string) =>
  z
    .preprocess((value) => value ?? "", z.string({ error: message }).regex(ID, message))
    .transform(Number);

const optionalId = (message: string) =>
  z
    .preprocess((value) => value ?? "", z.string({ error: message }))
    .refine((value) => value === "" || ID.test(value), message)
    .transform((value) => (value === "" ? null : Number(value)));

const choice = <T extends string>(values: readonly [T, ...T[]], message: string) =>
  z.preprocess((value) => value ?? "", z.enum(values, { error: message }));

const count = (message: string) =>
  z
    .preprocess(
      (value) => value ?? "",
      z
        .string({ error: message })
        .trim()
        .regex(/^\d{1,4}$/, message),
    )
    .transform(Number);

export const absenceSchema = z.object({
  person: id("Velg hvem som har meldt forfall."),
  fromItem: optionalId("Velg hele møtet eller en sak fra sakslisten."),
  reason: requiredText("Skriv grunnen til forfallet."),
});

export const substituteSchema = z.object({
  substitute: id("Velg varamedlemmet som skal kalles inn."),
});

export const answerSchema = z.object({
  answer: choice(["accepted", "declined"], "Velg om varamedlemmet møter."),
});

export const attendanceSchema = z.object({
  attendancePerson: id("Velg hvem som kom eller gikk."),
  attendanceKind: choice(["arrived", "left"], "Velg om personen kom eller gikk."),
});

export const conflictSchema = z.object({
  conflictPerson: id("Velg hvem habilitetsspørsmålet gjelder."),
  conflictBasis: choice(
    ["fvl_6_first", "fvl_6_second", "kl_11_10_second"],
    "Velg hjemmelen for habilitetsspørsmålet.",
  ),
  conflictGrounds: z.preprocess(
    (value) => value ?? "",
    z.string({ error: "Ugyldig verdi." }).trim().max(500, "Bruk høyst 500 tegn."),
  ),
});

export const rulingSchema = z.object({
  votesFor: count("Skriv antall stemmer for som et helt tall."),
  votesAgainst: count("Skriv antall stemmer mot som et helt tall."),
  chairVote: z
    .preprocess((value) => value ?? "", z.enum(["", "for", "against"], { error: "Ugyldig valg." }))
    .transform((value) => (value === "" ? null : value)),
});

export const closureSchema = z.object({
  ground: choice(
    ["confidentiality", "employee", "privacy", "public_interest"],
    "Velg grunnen til å lukke møtet.",
  ),
  basis: requiredText("Skriv hjemmelen for å lukke møtet."),
});

/** The roll call's ticked persons; anything but ids is refused. */
export function parseRollCall(body: unknown): Outcome<Set<number>> {
  const values = postedList(body, "present");
  return values.every((value) => ID.test(value))
    ? succeeded(new Set(values.map(Number)))
    : refused({ present: "Ugyldig valg." });
}
