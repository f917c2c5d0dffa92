import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";
import type { MunicipalityRecord } from "./update-municipality.ts";

/** The one municipality the installation serves. */
export async function loadMunicipality(db: Database): Promise<MunicipalityRecord> {
  const row = await db
    .selectFrom("municipality")
    .select(["id", "name", "short_name", "organisation_number"])
    .orderBy("id")
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    organisationNumber: row.organisation_number,
  };
}
