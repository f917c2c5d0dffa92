import type { Choice } from "../../web/forms.tsx";
import { type PersonSeatView, presentPersonSeat } from "./membership-presenter.ts";
import type { PersonSeatRow } from "./membership-queries.ts";
import { PERSONS_PER_PAGE, type PersonRecord, type PersonSearchRow } from "./person-queries.ts";
import { PERSONS_PATH, personPath } from "./registry-paths.ts";

type Names = { given_name: string; family_name: string };

/** "Family, Given": how lists of persons are read and sorted. */
const sortName = (person: Names): string => `${person.family_name}, ${person.given_name}`;

const fullName = (person: PersonRecord): string => `${person.givenName} ${person.familyName}`;

/** A person to choose in a form, by family name first. */
export const presentPersonChoice = (person: { id: number } & Names): Choice => ({
  value: String(person.id),
  label: sortName(person),
});

/** The person a form edits, for its title and links; null for a new one. */
export interface PersonRef {
  id: number;
  name: string;
  href: string;
  editHref: string;
}

export const presentPersonRef = (person: PersonRecord): PersonRef => ({
  id: person.id,
  name: fullName(person),
  href: personPath(person.id),
  editHref: `${personPath(person.id)}/rediger`,
});

export interface PersonRowView {
  id: number;
  href: string;
  name: string;
  partyShortName: string | null;
  email: string | null;
  phone: string | null;
}

export interface PersonListView {
  title: string;
  query: string;
  /** How many were found, and which page this is of how many. */
  summary: string;
  persons: PersonRowView[];
  previousHref: string | null;
  nextHref: string | null;
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("side", String(page));
  const search = params.toString();
  return search ? `${PERSONS_PATH}?${search}` : PERSONS_PATH;
}

export function presentPersonList(input: {
  rows: readonly PersonSearchRow[];
  total: number;
  query: string;
  page: number;
}): PersonListView {
  const { query, page, total } = input;
  const pages = Math.max(1, Math.ceil(total / PERSONS_PER_PAGE));
  const counted = `${total} ${total === 1 ? "person" : "personer"}`;
  const found = query ? `${counted} med «${query}» i navnet` : counted;
  return {
    title: query ? `Personer – søk etter ${query}` : "Personer",
    query,
    summary: `${found}${pages > 1 ? `, side ${page} av ${pages}` : ""}.`,
    persons: input.rows.map((row) => ({
      id: row.id,
      href: personPath(row.id),
      name: sortName(row),
      partyShortName: row.party_short_name,
      email: row.email,
      phone: row.phone,
    })),
    previousHref: pages > 1 && page > 1 ? pageHref(query, page - 1) : null,
    nextHref: page < pages ? pageHref(query, page + 1) : null,
  };
}

export interface PersonDetailView extends PersonRef {
  partyName: string | null;
  email: string | null;
  phone: string | null;
  seats: PersonSeatView[];
}

export function presentPersonDetail(
  person: PersonRecord,
  seats: readonly PersonSeatRow[],
): PersonDetailView {
  return {
    ...presentPersonRef(person),
    partyName: person.partyName,
    email: person.email,
    phone: person.phone,
    seats: seats.map(presentPersonSeat),
  };
}

export interface PersonFormValues {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  partyId: string;
}

export const personFormValues = (person: PersonRecord): PersonFormValues => ({
  givenName: person.givenName,
  familyName: person.familyName,
  email: person.email ?? "",
  phone: person.phone ?? "",
  partyId: person.partyId === null ? "" : String(person.partyId),
});

/** The parties a person may belong to, by name. */
export const presentPartyChoice = (party: { id: number; name: string }): Choice => ({
  value: String(party.id),
  label: party.name,
});
