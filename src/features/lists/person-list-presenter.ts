import { seatRoleLabel } from "../portal/presenters/labels.ts";
import { bodyHref, personHref } from "../portal/presenters/links.ts";
import type { SeatInOfficeRow } from "./list-queries.ts";

export interface PersonListQuery {
  utvalg: string;
  parti: string;
}

export interface PersonInOffice {
  id: number;
  href: string;
  name: string;
  /** The lists the person's seats belong to: "Arbeiderpartiet". */
  listNames: string;
  seats: Array<{ key: number; bodyName: string; bodyHref: string; role: string }>;
}

export interface PersonListPageModel {
  query: PersonListQuery;
  termName: string | null;
  bodyOptions: Array<{ value: string; label: string }>;
  listOptions: Array<{ value: string; label: string }>;
  people: PersonInOffice[];
}

/** One entry per person, their seats in body order; the rows come sorted by name. */
export function groupByPerson(rows: readonly SeatInOfficeRow[]): PersonInOffice[] {
  const people: PersonInOffice[] = [];
  const lists = new Map<number, Set<string>>();
  for (const row of rows) {
    let person = people.at(-1);
    if (!person || person.id !== row.person_id) {
      person = {
        id: row.person_id,
        href: personHref(row.person_id),
        name: `${row.given_name} ${row.family_name}`,
        listNames: "",
        seats: [],
      };
      people.push(person);
      lists.set(row.person_id, new Set());
    }
    if (row.list_name) lists.get(row.person_id)?.add(row.list_name);
    person.seats.push({
      key: row.id,
      bodyName: row.body_name,
      bodyHref: bodyHref(row.body_slug),
      role: seatRoleLabel({
        role: row.role,
        substitute_rank: row.substitute_rank,
        bodyKind: row.body_kind,
      }),
    });
  }
  for (const person of people) person.listNames = [...(lists.get(person.id) ?? [])].join(", ");
  return people;
}

export function presentPersonListPage(input: {
  query: PersonListQuery;
  termName: string | null;
  bodies: ReadonlyArray<{ slug: string; name: string }>;
  lists: ReadonlyArray<{ id: number; name: string }>;
  seats: readonly SeatInOfficeRow[];
}): PersonListPageModel {
  return {
    query: input.query,
    termName: input.termName,
    bodyOptions: input.bodies.map((body) => ({ value: body.slug, label: body.name })),
    listOptions: input.lists.map((list) => ({ value: String(list.id), label: list.name })),
    people: groupByPerson(input.seats),
  };
}
