import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { assertPersonPartyExists } from "./person-queries.ts";
import type { PersonInput } from "./person-schema.ts";

export async function createPerson({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: PersonInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<number> {
  await assertPersonPartyExists(tx, input.partyId);
  const created = await tx
    .insertInto("person")
    .values({
      given_name: input.givenName,
      family_name: input.familyName,
      email: input.email,
      phone: input.phone,
      party_id: input.partyId,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "person.create",
    visibility: "public",
    entityType: "person",
    entityId: created.id,
    details: { ...input },
  });
  return created.id;
}
