import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";

/** A person belongs to a party, not to a joint list; the list is chosen per seat. */
export async function assertPersonPartyExists(tx: Database, partyId: number | null): Promise<void> {
  if (partyId === null) return;
  const party = await tx
    .selectFrom("party")
    .select("id")
    .where("id", "=", partyId)
    .where("is_joint_list", "=", false)
    .executeTakeFirst();
  if (!party) throw new Refusal({ partyId: "Velg et parti fra listen." });
}
