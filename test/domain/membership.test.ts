import { describe, expect, it } from "vitest";
import {
  checkMembershipPeriod,
  isMembershipValidOn,
  roleLabel,
} from "../../src/domain/membership.ts";
import { bodyRules, hasQuorum, quorumNeeded, quorumRefusal } from "../../src/domain/rules.ts";

describe("membership validity", () => {
  it("includes both the first and the last day", () => {
    const period = { startsOn: "2023-10-01", endsOn: "2024-06-30" };
    expect(isMembershipValidOn(period, "2023-09-30")).toBe(false);
    expect(isMembershipValidOn(period, "2023-10-01")).toBe(true);
    expect(isMembershipValidOn(period, "2024-06-30")).toBe(true);
    expect(isMembershipValidOn(period, "2024-07-01")).toBe(false);
  });

  it("lasts to the end when it has no end date", () => {
    expect(isMembershipValidOn({ startsOn: "2023-10-01", endsOn: null }, "2027-09-30")).toBe(true);
  });

  it("rejects dates outside the term, and an end before the start, in Norwegian", () => {
    const term = { startsOn: "2023-10-01", endsOn: "2027-09-30" };
    expect(checkMembershipPeriod({ startsOn: "2023-10-01", endsOn: null }, term)).toEqual([]);
    expect(checkMembershipPeriod({ startsOn: "2023-09-01", endsOn: null }, term)).toEqual([
      { field: "startsOn", message: "Startdatoen må ligge innenfor valgperioden." },
    ]);
    expect(
      checkMembershipPeriod({ startsOn: "2024-01-01", endsOn: "2023-12-31" }, term)[0]?.field,
    ).toBe("endsOn");
    expect(
      checkMembershipPeriod({ startsOn: "2024-01-01", endsOn: "2028-01-01" }, term)[0]?.field,
    ).toBe("endsOn");
  });

  it("calls the leader of the council and the executive committee ordfører", () => {
    expect(roleLabel("leader", "council")).toBe("Ordfører");
    expect(roleLabel("deputy_leader", "executive_committee")).toBe("Varaordfører");
    expect(roleLabel("leader", "standing_committee")).toBe("Leder");
    expect(roleLabel("substitute", "council")).toBe("Varamedlem");
  });
});

describe("quorum (kl. § 11-9)", () => {
  it("needs at least half the members with a vote", () => {
    expect(hasQuorum(35, 18)).toBe(true);
    expect(hasQuorum(35, 17)).toBe(false);
    expect(hasQuorum(10, 5)).toBe(true);
    expect(hasQuorum(10, 4)).toBe(false);
  });

  it("asks for more where the body's rules of procedure do", () => {
    const rules = bodyRules({ quorumPercent: 60 });
    expect(quorumNeeded(10, rules)).toBe(6);
    expect(hasQuorum(10, 5, rules)).toBe(false);
  });

  it("never asks for less than the statute, whatever the settings say", () => {
    expect(bodyRules({ quorumPercent: 40 }).quorumPercent).toBe(50);
    expect(bodyRules({ quorumPercent: "60" }).quorumPercent).toBe(50);
    expect(bodyRules({}).quorumPercent).toBe(50);
  });

  it("refuses a decision without a quorum and says why", () => {
    expect(quorumRefusal({ seatCount: 7, presentAndVoting: 4 })).toBeNull();
    expect(quorumRefusal({ seatCount: 7, presentAndVoting: 3 })).toBe(
      "Utvalget er ikke vedtaksført: 3 av 7 medlemmer er til stede og stemmer, og minst 4 må være det (kl. § 11-9 første ledd).",
    );
    expect(
      quorumRefusal({
        seatCount: 10,
        presentAndVoting: 5,
        rules: bodyRules({ quorumPercent: 60 }),
      }),
    ).toContain("utvalgets reglement");
  });
});
