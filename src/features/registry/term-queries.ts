import type { Database } from "../../db/database.ts";
import { FormError } from "../../web/form-input.ts";

/** Term names are unique; told here in words rather than as a database error. */
export async function assertTermNameFree(
  tx: Database,
  name: string,
  exceptId: number | null,
): Promise<void> {
  let query = tx.selectFrom("term").select("id").where("name", "=", name);
  if (exceptId !== null) query = query.where("id", "<>", exceptId);
  if (await query.executeTakeFirst())
    throw new FormError({ name: "Det finnes allerede en valgperiode med dette navnet." });
}
