import { z } from "zod";
import { checkbox, idList, requiredText } from "../../web/form-input.ts";

export const partyFormSchema = z
  .object({
    name: requiredText("Skriv inn navnet på partiet eller listen.", 200),
    shortName: requiredText("Skriv inn forkortelsen.", 20),
    isJointList: checkbox(),
    partyIds: idList("Velg partiene fra listen."),
  })
  .refine((party) => !party.isJointList || party.partyIds.length >= 2, {
    path: ["partyIds"],
    message: "En felles liste må bestå av minst to partier.",
  })
  // Ticked parties count only for a joint list; unticking the flag clears them.
  .transform((party) => ({ ...party, partyIds: party.isJointList ? party.partyIds : [] }));

export type PartyInput = z.infer<typeof partyFormSchema>;

export const PARTY_LABELS = {
  name: "Navn",
  shortName: "Forkortelse",
  isJointList: "Felles liste",
  partyIds: "Partier i den felles listen",
};
