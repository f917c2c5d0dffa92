import { describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.ts";
import { authorize, can, NotFoundError, type PolicyUser } from "../src/policies/policy.ts";

const FORMANNSKAPET = 1;
const KOMMUNESTYRET = 2;

function user(role: UserRole, seats: Partial<PolicyUser["seats"]> = {}, id = 7): PolicyUser {
  return { id, role, seats: { bodies: [], chairs: [], ...seats } };
}

const secretariat = user("secretariat");
const administrator = user("administrator");
const officer = user("case_officer", {}, 7);
const otherOfficer = user("case_officer", {}, 8);
const member = user("member", { bodies: [FORMANNSKAPET] });
const chair = user("member", { bodies: [FORMANNSKAPET], chairs: [FORMANNSKAPET] });
const outsider = user("member", { bodies: [KOMMUNESTYRET] });

const ownExempt = { ownerId: 7, access: "exempt", decided: false } as const;
const othersExempt = { ownerId: 8, access: "exempt", decided: false } as const;
const othersPublic = { ownerId: 8, access: "public", decided: false } as const;
const unowned = { ownerId: null, access: "public", decided: false } as const;
const ownDecided = { ownerId: 7, access: "public", decided: true } as const;

const planned = { bodyId: FORMANNSKAPET, noticePublished: false };
const noticed = { bodyId: FORMANNSKAPET, noticePublished: true };

describe("case policy", () => {
  it("lets the secretariat and administrators see, change and assign every case", () => {
    for (const staff of [secretariat, administrator]) {
      for (const record of [ownExempt, othersExempt, othersPublic, unowned]) {
        expect(can(staff, "view", "case", record)).toBe(true);
        expect(can(staff, "update", "case", record)).toBe(true);
      }
      expect(can(staff, "create", "case")).toBe(true);
      expect(can(staff, "assign", "case")).toBe(true);
    }
  });

  it("shows a case officer public cases and their own, and no one else's exempt case", () => {
    expect(can(officer, "view", "case", ownExempt)).toBe(true);
    expect(can(officer, "view", "case", othersPublic)).toBe(true);
    expect(can(officer, "view", "case", unowned)).toBe(true);
    expect(can(officer, "view", "case", othersExempt)).toBe(false);
    expect(can(otherOfficer, "view", "case", othersExempt)).toBe(true);
  });

  it("lets a case officer change only their own cases, and assign none", () => {
    expect(can(officer, "update", "case", ownExempt)).toBe(true);
    expect(can(officer, "update", "case", othersPublic)).toBe(false);
    expect(can(officer, "update", "case", unowned)).toBe(false);
    expect(can(officer, "create", "case")).toBe(true);
    expect(can(officer, "assign", "case")).toBe(false);
  });

  it("closes the recommendation once a body has decided the case, for everyone", () => {
    expect(can(officer, "recommend", "case", ownExempt)).toBe(true);
    expect(can(officer, "recommend", "case", ownDecided)).toBe(false);
    expect(can(officer, "recommend", "case", othersPublic)).toBe(false);
    expect(can(secretariat, "recommend", "case", othersPublic)).toBe(true);
    expect(can(secretariat, "recommend", "case", ownDecided)).toBe(false);
    expect(can(officer, "update", "case", ownDecided)).toBe(true);
  });

  it("gives members and anonymous visitors no case in the workspace", () => {
    for (const record of [ownExempt, othersPublic, unowned]) {
      expect(can(member, "view", "case", record)).toBe(false);
      expect(can(null, "view", "case", record)).toBe(false);
    }
    expect(can(member, "view", "case")).toBe(false);
    expect(can(member, "create", "case")).toBe(false);
  });

  it("answers the role gate without a record: may the role do it to some case", () => {
    expect(can(officer, "view", "case")).toBe(true);
    expect(can(officer, "update", "case")).toBe(true);
    expect(can(null, "view", "case")).toBe(false);
  });
});

describe("meeting and agenda policy", () => {
  it("lets the secretariat plan and change the meetings of every body", () => {
    for (const record of [planned, noticed, { bodyId: KOMMUNESTYRET, noticePublished: false }]) {
      for (const action of ["view", "create", "update"] as const) {
        expect(can(secretariat, action, "meeting", record)).toBe(true);
        expect(can(secretariat, action, "agenda", record)).toBe(true);
      }
      expect(can(secretariat, "delete", "agenda", record)).toBe(true);
    }
  });

  it("shows case officers every meeting and agenda, and lets them change none", () => {
    expect(can(officer, "view", "meeting", planned)).toBe(true);
    expect(can(officer, "view", "agenda", planned)).toBe(true);
    expect(can(officer, "update", "meeting", planned)).toBe(false);
    expect(can(officer, "create", "agenda", planned)).toBe(false);
  });

  it("shows a member the meetings of their own bodies only", () => {
    expect(can(member, "view", "meeting", planned)).toBe(true);
    expect(can(outsider, "view", "meeting", planned)).toBe(false);
    expect(can(outsider, "view", "meeting", noticed)).toBe(false);
    expect(can(user("member"), "view", "meeting", noticed)).toBe(false);
    expect(can(member, "update", "meeting", planned)).toBe(false);
  });

  it("gives members the agenda with the notice, and the chair before it", () => {
    expect(can(member, "view", "agenda", planned)).toBe(false);
    expect(can(member, "view", "agenda", noticed)).toBe(true);
    expect(can(chair, "view", "agenda", planned)).toBe(true);
    expect(can(outsider, "view", "agenda", noticed)).toBe(false);
    expect(can(chair, "update", "agenda", planned)).toBe(false);
  });
});

describe("registry and administration policy", () => {
  it("keeps the registry to the secretariat and the accounts to administrators", () => {
    expect(can(secretariat, "update", "body")).toBe(true);
    expect(can(officer, "update", "body")).toBe(false);
    expect(can(member, "view", "person")).toBe(false);
    expect(can(administrator, "create", "user")).toBe(true);
    expect(can(secretariat, "view", "user")).toBe(false);
    expect(can(secretariat, "view", "audit")).toBe(true);
    expect(can(secretariat, "update", "municipality")).toBe(false);
  });
});

describe("authorize", () => {
  it("throws the 404 error when the user may not act, and nothing when they may", () => {
    expect(() => authorize(officer, "view", "case", othersExempt)).toThrow(NotFoundError);
    expect(() => authorize(null, "view", "meeting")).toThrow(NotFoundError);
    expect(() => authorize(officer, "view", "case", ownExempt)).not.toThrow();
  });
});
