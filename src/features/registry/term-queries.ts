import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";

/** A term (valgperiode) as the use cases, the rules and the presenters take it. */
export interface TermRecord {
  id: number;
  name: string;
  startsOn: string;
  endsOn: string;
}

const termColumns = ["id", "name", "starts_on", "ends_on"] as const;

const termRecord = (row: {
  id: number;
  name: string;
  starts_on: string;
  ends_on: string;
}): TermRecord => ({ id: row.id, name: row.name, startsOn: row.starts_on, endsOn: row.ends_on });

export async function loadTerm(db: Database, id: number): Promise<TermRecord> {
  const row = await db
    .selectFrom("term")
    .select(termColumns)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return termRecord(row);
}

/** Every term, the newest first. */
export async function listTerms(db: Database): Promise<TermRecord[]> {
  const rows = await db
    .selectFrom("term")
    .select(termColumns)
    .orderBy("starts_on", "desc")
    .execute();
  return rows.map(termRecord);
}

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
