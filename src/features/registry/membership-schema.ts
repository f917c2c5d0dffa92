import { z } from "zod";
import type { MembershipRole } from "../../db/schema.ts";
import {
  checkbox,
  day,
  optionalDay,
  optionalId,
  optionalWholeNumber,
  requiredId,
} from "../../web/form-input.ts";

const ROLES: [MembershipRole, ...MembershipRole[]] = [
  "leader",
  "deputy_leader",
  "member",
  "substitute",
  "observer",
];

export const addMembershipSchema = z.object({
  termId: requiredId("Velg en valgperiode."),
  personId: requiredId("Velg en person."),
  role: z.enum(ROLES, { error: "Velg en rolle." }),
  listId: optionalId("Velg en liste fra listen."),
  substituteRank: optionalWholeNumber("Skriv nummeret som et helt tall, minst 1.", 1),
  hasVote: checkbox(),
  startsOn: day("Skriv inn en gyldig startdato."),
  endsOn: optionalDay("Skriv inn en gyldig sluttdato, eller la feltet stå tomt."),
});

export type AddMembershipInput = z.infer<typeof addMembershipSchema>;

export const MEMBERSHIP_LABELS = {
  termId: "Valgperiode",
  personId: "Person",
  role: "Rolle",
  listId: "Liste",
  substituteRank: "Nummer i vararekkefølgen",
  hasVote: "Stemmerett",
  startsOn: "Fra og med",
  endsOn: "Til og med",
};

export const endMembershipSchema = z.object({
  endsOn: day("Skriv inn en gyldig sluttdato."),
});

export const END_MEMBERSHIP_LABELS = { endsOn: "Siste dag i vervet" };
