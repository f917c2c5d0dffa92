import { sql } from "kysely";
import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import { type FieldErrors, Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { changedFields } from "./changes.ts";
import { assertTermNameFree } from "./term-queries.ts";
import type { TermInput } from "./term-schema.ts";

export async function updateTerm({
  actor,
  term,
  input,
  tx,
}: {
  actor: Actor;
  term: { id: number } & TermInput;
  input: TermInput;
  tx: Database;
}): Promise<void> {
  await assertTermNameFree(tx, input.name, term.id);
  // Seats must stay within their term, so the term cannot shrink past the seats it holds.
  const span = await tx
    .selectFrom("membership")
    .select([
      sql<string | null>`min(starts_on)::text`.as("first_day"),
      sql<string | null>`max(coalesce(ends_on, starts_on))::text`.as("last_day"),
    ])
    .where("term_id", "=", term.id)
    .executeTakeFirstOrThrow();
  const errors: FieldErrors = {};
  if (span.first_day !== null && span.first_day < input.startsOn)
    errors.startsOn = "Det finnes verv i valgperioden som begynner før denne datoen.";
  if (span.last_day !== null && span.last_day > input.endsOn)
    errors.endsOn = "Det finnes verv i valgperioden som varer etter denne datoen.";
  if (Object.keys(errors).length > 0) throw new Refusal(errors);
  await tx
    .updateTable("term")
    .set({ name: input.name, starts_on: input.startsOn, ends_on: input.endsOn })
    .where("id", "=", term.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "term.update",
    visibility: "public",
    entityType: "term",
    entityId: term.id,
    details: changedFields(term, input),
  });
}
