import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";

/** The one municipality the installation serves, made on the first start. */
export async function createMunicipality({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: { name: string; shortName: string };
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<number> {
  const created = await tx
    .insertInto("municipality")
    .values({ name: input.name, short_name: input.shortName, settings: "{}" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "municipality.create",
    visibility: "public",
    entityType: "municipality",
    entityId: created.id,
    details: { ...input },
  });
  return created.id;
}
