import { z } from "zod";
import { ROLE_NAMES } from "../../auth/roles.ts";
import type { UserRole } from "../../db/schema.ts";
import { optionalId, requiredText } from "../../web/form-input.ts";

export const USER_ROLES = Object.keys(ROLE_NAMES) as [UserRole, ...UserRole[]];

const accountFields = {
  displayName: requiredText("Skriv inn navnet som skal vises.", 100),
  role: z.enum(USER_ROLES, { error: "Velg en rolle." }),
  personId: optionalId("Velg en person fra listen."),
  // Where decision notices and other mail to staff go; an account may have none.
  email: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.union([
      z.literal("").transform(() => null),
      z.email("Skriv en gyldig e-postadresse, for eksempel kari@kommune.no.").max(200),
    ]),
  ),
  // A checkbox: sent as "on" when ticked, left out when not.
  mayApproveCases: z.preprocess((value) => value === "on", z.boolean()),
};

/** Usernames are typed at login, so they are kept to what is easy to type and read back. */
const username = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : ""),
  z
    .string()
    .regex(
      /^[a-z0-9.-]{3,60}$/,
      "Brukernavnet må ha 3–60 tegn: små bokstaver, sifre, punktum eller bindestrek.",
    ),
);

export const newUserSchema = z.object({ username, ...accountFields });
export const userUpdateSchema = z.object(accountFields);

export type NewUserInput = z.infer<typeof newUserSchema>;
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

export const USER_LABELS = {
  username: "Brukernavn",
  displayName: "Navn",
  role: "Rolle",
  personId: "Person",
  email: "E-post",
  mayApproveCases: "Kan godkjenne saksframlegg for kommunedirektøren",
  active: "Tilgang",
};
