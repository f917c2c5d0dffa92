import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { DEFAULT_PRESENTATION_PAGE_LIMIT } from "./municipality-schema.ts";
import type { MunicipalityRecord } from "./update-municipality.ts";

/** The one municipality the installation serves. */
export async function loadMunicipality(db: Database): Promise<MunicipalityRecord> {
  const row = await db
    .selectFrom("municipality")
    .select(["id", "name", "short_name", "organisation_number", "settings"])
    .orderBy("id")
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    organisationNumber: row.organisation_number,
    presentationPageLimit: pageLimitSetting(row.settings),
    settings: row.settings,
  };
}

/** The limit the municipality set, or null for none of its own. */
function pageLimitSetting(settings: Record<string, unknown>): number | null {
  const limit = settings.presentationPageLimit;
  return typeof limit === "number" && Number.isInteger(limit) && limit > 0 ? limit : null;
}

/** How many pages a case presentation should keep within (the "two-page rule"). */
export async function presentationPageLimit(db: Database): Promise<number> {
  const row = await db
    .selectFrom("municipality")
    .select("settings")
    .orderBy("id")
    .executeTakeFirst();
  return (row && pageLimitSetting(row.settings)) ?? DEFAULT_PRESENTATION_PAGE_LIMIT;
}
