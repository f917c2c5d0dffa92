import { describe, expect, it } from "vitest";
import { electionTermOn } from "../../src/domain/terms.ts";
import {
  addDays,
  addOsloDays,
  addOsloMonths,
  formatDate,
  formatTime,
  isIsoDay,
  osloDateTime,
  osloDay,
  osloParts,
} from "../../src/domain/time.ts";

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

  it("moves a time skipped in spring to the hour after", () => {
    expect(osloDateTime("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("reads the wall clock, weekday included, in Norway", () => {
    expect(osloParts(new Date("2026-11-26T23:30:00Z"))).toMatchObject({
      year: 2026,
      month: 11,
      day: 27,
      hour: 0,
      minute: 30,
      weekday: 5,
    });
  });

  it("counts calendar days and keeps the wall-clock time across summer time changes", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    const monday = osloDateTime("2026-03-30", "18:00");
    expect(addOsloDays(monday, -10)).toEqual(osloDateTime("2026-03-20", "18:00"));
    expect(addOsloMonths(osloDateTime("2026-10-15", "09:00"), -7)).toEqual(
      osloDateTime("2026-03-15", "09:00"),
    );
  });
});

describe("election terms", () => {
  it("run from 1 October of the election year for four years", () => {
    expect(electionTermOn("2026-11-26")).toEqual({
      name: "2023–2027",
      startsOn: "2023-10-01",
      endsOn: "2027-09-30",
    });
    expect(electionTermOn("2027-09-30").startsOn).toBe("2023-10-01");
    expect(electionTermOn("2027-10-01").startsOn).toBe("2027-10-01");
    expect(electionTermOn("2019-10-01").name).toBe("2019–2023");
  });
});
