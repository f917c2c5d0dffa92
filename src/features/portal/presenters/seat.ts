import type { BodyKind } from "../../../db/schema.ts";
import type { SeatRow } from "../queries.ts";
import { seatRoleLabel } from "./labels.ts";
import { personHref } from "./links.ts";

export interface SeatHolder {
  key: number;
  name: string;
  href: string;
  role: string;
  /** A substitute's place in the order they are called in; null for other seats. */
  rank: number | null;
}

export interface ListGroup {
  key: string;
  listName: string;
  holders: SeatHolder[];
}

const ROLE_ORDER = { leader: 0, deputy_leader: 1, member: 2, observer: 3, substitute: 4 } as const;

/** Groups seats by list, lists by name; within a list by role, substitutes by their rank. */
export function groupByList(seats: readonly SeatRow[], bodyKind: BodyKind): ListGroup[] {
  const groups = new Map<string, ListGroup>();
  const sorted = [...seats].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (a.substitute_rank ?? 0) - (b.substitute_rank ?? 0),
  );
  for (const seat of sorted) {
    const key = seat.list_id === null ? "uten-liste" : `liste-${seat.list_id}`;
    const group = groups.get(key) ?? {
      key,
      listName: seat.list_name ?? "Uten liste",
      holders: [],
    };
    group.holders.push({
      key: seat.id,
      name: `${seat.given_name} ${seat.family_name}`,
      href: personHref(seat.person_id),
      role: seatRoleLabel({ ...seat, bodyKind }),
      rank: seat.role === "substitute" ? seat.substitute_rank : null,
    });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.listName.localeCompare(b.listName, "nb"));
}
