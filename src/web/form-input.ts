import { z } from "zod";
import { type FieldErrors, type Outcome, refused, succeeded } from "../commit/outcome.ts";
import { formatNumber } from "../domain/numbers.ts";
import { isIsoDay } from "../domain/time.ts";
import { localPath } from "./local-path.ts";

/**
 * Form input at the edge of the workspace: fields arrive as strings (or lists of strings for
 * repeated names), and a field the browser left out reads as empty, so every message the user
 * sees is ours. Errors are Norwegian messages by field name; "form" is a general error.
 */
/** The first message per field, in the order the fields were checked. */
function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/** The form checked against its schema, with the messages by field when it does not fit. */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): Outcome<z.output<Schema>> {
  const parsed = schema.safeParse(body);
  return parsed.success ? succeeded(parsed.data) : refused(fieldErrors(parsed.error));
}

/** The posted strings, to put back into the form when it is shown again with errors. */
export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof body !== "object" || body === null) return values;
  for (const [key, value] of Object.entries(body))
    if (typeof value === "string" && key !== "_csrf") values[key] = value;
  return values;
}

/** All values of a repeated field, such as a group of checkboxes. */
export function postedList(body: unknown, name: string): string[] {
  if (typeof body !== "object" || body === null) return [];
  const value = (body as Record<string, unknown>)[name];
  if (typeof value === "string") return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

const INVALID = "Ugyldig verdi.";
const emptyIfMissing = (value: unknown) => value ?? "";
const text = () => z.string({ error: INVALID }).trim();

export function requiredText(message: string, max = 200) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .min(1, message)
      .max(max, `Bruk høyst ${formatNumber(max)} tegn.`),
  );
}

/** Empty means "not given" and is stored as null. */
export function optionalText(max = 200) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .max(max, `Bruk høyst ${formatNumber(max)} tegn.`)
      .transform((value) => (value === "" ? null : value)),
  );
}

export function longText(max = 5000) {
  return z.preprocess(emptyIfMissing, text().max(max, `Bruk høyst ${formatNumber(max)} tegn.`));
}

/**
 * The years a date typed into the workspace can have. Outside them a date is a slip of the
 * keyboard (a meeting in 9999), or one PostgreSQL cannot store at all (year 0).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const YEAR_RANGE_MESSAGE = `Bruk et årstall fra ${FIRST_YEAR} til ${LAST_YEAR}.`;

/** A real calendar day outside the years above is refused with its own message. */
export function isDayInYearRange(value: string): boolean {
  if (!isIsoDay(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A calendar day as the date input sends it, "YYYY-MM-DD". */
export function day(message: string) {
  return z.preprocess(
    emptyIfMissing,
    text().refine(isIsoDay, message).refine(isDayInYearRange, YEAR_RANGE_MESSAGE),
  );
}

export function optionalDay(message: string) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .refine((value) => value === "" || isIsoDay(value), message)
      .refine(isDayInYearRange, YEAR_RANGE_MESSAGE)
      .transform((value) => (value === "" ? null : value)),
  );
}

/** A whole number from min upwards, written with digits only. */
export function wholeNumber(message: string, min: number) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .regex(/^\d{1,6}$/, message)
      .transform(Number)
      .refine((value) => value >= min, message),
  );
}

export function optionalWholeNumber(message: string, min: number) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .refine((value) => value === "" || (/^\d{1,6}$/.test(value) && Number(value) >= min), message)
      .transform((value) => (value === "" ? null : Number(value))),
  );
}

/** A row chosen in a select; empty means none. */
export function optionalId(message: string) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .refine((value) => value === "" || /^[1-9]\d{0,8}$/.test(value), message)
      .transform((value) => (value === "" ? null : Number(value))),
  );
}

export function requiredId(message: string) {
  return z.preprocess(
    emptyIfMissing,
    text()
      .regex(/^[1-9]\d{0,8}$/, message)
      .transform(Number),
  );
}

/** A checkbox is sent only when ticked. */
export function checkbox() {
  return z.preprocess((value) => value === "on", z.boolean());
}

/** Rows ticked in a group of checkboxes with the same name. */
export function idList(message: string) {
  return z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string({ error: message }).regex(/^[1-9]\d{0,8}$/, message), { error: message })
      .max(100, message)
      .transform((ids) => [...new Set(ids.map(Number))]),
  );
}

const NEXT_INVALID =
  "Lenken du kom fra, peker ikke til en side her. Gå til siden du skulle til på nytt.";

/**
 * Where the browser goes after the form (`neste`): a path on this site, or null when none was
 * given. Our pages only ever fill in a path of ours, so anything else was written by someone
 * else and the form is refused before it changes anything.
 */
export function nextPath() {
  return z.preprocess(
    emptyIfMissing,
    z.string({ error: NEXT_INVALID }).transform((value, ctx) => {
      if (value === "") return null;
      const path = localPath(value);
      if (path === null) ctx.addIssue({ code: "custom", message: NEXT_INVALID });
      return path;
    }),
  );
}

/** `neste` travels in a hidden field, so its error is told about the form as a whole. */
export function nextAsFormError({ neste, ...errors }: FieldErrors): FieldErrors {
  return neste ? { ...errors, form: neste } : errors;
}
