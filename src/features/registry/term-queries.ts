import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";

/** Term names are unique; told here in words rather than as a database error. */
export async function assertTermNameFree(
  tx: Database,
  name: string,
  exceptId: number | null,
): Promise<void> {
  let query = tx.selectFrom("term").select("id").where("name", "=", name);
  if (exceptId !== null) query = query.where("id", "<>", exceptId);
  if (await query.executeTakeFirst())
    throw new Refusal({ name: "Det finnes allerede en valgperiode med dette navnet." });
}
