import { describe, expect, it } from "vitest";
import {
  caseNumberLabel,
  drawSeriesNumbers,
  formatCaseNumber,
  seriesYear,
} from "../../src/domain/numbering.ts";

describe("meeting case numbers", () => {
  it("formats as type, number and two-digit year", () => {
    expect(formatCaseNumber({ caseType: "PS", year: 2026, number: 12 })).toBe("PS 12/26");
    expect(formatCaseNumber({ caseType: "RS", year: 2007, number: 1 })).toBe("RS 1/07");
  });

  it("draws numbers in agenda order, per case type, from the series' last number", () => {
    const { assigned, lastNumbers } = drawSeriesNumbers(
      [
        { id: 10, caseType: "PS", number: null },
        { id: 11, caseType: "RS", number: null },
        { id: 12, caseType: "PS", number: null },
      ],
      new Map([["PS", 22]]),
    );
    expect([...assigned]).toEqual([
      [10, 23],
      [11, 1],
      [12, 24],
    ]);
    expect(lastNumbers.get("PS")).toBe(24);
    expect(lastNumbers.get("RS")).toBe(1);
  });

  it("keeps numbers already drawn and never hands out a used number again", () => {
    const { assigned, lastNumbers } = drawSeriesNumbers(
      [
        { id: 1, caseType: "PS", number: 5 },
        { id: 2, caseType: "PS", number: null },
      ],
      // Number 6 was drawn for an item that was later removed: it stays a gap.
      new Map([["PS", 6]]),
    );
    expect(assigned.get(1)).toBeUndefined();
    expect(assigned.get(2)).toBe(7);
    expect(lastNumbers.get("PS")).toBe(7);
  });

  it("takes the year from the meeting's day in Norway, not UTC", () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Oslo.
    expect(seriesYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(seriesYear(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
  });
});

describe("caseNumberLabel", () => {
  it("shows the number once drawn, and says so before", () => {
    expect(caseNumberLabel({ caseType: "PS", year: 2026, number: 12 })).toBe("PS 12/26");
    expect(caseNumberLabel({ caseType: "PS", year: null, number: null })).toBe("Ikke nummerert");
  });
});
