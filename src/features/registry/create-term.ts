import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { assertTermNameFree } from "./term-queries.ts";
import type { TermInput } from "./term-schema.ts";

export async function createTerm({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: TermInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<number> {
  await assertTermNameFree(tx, input.name, null);
  const created = await tx
    .insertInto("term")
    .values({ name: input.name, starts_on: input.startsOn, ends_on: input.endsOn })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "term.create",
    visibility: "public",
    entityType: "term",
    entityId: created.id,
    details: { ...input },
  });
  return created.id;
}
