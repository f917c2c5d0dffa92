import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Actor } from "../../audit.ts";
import type { SessionUser } from "../../auth/session.ts";
import { NotFoundError } from "../../policies/policy.ts";

/**
 * What every form handler in the workspace needs at its edge: errors by field name, the
 * outcome of a use case that may refuse, ids from the path and the signed-in user.
 */
export type FieldErrors = Record<string, string>;

/** A use case either succeeds or refuses with Norwegian messages by field; "form" is general. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const succeeded = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = (errors: FieldErrors): { ok: false; errors: FieldErrors } => ({
  ok: false,
  errors,
});

/** The first message per field, keyed by the field's name in the form. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/** The submitted form as strings, to show the user what they wrote when it is re-rendered. */
export function submittedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof body !== "object" || body === null) return values;
  for (const [key, value] of Object.entries(body))
    if (typeof value === "string" && key !== "_csrf") values[key] = value;
  return values;
}

/** An id from the path; anything but a plain positive number names nothing, so 404. */
export function parseId(value: unknown): number {
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) throw new NotFoundError();
  return Number(value);
}

/** The signed-in user; the route's requireUser has already sent everyone else to log in. */
export function signedInUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new NotFoundError();
  return request.user;
}

export const userActor = (user: SessionUser): Actor => ({ kind: "user", user });

/** A LIKE pattern that matches the user's text literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
