import type { Choice } from "../../web/forms.tsx";
import type { PartyList, PartyRecord } from "./party-queries.ts";
import { PARTIES_PATH } from "./registry-paths.ts";

export interface PartyView {
  id: number;
  name: string;
  shortName: string;
  /** "Parti", or for a joint list the short names of its parties. */
  typeLabel: string;
  editHref: string;
}

export const partyEditHref = (id: number): string => `${PARTIES_PATH}/${id}/rediger`;

export function presentParties({ parties, jointListParties }: PartyList): PartyView[] {
  return parties.map((party) => ({
    id: party.id,
    name: party.name,
    shortName: party.short_name,
    typeLabel: party.is_joint_list
      ? `Felles liste (${jointListParties
          .filter((link) => link.joint_list_id === party.id)
          .map((link) => link.short_name)
          .join(", ")})`
      : "Parti",
    editHref: partyEditHref(party.id),
  }));
}

/** A party or list to choose, by name and short name: "Arbeiderpartiet (Ap)". */
export const presentListChoice = (party: {
  id: number;
  name: string;
  short_name: string;
}): Choice => ({ value: String(party.id), label: `${party.name} (${party.short_name})` });

export interface PartyFormValues {
  name: string;
  shortName: string;
  isJointList: boolean;
  partyIds: string[];
}

export const NEW_PARTY_VALUES: PartyFormValues = {
  name: "",
  shortName: "",
  isJointList: false,
  partyIds: [],
};

export const partyFormValues = (party: PartyRecord): PartyFormValues => ({
  name: party.name,
  shortName: party.shortName,
  isJointList: party.isJointList,
  partyIds: party.partyIds.map(String),
});
