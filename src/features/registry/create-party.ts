import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { assertPartyAllowed } from "./party-queries.ts";
import type { PartyInput } from "./party-schema.ts";

export async function createParty({
  actor,
  input,
  now,
  tx,
}: {
  actor: Actor;
  input: PartyInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<number> {
  await assertPartyAllowed(tx, input, null);
  const created = await tx
    .insertInto("party")
    .values({ name: input.name, short_name: input.shortName, is_joint_list: input.isJointList })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (input.partyIds.length > 0)
    await tx
      .insertInto("joint_list_party")
      .values(input.partyIds.map((partyId) => ({ joint_list_id: created.id, party_id: partyId })))
      .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "party.create",
    visibility: "public",
    entityType: "party",
    entityId: created.id,
    details: { ...input },
  });
  return created.id;
}
