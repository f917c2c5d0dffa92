import { describe, expect, it } from "vitest";
import {
  approvedBySignatures,
  correctionRefusal,
  type MinutesCandidate,
  namedMinutesMeeting,
  type SigningState,
  signingRefusal,
  unsignedSigners,
} from "../../src/domain/minutes-approval.ts";

const draft = { id: 11, version: 2, kind: "draft" as const };
const state = (overrides: Partial<SigningState> = {}): SigningState => ({
  approval: "signatures",
  approved: false,
  signerPersonIds: [1, 2],
  latest: draft,
  signedLatest: [],
  ...overrides,
});

describe("who may sign the minutes", () => {
  it("lets a chosen signer sign the latest published draft", () => {
    expect(signingRefusal(state(), { personId: 1, versionId: 11 })).toBeNull();
    expect(signingRefusal(state({ signedLatest: [2] }), { personId: 1, versionId: 11 })).toBeNull();
  });

  it("refuses someone not chosen to sign", () => {
    expect(signingRefusal(state(), { personId: 3, versionId: 11 })).toBe(
      "Du er ikke valgt til å signere denne protokollen.",
    );
  });

  it("refuses an old version once a newer one is published", () => {
    expect(signingRefusal(state(), { personId: 1, versionId: 10 })).toMatch(/nyere versjon/);
  });

  it("refuses a second signature on the same version", () => {
    expect(signingRefusal(state({ signedLatest: [1] }), { personId: 1, versionId: 11 })).toBe(
      "Du har allerede signert protokollen.",
    );
  });

  it("refuses approved minutes, minutes the body approves, and minutes not yet published", () => {
    expect(signingRefusal(state({ approved: true }), { personId: 1, versionId: 11 })).toBe(
      "Protokollen er allerede godkjent.",
    );
    expect(signingRefusal(state({ approval: "meeting" }), { personId: 1, versionId: 11 })).toMatch(
      /godkjennes av utvalget/,
    );
    expect(signingRefusal(state({ latest: null }), { personId: 1, versionId: 11 })).toMatch(
      /ikke lagt fram/,
    );
    expect(
      signingRefusal(state({ latest: { ...draft, kind: "final" } }), {
        personId: 1,
        versionId: 11,
      }),
    ).toMatch(/ikke lagt fram/);
  });
});

describe("approval by signatures", () => {
  it("approves when every chosen signer has signed the same version", () => {
    expect(approvedBySignatures({ signerPersonIds: [1, 2], signedPersonIds: [2, 1] })).toBe(true);
    expect(approvedBySignatures({ signerPersonIds: [1, 2], signedPersonIds: [1] })).toBe(false);
    expect(approvedBySignatures({ signerPersonIds: [], signedPersonIds: [] })).toBe(false);
  });

  it("lists who is still to sign, in the order they were chosen", () => {
    const signers = [{ personId: 2 }, { personId: 1 }, { personId: 3 }];
    expect(unsignedSigners(signers, [1])).toEqual([{ personId: 2 }, { personId: 3 }]);
  });
});

describe("a correction after approval", () => {
  it("needs approved minutes and a reason", () => {
    expect(correctionRefusal({ approved: true, reason: "Feil stemmetall i sak 12/2026." })).toBe(
      null,
    );
    expect(correctionRefusal({ approved: true, reason: "  " })).toEqual({
      field: "reason",
      message: "Skriv hvorfor protokollen rettes.",
    });
    expect(correctionRefusal({ approved: true, reason: "x".repeat(2001) })?.field).toBe("reason");
    expect(correctionRefusal({ approved: false, reason: "Feil." })?.field).toBe("form");
  });
});

describe("the meeting an item «Godkjenning av protokoll» names", () => {
  const candidates: MinutesCandidate[] = [
    { meetingId: 1, day: "2026-10-15", seriesNumber: 3, seriesYear: 2026, approved: true },
    { meetingId: 2, day: "2026-11-12", seriesNumber: 4, seriesYear: 2026, approved: false },
    { meetingId: 3, day: "2026-11-19", seriesNumber: null, seriesYear: null, approved: false },
  ];

  it("finds the meeting by its date or its number", () => {
    expect(namedMinutesMeeting(["Protokoll fra møte 12.11.2026"], candidates)).toEqual({
      kind: "approve",
      meetingId: 2,
    });
    expect(namedMinutesMeeting(["Protokoll fra 19. november 2026"], candidates)).toEqual({
      kind: "approve",
      meetingId: 3,
    });
    expect(
      namedMinutesMeeting(["", "Protokollen fra Møte 4/2026 godkjennes."], candidates),
    ).toEqual({ kind: "approve", meetingId: 2 });
  });

  it("does nothing for minutes approved already", () => {
    expect(namedMinutesMeeting(["Protokoll fra møte 15.10.2026"], candidates)).toEqual({
      kind: "nothing",
    });
  });

  it("refuses an item that names no meeting, or two, while minutes wait", () => {
    expect(namedMinutesMeeting(["Protokollen godkjennes."], candidates).kind).toBe("refused");
    expect(namedMinutesMeeting(["Protokoll fra 12.11.2026 og 19.11.2026"], candidates).kind).toBe(
      "refused",
    );
  });

  it("does nothing when no minutes wait and none is named", () => {
    expect(
      namedMinutesMeeting(["Protokoll fra forrige møte"], [candidates[0] as MinutesCandidate]),
    ).toEqual({ kind: "nothing" });
    expect(namedMinutesMeeting(["Protokoll fra 01.01.2026"], [])).toEqual({ kind: "nothing" });
  });
});
