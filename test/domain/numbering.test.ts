import { describe, expect, it } from "vitest";
import { ENTRY_SERIES } from "../../src/domain/agenda-kinds.ts";
import {
  caseNumberLabel,
  drawSeriesNumbers,
  formatCaseNumber,
  formatMeetingNumber,
  lastNumberBefore,
  nextMeetingNumber,
  seriesStartError,
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

  it("leaves Eventuelt unnumbered and draws the others around it", () => {
    const { assigned, lastNumbers } = drawSeriesNumbers(
      [
        { id: 1, caseType: ENTRY_SERIES.notice_approval, number: null },
        { id: 2, caseType: ENTRY_SERIES.orientation, number: null },
        { id: 3, caseType: ENTRY_SERIES.letters, number: null },
        { id: 4, caseType: "PS", number: null },
        { id: 5, caseType: ENTRY_SERIES.any_other_business, number: null },
      ],
      new Map([["PS", 78]]),
    );
    expect([...assigned]).toEqual([
      [1, 79],
      [2, 1],
      [3, 1],
      [4, 80],
    ]);
    expect([...lastNumbers.keys()].sort()).toEqual(["OS", "PS", "RS"]);
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
    expect(caseNumberLabel({ caseType: null, year: null, number: null })).toBe("");
  });
});

describe("series starts", () => {
  it("goes on from the start a municipality sets mid-year, or the last number, whichever is further", () => {
    expect(lastNumberBefore({ lastNumber: 0, firstNumber: 79 })).toBe(78);
    expect(lastNumberBefore({ lastNumber: 0, firstNumber: 1 })).toBe(0);
    // Once numbers above the start are drawn, the series goes on from them.
    expect(lastNumberBefore({ lastNumber: 83, firstNumber: 79 })).toBe(83);
    const { assigned } = drawSeriesNumbers(
      [{ id: 1, caseType: "PS", number: null }],
      new Map([["PS", lastNumberBefore({ lastNumber: 0, firstNumber: 79 })]]),
    );
    expect(assigned.get(1)).toBe(79);
  });

  it("refuses a start at or below a number already used, and one that is no positive whole number", () => {
    expect(seriesStartError(79, 0)).toBeNull();
    expect(seriesStartError(6, 5)).toBeNull();
    expect(seriesStartError(5, 5)).toBe(
      "Nummer 5 er allerede brukt i serien, så den kan ikke starte lavere enn 6.",
    );
    expect(seriesStartError(3, 5)).toContain("kan ikke starte lavere enn 6");
    expect(seriesStartError(0, 0)).toBe("Skriv et helt tall fra 1.");
    expect(seriesStartError(2.5, 0)).toBe("Skriv et helt tall fra 1.");
  });
});

describe("meeting numbers", () => {
  it("takes the next number in the body's year, passing over numbers given by hand", () => {
    expect(nextMeetingNumber(0, new Set())).toBe(1);
    expect(nextMeetingNumber(4, new Set())).toBe(5);
    expect(nextMeetingNumber(4, new Set([5, 6, 8]))).toBe(7);
  });

  it("reads as the meeting's number and full year", () => {
    expect(formatMeetingNumber({ year: 2026, number: 5 })).toBe("Møte 5/2026");
  });
});
