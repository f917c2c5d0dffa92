import { describe, expect, it } from "vitest";
import { formatDate, formatTime, isIsoDay, osloDateTime, osloDay } from "../../src/domain/time.ts";

describe("time in Europe/Oslo", () => {
  it("turns Norwegian wall-clock time into the right instant in winter and summer", () => {
    expect(osloDateTime("2026-01-15", "18:00").toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(osloDateTime("2026-06-15", "18:00").toISOString()).toBe("2026-06-15T16:00:00.000Z");
    // The day clocks go forward (29 March 2026) and back (25 October 2026).
    expect(osloDateTime("2026-03-29", "18:00").toISOString()).toBe("2026-03-29T16:00:00.000Z");
    expect(osloDateTime("2026-10-25", "18:00").toISOString()).toBe("2026-10-25T17:00:00.000Z");
  });

  it("formats in bokmål", () => {
    const at = new Date("2026-11-26T17:00:00Z");
    expect(formatDate(at)).toBe("26. november 2026");
    expect(formatTime(at)).toBe("18:00");
    expect(osloDay(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
  });

  it("accepts only real calendar days", () => {
    expect(isIsoDay("2026-02-28")).toBe(true);
    expect(isIsoDay("2026-02-30")).toBe(false);
    expect(isIsoDay("26.11.2026")).toBe(false);
  });
});
