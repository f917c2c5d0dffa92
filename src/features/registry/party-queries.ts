import { type FieldErrors, Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { PartyInput } from "./party-schema.ts";

/**
 * Names and short names are unique, and a joint list is made of plain parties: never of
 * itself or of another joint list, and a party in a joint list cannot become one.
 */
export async function assertPartyAllowed(
  tx: Database,
  input: PartyInput,
  partyId: number | null,
): Promise<void> {
  const errors: FieldErrors = {};
  let sameName = tx
    .selectFrom("party")
    .select(["id", "name", "short_name"])
    .where((eb) => eb.or([eb("name", "=", input.name), eb("short_name", "=", input.shortName)]));
  if (partyId !== null) sameName = sameName.where("id", "<>", partyId);
  for (const other of await sameName.execute()) {
    if (other.name === input.name)
      errors.name = "Det finnes allerede et parti eller en liste med dette navnet.";
    if (other.short_name === input.shortName) errors.shortName = "Forkortelsen er allerede i bruk.";
  }
  if (input.partyIds.length > 0) {
    const members = await tx
      .selectFrom("party")
      .select(["id", "is_joint_list"])
      .where("id", "in", input.partyIds)
      .execute();
    if (
      members.length !== input.partyIds.length ||
      members.some((member) => member.is_joint_list || member.id === partyId)
    )
      errors.partyIds = "En felles liste kan bare bestå av partier, ikke av andre felles lister.";
  }
  if (input.isJointList && partyId !== null) {
    const inAList = await tx
      .selectFrom("joint_list_party")
      .select("joint_list_id")
      .where("party_id", "=", partyId)
      .executeTakeFirst();
    if (inAList)
      errors.isJointList =
        "Partiet er med i en felles liste og kan ikke selv være en felles liste.";
  }
  if (Object.keys(errors).length > 0) throw new Refusal(errors);
}
