import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { changedFields } from "./changes.ts";
import { assertPersonPartyExists } from "./person-queries.ts";
import type { PersonInput } from "./person-schema.ts";

export async function updatePerson({
  actor,
  person,
  input,
  tx,
}: {
  actor: Actor;
  person: { id: number } & PersonInput;
  input: PersonInput;
  tx: Database;
}): Promise<void> {
  await assertPersonPartyExists(tx, input.partyId);
  await tx
    .updateTable("person")
    .set({
      given_name: input.givenName,
      family_name: input.familyName,
      email: input.email,
      phone: input.phone,
      party_id: input.partyId,
    })
    .where("id", "=", person.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "person.update",
    visibility: "public",
    entityType: "person",
    entityId: person.id,
    details: changedFields(person, input),
  });
}
