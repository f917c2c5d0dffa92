import { type Kysely, sql } from "kysely";

/**
 * Runs a migration script statement by statement: both drivers prepare each query, and a
 * prepared statement holds one command. Statements end with ";" at the end of a line.
 */
export async function execScript(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.replace(/--.*$/gm, "").trim() !== "");
  for (const statement of statements) await sql.raw(statement).execute(db);
}
