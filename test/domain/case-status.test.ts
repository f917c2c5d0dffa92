import { describe, expect, it } from "vitest";
import {
  CASE_STEPS,
  type CaseStanding,
  type CaseStatus,
  editingIn,
  mayEditDraft,
  mayRevise,
  mayTakeStep,
  stepTo,
} from "../../src/domain/case-status.ts";

const nobody: CaseStanding = { author: false, approver: false, secretariat: false };
const author: CaseStanding = { ...nobody, author: true };
const approver: CaseStanding = { ...nobody, approver: true };
const secretariat: CaseStanding = { ...nobody, secretariat: true };

const STATUSES: CaseStatus[] = ["draft", "submitted", "approved", "ready", "decided"];

/** Every status a step is allowed from, for a standing. */
const allowedFrom = (step: (typeof CASE_STEPS)[number], standing: CaseStanding) =>
  STATUSES.filter((status) => mayTakeStep(step, status, standing));

describe("case workflow steps", () => {
  it("lets the writers submit a draft, and no one submit anything else", () => {
    expect(allowedFrom("submit", author)).toEqual(["draft"]);
    expect(allowedFrom("submit", approver)).toEqual([]);
    expect(allowedFrom("submit", secretariat)).toEqual([]);
    expect(stepTo("submit")).toBe("submitted");
  });

  it("lets only the approver approve or return, and only a submitted case", () => {
    for (const step of ["approve", "return"] as const) {
      expect(allowedFrom(step, approver)).toEqual(["submitted"]);
      expect(allowedFrom(step, author)).toEqual([]);
      expect(allowedFrom(step, secretariat)).toEqual([]);
    }
    expect(stepTo("approve")).toBe("approved");
    expect(stepTo("return")).toBe("draft");
  });

  it("lets the writer, the approver or the secretariat mark an approved case ready", () => {
    for (const standing of [author, approver, secretariat])
      expect(allowedFrom("markReady", standing)).toEqual(["approved"]);
    expect(allowedFrom("markReady", nobody)).toEqual([]);
    expect(stepTo("markReady")).toBe("ready");
  });

  it("gives someone with no standing no step at all", () => {
    for (const step of CASE_STEPS) expect(allowedFrom(step, nobody)).toEqual([]);
  });
});

describe("editing the presentation", () => {
  it("is free in a draft, by revision after approval, and closed otherwise", () => {
    expect(STATUSES.map(editingIn)).toEqual(["free", "closed", "revision", "revision", "closed"]);
  });

  it("lets only the writers edit a draft", () => {
    expect(STATUSES.filter((status) => mayEditDraft(status, author))).toEqual(["draft"]);
    for (const standing of [approver, secretariat, nobody])
      expect(STATUSES.filter((status) => mayEditDraft(status, standing))).toEqual([]);
  });

  it("lets the writers and the approver revise an approved or ready case", () => {
    for (const standing of [author, approver])
      expect(STATUSES.filter((status) => mayRevise(status, standing))).toEqual([
        "approved",
        "ready",
      ]);
    for (const standing of [secretariat, nobody])
      expect(STATUSES.filter((status) => mayRevise(status, standing))).toEqual([]);
  });
});
