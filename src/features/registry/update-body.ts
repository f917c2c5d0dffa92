import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { assertSlugFree, bodyColumns, type LoadedBody } from "./body-queries.ts";
import type { BodyInput } from "./body-schema.ts";
import { changedFields } from "./changes.ts";

export async function updateBody({
  actor,
  body,
  input,
  tx,
}: {
  actor: Actor;
  body: LoadedBody;
  input: BodyInput;
  tx: Database;
}): Promise<void> {
  await assertSlugFree(tx, input.slug, body.id);
  await tx
    .updateTable("body")
    // Other local rules kept in settings stay as they are.
    .set(bodyColumns(input, body.settings))
    .where("id", "=", body.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "body.update",
    visibility: "public",
    entityType: "body",
    entityId: body.id,
    details: changedFields(body, input),
  });
}
