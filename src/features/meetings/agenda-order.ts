/**
 * The order of a meeting's agenda, as pure functions over (id, position) pairs. Positions run
 * 1..n without gaps; a change is returned as the new positions of the items that move.
 */
export interface PositionedItem {
  id: number;
  position: number;
}

export type PositionChange = PositionedItem;

export type Direction = "up" | "down";

const byPosition = (items: readonly PositionedItem[]): PositionedItem[] =>
  [...items].sort((a, b) => a.position - b.position);

/** Where a new item goes: last. */
export function nextPosition(items: readonly PositionedItem[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.position), 0) + 1;
}

/**
 * Swaps an item with its neighbour. Returns null when it already is first (up) or last (down),
 * and throws for an id that is not on the agenda.
 */
export function moveItem(
  items: readonly PositionedItem[],
  itemId: number,
  direction: Direction,
): PositionChange[] | null {
  const ordered = byPosition(items);
  const index = ordered.findIndex((item) => item.id === itemId);
  const item = ordered[index];
  if (!item) throw new Error(`Item ${itemId} is not on the agenda`);
  const neighbour = ordered[direction === "up" ? index - 1 : index + 1];
  if (!neighbour) return null;
  return [
    { id: item.id, position: neighbour.position },
    { id: neighbour.id, position: item.position },
  ];
}

/** Renumbers 1..n in the current order, e.g. after a removal; only items that move are listed. */
export function closeGaps(items: readonly PositionedItem[]): PositionChange[] {
  return byPosition(items).flatMap((item, index) =>
    item.position === index + 1 ? [] : [{ id: item.id, position: index + 1 }],
  );
}
