import { z } from "zod";
import { STATUTORY_QUORUM_PERCENT, streamUrl } from "../../domain/rules.ts";
import {
  checkbox,
  longText,
  optionalText,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "../../web/form-input.ts";
import { BODY_KINDS } from "./body-kinds.ts";

/** The body's name in addresses: lowercase letters, digits and single hyphens between them. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const bodyFieldsSchema = z.object({
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

const QUORUM_MESSAGE =
  `Skriv kravet til vedtaksførhet som et helt tall fra ${STATUTORY_QUORUM_PERCENT} til 100 prosent, ` +
  "eller la feltet stå tomt for lovens krav. Kommuneloven § 11-9 krever minst halvparten.";
const MINUTES_MESSAGE =
  "Skriv taletiden i hele minutter, minst 1, eller la feltet stå tomt for ingen grense.";

/**
 * The numbers the body's rules of procedure (reglement) may set, read by bodyRules. An empty
 * field is the statute's default, which the body then keeps in no setting of its own.
 */
export const localRulesSchema = z.object({
  quorumPercent: optionalWholeNumber(QUORUM_MESSAGE, STATUTORY_QUORUM_PERCENT).refine(
    (value) => value === null || value <= 100,
    QUORUM_MESSAGE,
  ),
  speechMinutes: optionalWholeNumber(MINUTES_MESSAGE, 1),
  replyMinutes: optionalWholeNumber(MINUTES_MESSAGE, 1),
  answerMinutes: optionalWholeNumber(MINUTES_MESSAGE, 1),
  repliesPerSpeech: optionalWholeNumber(
    "Skriv antall replikker som et helt tall, 0 eller mer, eller la feltet stå tomt for ingen grense.",
    0,
  ),
  votesByName: checkbox(),
  videoStreamUrl: optionalText(500)
    .refine(
      (value) => value === null || streamUrl(value) !== null,
      "Skriv en nettadresse som begynner med https:// eller http://, for eksempel https://video.kommune.no/bystyret.",
    )
    .transform((value) => (value === null ? null : streamUrl(value))),
});

export type LocalRulesInput = z.infer<typeof localRulesSchema>;

export const LOCAL_RULE_KEYS = Object.keys(localRulesSchema.shape) as Array<keyof LocalRulesInput>;

export const bodyFormSchema = bodyFieldsSchema.extend(localRulesSchema.shape);

/**
 * What makes a body. The local rules are left out by those that build bodies in code (the demo,
 * the factories), and then stay as they are.
 */
export type BodyInput = z.infer<typeof bodyFieldsSchema> & Partial<LocalRulesInput>;

export const BODY_LABELS = {
  name: "Navn",
  shortName: "Kortnavn",
  slug: "Navn i nettadressen",
  kind: "Type utvalg",
  seatCount: "Antall plasser med stemmerett",
  noticeDays: "Frist for innkalling (dager)",
  description: "Beskrivelse",
  isActive: "Aktivt",
  quorumPercent: "Vedtaksført med (prosent av plassene)",
  speechMinutes: "Taletid for innlegg (minutter)",
  replyMinutes: "Taletid for replikk (minutter)",
  answerMinutes: "Taletid for svar på replikk (minutter)",
  repliesPerSpeech: "Replikker per innlegg",
  votesByName: "Stemmer føres med navn",
  videoStreamUrl: "Adressen til videooverføringen",
};
