import { type FieldErrors, Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";
import type { PartyInput } from "./party-schema.ts";

/** A party or joint list as the use cases take it; a joint list names the parties in it. */
export type PartyRecord = { id: number } & PartyInput;

export async function loadParty(db: Database, id: number): Promise<PartyRecord> {
  const row = await db
    .selectFrom("party")
    .select(["id", "name", "short_name", "is_joint_list"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  const members = await db
    .selectFrom("joint_list_party")
    .select("party_id")
    .where("joint_list_id", "=", id)
    .execute();
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    isJointList: row.is_joint_list,
    partyIds: members.map((member) => member.party_id),
  };
}

/** Every party and joint list by name, and which parties each joint list is made of. */
export async function listParties(db: Database) {
  const [parties, jointListParties] = await Promise.all([
    db
      .selectFrom("party")
      .select(["id", "name", "short_name", "is_joint_list"])
      .orderBy("name")
      .execute(),
    db
      .selectFrom("joint_list_party")
      .innerJoin("party", "party.id", "joint_list_party.party_id")
      .select(["joint_list_party.joint_list_id", "party.short_name"])
      .orderBy("party.short_name")
      .execute(),
  ]);
  return { parties, jointListParties };
}

export type PartyList = Awaited<ReturnType<typeof listParties>>;

/** Every party and joint list by name: the lists a seat may belong to. */
export async function listPartyNames(db: Database) {
  return db.selectFrom("party").select(["id", "name", "short_name"]).orderBy("name").execute();
}

/** Plain parties by name, leaving one out: what a person belongs to, and a joint list is made of. */
export async function listPlainParties(db: Database, exceptId: number | null = null) {
  let query = db
    .selectFrom("party")
    .select(["id", "name", "short_name"])
    .where("is_joint_list", "=", false)
    .orderBy("name");
  if (exceptId !== null) query = query.where("id", "<>", exceptId);
  return query.execute();
}

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
