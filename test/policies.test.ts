import { describe, expect, it } from "vitest";
import type { UserRole } from "../src/db/schema.ts";
import {
  authorize,
  type CaseSubject,
  can,
  NotFoundError,
  type PolicyUser,
} from "../src/policies/policy.ts";

const FORMANNSKAPET = 1;
const KOMMUNESTYRET = 2;

function user(
  role: UserRole,
  seats: Partial<PolicyUser["seats"]> = {},
  id = 7,
  mayApproveCases = false,
): PolicyUser {
  return { id, role, seats: { bodies: [], chairs: [], ...seats }, mayApproveCases };
}

const secretariat = user("secretariat");
const administrator = user("administrator");
const officer = user("case_officer", {}, 7);
const otherOfficer = user("case_officer", {}, 8);
const approver = user("case_officer", {}, 9, true);
const member = user("member", { bodies: [FORMANNSKAPET] });
const approvingMember = user("member", {}, 10, true);
const chair = user("member", { bodies: [FORMANNSKAPET], chairs: [FORMANNSKAPET] });
const outsider = user("member", { bodies: [KOMMUNESTYRET] });

const subject = (change: Partial<CaseSubject>): CaseSubject => ({
  ownerId: 8,
  sharedWith: [],
  access: "public",
  status: "draft",
  decided: false,
  ...change,
});

const ownExempt = subject({ ownerId: 7, access: "exempt" });
const othersExempt = subject({ access: "exempt" });
const othersPublic = subject({});
const sharedExempt = subject({ access: "exempt", sharedWith: [7] });
const unowned = subject({ ownerId: null });
const ownDecided = subject({ ownerId: 7, decided: true });

const planned = { bodyId: FORMANNSKAPET, noticePublished: false };
const noticed = { bodyId: FORMANNSKAPET, noticePublished: true };

describe("case policy", () => {
  it("lets the secretariat and administrators see every case and assign cases", () => {
    for (const staff of [secretariat, administrator]) {
      for (const record of [ownExempt, othersExempt, othersPublic, unowned])
        expect(can(staff, "view", "case", record)).toBe(true);
      expect(can(staff, "create", "case")).toBe(true);
      expect(can(staff, "assign", "case")).toBe(true);
    }
  });

  it("lets the secretariat edit the drafts it registered itself, not an officer's", () => {
    expect(can(secretariat, "update", "case", unowned)).toBe(true);
    expect(can(secretariat, "update", "case", othersPublic)).toBe(false);
    expect(can(administrator, "update", "case", othersExempt)).toBe(false);
  });

  it("shows a case officer public cases and the ones they write, and no other exempt case", () => {
    expect(can(officer, "view", "case", ownExempt)).toBe(true);
    expect(can(officer, "view", "case", sharedExempt)).toBe(true);
    expect(can(officer, "view", "case", othersPublic)).toBe(true);
    expect(can(officer, "view", "case", unowned)).toBe(true);
    expect(can(officer, "view", "case", othersExempt)).toBe(false);
    expect(can(otherOfficer, "view", "case", othersExempt)).toBe(true);
  });

  it("shows the approver an exempt case once it is submitted, never an exempt draft", () => {
    expect(can(approver, "view", "case", othersExempt)).toBe(false);
    expect(can(approver, "view", "case", { ...othersExempt, status: "submitted" })).toBe(true);
    expect(can(approver, "view", "case", { ...othersExempt, status: "ready" })).toBe(true);
  });

  it("lets a case officer edit only the drafts they own or share, and assign none", () => {
    expect(can(officer, "update", "case", ownExempt)).toBe(true);
    expect(can(officer, "update", "case", sharedExempt)).toBe(true);
    expect(can(officer, "update", "case", othersPublic)).toBe(false);
    expect(can(officer, "update", "case", unowned)).toBe(false);
    expect(can(officer, "update", "case", { ...ownExempt, status: "submitted" })).toBe(false);
    expect(can(officer, "update", "case", { ...ownExempt, status: "approved" })).toBe(false);
    expect(can(officer, "create", "case")).toBe(true);
    expect(can(officer, "assign", "case")).toBe(false);
  });

  it("moves a case through its steps by the people the rules name", () => {
    const submitted = subject({ ownerId: 7, status: "submitted" });
    const approved = subject({ ownerId: 7, status: "approved" });
    expect(can(officer, "submit", "case", ownExempt)).toBe(true);
    expect(can(otherOfficer, "submit", "case", ownExempt)).toBe(false);
    expect(can(officer, "submit", "case", sharedExempt)).toBe(true);
    expect(can(officer, "approve", "case", submitted)).toBe(false);
    expect(can(approver, "approve", "case", submitted)).toBe(true);
    expect(can(approver, "return", "case", submitted)).toBe(true);
    expect(can(administrator, "approve", "case", submitted)).toBe(true);
    expect(can(secretariat, "approve", "case", submitted)).toBe(false);
    expect(can(approvingMember, "approve", "case", submitted)).toBe(false);
    expect(can(approver, "approve", "case", ownExempt)).toBe(false);
    for (const who of [officer, approver, secretariat])
      expect(can(who, "markReady", "case", approved)).toBe(true);
    expect(can(otherOfficer, "markReady", "case", approved)).toBe(false);
  });

  it("lets the writers and the approver revise an approved case, and no one a submitted one", () => {
    const approved = subject({ ownerId: 7, status: "approved" });
    expect(can(officer, "revise", "case", approved)).toBe(true);
    expect(can(approver, "revise", "case", approved)).toBe(true);
    expect(can(otherOfficer, "revise", "case", approved)).toBe(false);
    expect(can(officer, "revise", "case", { ...approved, status: "submitted" })).toBe(false);
    expect(can(officer, "revise", "case", { ...approved, status: "decided" })).toBe(false);
  });

  it("lets the owner and the secretariat share a case, and no one they shared it with", () => {
    expect(can(officer, "share", "case", ownExempt)).toBe(true);
    expect(can(secretariat, "share", "case", othersPublic)).toBe(true);
    expect(can(officer, "share", "case", sharedExempt)).toBe(false);
  });

  it("closes the recommendation once a body has decided the case, for everyone", () => {
    expect(can(officer, "recommend", "case", ownExempt)).toBe(true);
    expect(can(officer, "recommend", "case", ownDecided)).toBe(false);
    expect(can(officer, "recommend", "case", othersPublic)).toBe(false);
    expect(can(secretariat, "recommend", "case", unowned)).toBe(true);
    expect(can(secretariat, "recommend", "case", { ...unowned, decided: true })).toBe(false);
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

  it("lets only the secretariat and administrators run the meeting console", () => {
    for (const staff of [secretariat, administrator]) {
      expect(can(staff, "view", "console", noticed)).toBe(true);
      expect(can(staff, "update", "console", noticed)).toBe(true);
    }
    for (const other of [officer, member, chair])
      expect(can(other, "view", "console", noticed)).toBe(false);
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
