import { formatDay } from "../../../domain/time.ts";
import type { PersonMembershipRow } from "../queries.ts";
import { seatRoleLabel } from "./labels.ts";
import { bodyHref } from "./links.ts";

export interface PersonPageModel {
  name: string;
  partyName: string | null;
  memberships: Array<{
    key: number;
    bodyName: string;
    bodyHref: string;
    role: string;
    listName: string | null;
    termName: string;
    from: string;
    to: string;
  }>;
}

export function presentPersonPage(input: {
  person: { given_name: string; family_name: string; party_name: string | null };
  memberships: readonly PersonMembershipRow[];
}): PersonPageModel {
  return {
    name: `${input.person.given_name} ${input.person.family_name}`,
    partyName: input.person.party_name,
    memberships: input.memberships.map((row) => ({
      key: row.id,
      bodyName: row.body_name,
      bodyHref: bodyHref(row.body_slug),
      role: seatRoleLabel({ ...row, bodyKind: row.body_kind }),
      listName: row.list_name,
      termName: row.term_name,
      from: formatDay(row.starts_on),
      to: row.ends_on ? formatDay(row.ends_on) : "",
    })),
  };
}
