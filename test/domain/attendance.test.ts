import { describe, expect, it } from "vitest";
import {
  type AttendanceFact,
  absenceCovers,
  callCovers,
  isPresentAt,
} from "../../src/domain/attendance.ts";

let sequence = 0;
const fact = (kind: AttendanceFact["kind"], itemPosition: number | null): AttendanceFact => {
  sequence += 1;
  return { kind, itemPosition, sequence };
};

describe("who takes part in an item", () => {
  it("counts one present at the roll call in every item", () => {
    const facts = [fact("present", null)];
    expect(isPresentAt(facts, 1)).toBe(true);
    expect(isPresentAt(facts, 20)).toBe(true);
  });

  it("counts nobody who was not at the roll call and never arrived", () => {
    expect(isPresentAt([], 1)).toBe(false);
  });

  it("counts a late arrival from the item they arrived at", () => {
    const facts = [fact("arrived", 3)];
    expect(isPresentAt(facts, 2)).toBe(false);
    expect(isPresentAt(facts, 3)).toBe(true);
    expect(isPresentAt(facts, 4)).toBe(true);
  });

  it("leaves out one who left before an item, from that item on (forlot møtet før sak 12)", () => {
    const facts = [fact("present", null), fact("left", 12)];
    expect(isPresentAt(facts, 11)).toBe(true);
    expect(isPresentAt(facts, 12)).toBe(false);
    expect(isPresentAt(facts, 13)).toBe(false);
  });

  it("counts one who left and came back from the item they came back at", () => {
    const facts = [fact("present", null), fact("left", 4), fact("arrived", 6)];
    expect(isPresentAt(facts, 5)).toBe(false);
    expect(isPresentAt(facts, 6)).toBe(true);
  });

  it("takes the later of two facts at the same item, whatever order they are listed in", () => {
    const arrived = fact("arrived", 5);
    const left = fact("left", 5);
    expect(isPresentAt([left, arrived], 5)).toBe(false);
  });
});

describe("what a substitute's call and an absence cover", () => {
  it("covers every item for the whole meeting", () => {
    expect(callCovers({ scope: "meeting", itemPosition: null }, 7)).toBe(true);
  });

  it("covers the items from the first one on", () => {
    expect(callCovers({ scope: "from_item", itemPosition: 4 }, 3)).toBe(false);
    expect(callCovers({ scope: "from_item", itemPosition: 4 }, 4)).toBe(true);
    expect(callCovers({ scope: "from_item", itemPosition: 4 }, 9)).toBe(true);
  });

  it("covers one item only after a conflict of interest", () => {
    expect(callCovers({ scope: "item", itemPosition: 4 }, 4)).toBe(true);
    expect(callCovers({ scope: "item", itemPosition: 4 }, 5)).toBe(false);
  });

  it("covers an absence for the meeting or from an item on", () => {
    expect(absenceCovers({ fromItemPosition: null }, 1)).toBe(true);
    expect(absenceCovers({ fromItemPosition: 3 }, 2)).toBe(false);
    expect(absenceCovers({ fromItemPosition: 3 }, 3)).toBe(true);
  });
});
