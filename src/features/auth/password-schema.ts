import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../../auth/passwords.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { nextPath } from "../../web/form-input.ts";

/** Passwords are taken as typed: a space at either end is part of the password. */
const password = (message: string) =>
  z.preprocess((value) => value ?? "", z.string({ error: message }).min(1, message));

const MAX_PASSWORD_LENGTH = 200;

export const passwordChangeSchema = z
  .object({
    currentPassword: password("Skriv inn passordet du har nå."),
    newPassword: z.preprocess(
      (value) => value ?? "",
      z
        .string({ error: "Skriv inn et nytt passord." })
        .min(
          MIN_PASSWORD_LENGTH,
          `Det nye passordet må ha minst ${formatNumber(MIN_PASSWORD_LENGTH)} tegn.`,
        )
        .max(
          MAX_PASSWORD_LENGTH,
          `Det nye passordet kan ha høyst ${formatNumber(MAX_PASSWORD_LENGTH)} tegn.`,
        ),
    ),
    repeatPassword: password("Skriv det nye passordet en gang til."),
    neste: nextPath(),
  })
  .refine((input) => input.newPassword === input.repeatPassword, {
    path: ["repeatPassword"],
    message: "Passordene er ikke like. Skriv det nye passordet likt begge gangene.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Det nye passordet må være et annet enn det du har nå.",
  });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

export const PASSWORD_LABELS = {
  currentPassword: "Passordet du har nå",
  newPassword: "Nytt passord",
  repeatPassword: "Gjenta det nye passordet",
};
