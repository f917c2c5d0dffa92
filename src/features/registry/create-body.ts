import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { assertSlugFree, bodyColumns } from "./body-queries.ts";
import type { BodyInput } from "./body-schema.ts";

export async function createBody({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: BodyInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<number> {
  await assertSlugFree(tx, input.slug, null);
  const created = await tx
    .insertInto("body")
    .values(bodyColumns(input, {}))
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "body.create",
    visibility: "public",
    entityType: "body",
    entityId: created.id,
    details: { ...input },
  });
  return created.id;
}
