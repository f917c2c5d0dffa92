import type { MunicipalityInput } from "./municipality-schema.ts";
import type { MunicipalityRecord } from "./update-municipality.ts";

export type MunicipalityFormValues = Record<keyof MunicipalityInput, string>;

export const municipalityFormValues = (
  municipality: MunicipalityRecord,
): MunicipalityFormValues => ({
  name: municipality.name,
  shortName: municipality.shortName,
  organisationNumber: municipality.organisationNumber ?? "",
  presentationPageLimit:
    municipality.presentationPageLimit === null ? "" : String(municipality.presentationPageLimit),
});
