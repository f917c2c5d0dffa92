import { type Actor, writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { changedFields } from "../registry/changes.ts";
import type { MunicipalityInput } from "./municipality-schema.ts";

export type MunicipalityRecord = MunicipalityInput & {
  id: number;
  /** Local settings kept as they are by the fields that do not touch them. */
  settings: Record<string, unknown>;
};

/** The municipality's name shows on every page, so a change here is a change of the whole site. */
export async function updateMunicipality({
  actor,
  municipality,
  input,
  tx,
}: {
  actor: Actor;
  municipality: MunicipalityRecord;
  input: MunicipalityInput;
  tx: Database;
}): Promise<void> {
  const organisationNumber = input.organisationNumber?.replace(/\s/g, "") ?? null;
  const { presentationPageLimit: _previous, ...otherSettings } = municipality.settings;
  const settings =
    input.presentationPageLimit === null
      ? otherSettings
      : { ...otherSettings, presentationPageLimit: input.presentationPageLimit };
  await tx
    .updateTable("municipality")
    .set({
      name: input.name,
      short_name: input.shortName,
      organisation_number: organisationNumber,
      settings: JSON.stringify(settings),
    })
    .where("id", "=", municipality.id)
    .execute();
  await writeAudit(tx, {
    actor,
    action: "municipality.update",
    visibility: "public",
    entityType: "municipality",
    entityId: municipality.id,
    details: changedFields(municipality, { ...input, organisationNumber }),
  });
}
