import type { Actor } from "../../audit.ts";
import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { changedFields } from "./changes.ts";
import { assertPartyAllowed } from "./party-queries.ts";
import type { PartyInput } from "./party-schema.ts";

export async function updateParty({
  actor,
  party,
  input,
  tx,
}: {
  actor: Actor;
  party: { id: number } & PartyInput;
  input: PartyInput;
  tx: Database;
}): Promise<void> {
  await assertPartyAllowed(tx, input, party.id);
  await tx
    .updateTable("party")
    .set({ name: input.name, short_name: input.shortName, is_joint_list: input.isJointList })
    .where("id", "=", party.id)
    .execute();
  await tx.deleteFrom("joint_list_party").where("joint_list_id", "=", party.id).execute();
  if (input.partyIds.length > 0)
    await tx
      .insertInto("joint_list_party")
      .values(input.partyIds.map((partyId) => ({ joint_list_id: party.id, party_id: partyId })))
      .execute();
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  await writeAudit(tx, {
    actor,
    action: "party.update",
    visibility: "public",
    entityType: "party",
    entityId: party.id,
    details: changedFields(
      { ...party, partyIds: sorted(party.partyIds) },
      { ...input, partyIds: sorted(input.partyIds) },
    ),
  });
}
