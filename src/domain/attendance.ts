/**
 * Who takes part in an item (pure). Attendance is recorded as facts in the order of the agenda:
 * present at the roll call (before the first item), arrived at an item (takes part from it on),
 * left before an item (takes no part from it on). A person's standing at an item is the last of
 * their facts that lies at or before it; facts at the same item count in the order recorded.
 */
export type AttendanceKind = "present" | "arrived" | "left";

export interface AttendanceFact {
  kind: AttendanceKind;
  /** The agenda position of the item; null for the roll call. */
  itemPosition: number | null;
  /** The order in which the facts were recorded. */
  sequence: number;
}

const placeOf = (fact: AttendanceFact): number => fact.itemPosition ?? 0;

export function isPresentAt(facts: readonly AttendanceFact[], itemPosition: number): boolean {
  let last: AttendanceFact | null = null;
  for (const fact of facts) {
    if (placeOf(fact) > itemPosition) continue;
    if (
      last === null ||
      placeOf(fact) > placeOf(last) ||
      (placeOf(fact) === placeOf(last) && fact.sequence > last.sequence)
    )
      last = fact;
  }
  return last !== null && last.kind !== "left";
}

export type SubstituteScope = "meeting" | "from_item" | "item";

/** Whether a substitute's call covers the item: the whole meeting, from an item on, or one item. */
export function callCovers(
  call: { scope: SubstituteScope; itemPosition: number | null },
  itemPosition: number,
): boolean {
  switch (call.scope) {
    case "meeting":
      return true;
    case "from_item":
      return call.itemPosition !== null && itemPosition >= call.itemPosition;
    case "item":
      return call.itemPosition === itemPosition;
  }
}

/** Whether an absence (forfall) covers the item: the whole meeting, or from an item on. */
export function absenceCovers(
  absence: { fromItemPosition: number | null },
  itemPosition: number,
): boolean {
  return absence.fromItemPosition === null || itemPosition >= absence.fromItemPosition;
}
