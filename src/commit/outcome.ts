/**
 * What a use case answers: its typed result, or a refusal with Norwegian messages by field
 * ("form" for one that belongs to no field). A refusal is a domain answer, not a failure of
 * the system; each caller turns it into its own shape: a form shown again with the messages
 * beside the fields, an RFC 9457 problem document, or a line on the command line.
 */
export type FieldErrors = Record<string, string>;

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const succeeded = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = (errors: FieldErrors): { ok: false; errors: FieldErrors } => ({
  ok: false,
  errors,
});

/** A refusal thrown from deep inside a use case; the commit step rolls back and returns it. */
export class Refusal extends Error {
  readonly errors: FieldErrors;
  constructor(errors: FieldErrors) {
    super("Endringen ble avvist");
    this.name = "Refusal";
    this.errors = errors;
  }
}

/** An RFC 9457 problem document for a refused change, with the messages by field. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: Array<{ field: string; detail: string }>;
}

export function refusalProblem(errors: FieldErrors): Problem {
  const list = Object.entries(errors).map(([field, detail]) => ({ field, detail }));
  return {
    type: "about:blank",
    title: "Endringen ble avvist",
    status: 422,
    detail: list.map((error) => error.detail).join(" "),
    errors: list,
  };
}

/** The refusal as lines for the command line: the messages say which input they are about. */
export function refusalLines(errors: FieldErrors): string[] {
  return Object.values(errors);
}
