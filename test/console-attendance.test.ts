import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commit } from "../src/commit/commit.ts";
import type { Outcome } from "../src/commit/outcome.ts";
import type { Database } from "../src/db/database.ts";
import { answerSubstituteCall } from "../src/features/console/answer-substitute-call.ts";
import { loadRoster, presentVoters } from "../src/features/console/attendance-queries.ts";
import { callSubstitute } from "../src/features/console/call-substitute.ts";
import { closeItem } from "../src/features/console/close-item.ts";
import type { ConsoleWork } from "../src/features/console/console-action.ts";
import { declareConflict } from "../src/features/console/declare-conflict.ts";
import { openMeeting } from "../src/features/console/open-meeting.ts";
import { recordAttendance } from "../src/features/console/record-attendance.ts";
import { recordRollCall } from "../src/features/console/record-roll-call.ts";
import { registerAbsence } from "../src/features/console/register-absence.ts";
import { ruleOnConflict } from "../src/features/console/rule-on-conflict.ts";
import { startItem } from "../src/features/console/start-item.ts";
import {
  calledSubstitutes,
  substituteProposal,
} from "../src/features/console/substitute-queries.ts";
import { withdrawAbsence } from "../src/features/console/withdraw-absence.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { updateAgendaItem } from "../src/features/meetings/update-agenda-item.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { buildPerson } from "./factories/registry.ts";
import { TEST_ACTOR } from "./factories/run.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let db: Database;
let s: SeatedMeeting;
beforeEach(async () => {
  database = await createTestDatabase("empty");
  db = database.db;
  s = await buildSeatedMeeting(db);
});
afterEach(async () => {
  await database.close();
});

/** Runs a console use case as a route does: the meeting locked, in one transaction. */
function run<T>(work: (args: ConsoleWork) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  return commit({ db }, async (tx) =>
    work({ tx, meeting: await lockMeeting(tx, s.meeting.id), actor: TEST_ACTOR, now: new Date() }),
  );
}

async function ok<T>(work: (args: ConsoleWork) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await run(work);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
}

const item = (index: number): number => {
  const row = s.items[index];
  if (!row) throw new Error(`No item ${index}`);
  return row.id;
};
const ids = async (itemId: number) => (await presentVoters(db, itemId)).map((v) => v.personId);
const allMembers = () => [...s.a.members, ...s.b.members];

async function openWithRollCall(present: number[]) {
  await ok(openMeeting);
  await ok((args) => recordRollCall({ ...args, present: new Set(present) }));
}

describe("absence and substitutes", () => {
  it("proposes the next substitute on the absent member's list, and calls them with a mail", async () => {
    const absent = s.a.members[1] ?? 0;
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: absent, fromItemId: null, reason: "Sykdom" }),
    );
    const roster = await loadRoster(db, s.meeting.id);
    const proposal = await substituteProposal(db, roster, { absenceId });
    expect(proposal.next?.personId).toBe(s.a.substitutes[0]);
    const { mailed } = await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: s.a.substitutes[0] ?? 0,
        baseUrl: "https://politikk.eksempel.no",
      }),
    );
    expect(mailed).toBe(true);
    const jobs = await db
      .selectFrom("job")
      .select(["type", "payload"])
      .where("type", "=", "sendMail")
      .execute();
    const mail = jobs
      .map((job) => JSON.stringify(job.payload))
      .find((p) => p.includes("varamedlem"));
    expect(mail).toContain(`https://politikk.eksempel.no/admin/moter/${s.meeting.id}`);
    expect(mail).toContain("hele møtet");
    const called = await calledSubstitutes(db, s.meeting.id);
    expect(called.map((c) => [c.personId, c.forPersonId, c.scope, c.status])).toEqual([
      [s.a.substitutes[0], absent, "meeting", "called"],
    ]);
  });

  it("proposes the next on the list when the first declines, and says why the first is passed over", async () => {
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: s.a.members[1] ?? 0, fromItemId: null, reason: "Jobb" }),
    );
    const first = await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: s.a.substitutes[0] ?? 0,
        baseUrl: "http://localhost",
      }),
    );
    await ok((args) => answerSubstituteCall({ ...args, callId: first.callId, answer: "declined" }));
    const proposal = await substituteProposal(db, await loadRoster(db, s.meeting.id), {
      absenceId,
    });
    expect(proposal.next?.personId).toBe(s.a.substitutes[1]);
    expect(proposal.skipped.map((skip) => skip.reason)).toEqual(["declined"]);
  });

  it("refuses a call out of rank order and names the one to call", async () => {
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: s.a.members[1] ?? 0, fromItemId: null, reason: "Jobb" }),
    );
    const outcome = await run((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: s.a.substitutes[1] ?? 0,
        baseUrl: "http://localhost",
      }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.form).toContain("Neste varamedlem er nå");
  });

  it("passes over a substitute who has reported absence", async () => {
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: s.a.members[1] ?? 0, fromItemId: null, reason: "Jobb" }),
    );
    await ok((args) =>
      registerAbsence({
        ...args,
        personId: s.a.substitutes[0] ?? 0,
        fromItemId: null,
        reason: "Ferie",
      }),
    );
    const proposal = await substituteProposal(db, await loadRoster(db, s.meeting.id), {
      absenceId,
    });
    expect(proposal.next?.personId).toBe(s.a.substitutes[1]);
    expect(proposal.skipped.map((skip) => skip.reason)).toEqual(["absent"]);
  });

  it("refuses a second absence for the same person", async () => {
    const person = s.b.members[0] ?? 0;
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: person, fromItemId: null, reason: "Sykdom" }),
    );
    expect(
      (
        await run((args) =>
          registerAbsence({ ...args, personId: person, fromItemId: null, reason: "x" }),
        )
      ).ok,
    ).toBe(false);
    await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: s.b.substitutes[0] ?? 0,
        baseUrl: "http://localhost",
      }),
    );
    expect((await run((args) => withdrawAbsence({ ...args, absenceId }))).ok).toBe(true);
    expect((await run((args) => withdrawAbsence({ ...args, absenceId }))).ok).toBe(false);
  });

  it("refuses an absence for someone outside the body, and one without a reason", async () => {
    const outsider = await buildPerson(db);
    const outcome = await run((args) =>
      registerAbsence({ ...args, personId: outsider.id, fromItemId: null, reason: "Sykdom" }),
    );
    expect(outcome.ok ? null : outcome.errors.person).toBe(
      "Velg et medlem eller varamedlem av utvalget.",
    );
    const blank = await run((args) =>
      registerAbsence({ ...args, personId: s.a.members[0] ?? 0, fromItemId: null, reason: "  " }),
    );
    expect(blank.ok ? null : blank.errors.reason).toBe("Skriv grunnen til forfallet.");
  });
});

describe("an absence withdrawn: the member comes after all", () => {
  async function absentWithAcceptedSubstitute() {
    const member = s.a.members[1] ?? 0;
    const substitute = s.a.substitutes[0] ?? 0;
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: member, fromItemId: null, reason: "Sykdom" }),
    );
    const { callId } = await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: substitute,
        baseUrl: "http://x",
      }),
    );
    await ok((args) => answerSubstituteCall({ ...args, callId, answer: "accepted" }));
    return { member, substitute, absenceId, callId };
  }

  it("releases the substitute's accepted call before they have met, and records it", async () => {
    const { member, substitute, absenceId, callId } = await absentWithAcceptedSubstitute();
    await ok((args) => withdrawAbsence({ ...args, absenceId }));
    expect(await calledSubstitutes(db, s.meeting.id)).toEqual([]);
    await ok(openMeeting);
    const released = await run((args) =>
      recordRollCall({ ...args, present: new Set([...allMembers(), substitute]) }),
    );
    expect(released.ok).toBe(false);
    await ok((args) => recordRollCall({ ...args, present: new Set(allMembers()) }));
    expect(await ids(item(0))).toContain(member);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "=", "absence.withdraw")
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ absenceId, releasedCallId: callId });
  });

  it("releases a call not yet answered", async () => {
    const member = s.b.members[0] ?? 0;
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: member, fromItemId: null, reason: "Jobb" }),
    );
    await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: s.b.substitutes[0] ?? 0,
        baseUrl: "http://x",
      }),
    );
    await ok((args) => withdrawAbsence({ ...args, absenceId }));
    expect(await calledSubstitutes(db, s.meeting.id)).toEqual([]);
  });

  it("after the substitute has met at an item, refuses the withdrawal and takes the member's arrival at a later item", async () => {
    const { member, substitute, absenceId } = await absentWithAcceptedSubstitute();
    const others = allMembers().filter((person) => person !== member);
    await openWithRollCall([...others, substitute]);
    await ok((args) => startItem({ ...args, itemId: item(0) }));
    const refusal = await run((args) => withdrawAbsence({ ...args, absenceId }));
    expect(refusal.ok ? null : refusal.errors.form).toMatch(
      /har møtt for .* i sak 1.*kom til møtet fra en senere sak/,
    );
    await ok((args) =>
      recordAttendance({ ...args, itemId: item(1), personId: member, kind: "arrived" }),
    );
    expect(await ids(item(0))).toContain(substitute);
    expect(await ids(item(0))).not.toContain(member);
    expect(await ids(item(1))).toContain(member);
    expect(await ids(item(1))).not.toContain(substitute);
  });
});

describe("attendance per item", () => {
  it("counts the roll call, a substitute who accepted, a late arrival and a departure", async () => {
    const [leader, a2, a3] = s.a.members;
    const [b1, b2] = s.b.members;
    const sub = s.a.substitutes[0] ?? 0;
    const { absenceId } = await ok((args) =>
      registerAbsence({ ...args, personId: a2 ?? 0, fromItemId: null, reason: "Sykdom" }),
    );
    const { callId } = await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: sub,
        baseUrl: "http://x",
      }),
    );
    await ok((args) => answerSubstituteCall({ ...args, callId, answer: "accepted" }));
    await openWithRollCall([leader ?? 0, a3 ?? 0, b1 ?? 0, sub]);
    expect(new Set(await ids(item(0)))).toEqual(new Set([leader, a3, b1, sub]));
    await ok((args) =>
      recordAttendance({ ...args, itemId: item(1), personId: b2 ?? 0, kind: "arrived" }),
    );
    await ok((args) =>
      recordAttendance({ ...args, itemId: item(2), personId: a3 ?? 0, kind: "left" }),
    );
    expect(await ids(item(0))).toHaveLength(4);
    expect(new Set(await ids(item(1)))).toEqual(new Set([leader, a3, b1, b2, sub]));
    expect(new Set(await ids(item(2)))).toEqual(new Set([leader, b1, b2, sub]));
    const voters = await presentVoters(db, item(1));
    expect(voters.find((v) => v.personId === sub)).toMatchObject({
      capacity: "substitute",
      forPersonId: a2,
    });
  });

  it("does not count a substitute who is called but has not accepted", async () => {
    const { absenceId } = await ok((args) =>
      registerAbsence({
        ...args,
        personId: s.a.members[1] ?? 0,
        fromItemId: null,
        reason: "Sykdom",
      }),
    );
    await ok((args) =>
      callSubstitute({
        ...args,
        source: { absenceId },
        substitutePersonId: s.a.substitutes[0] ?? 0,
        baseUrl: "http://x",
      }),
    );
    await openWithRollCall([s.a.substitutes[0] ?? 0]);
    expect(await ids(item(0))).toEqual([]);
  });

  it("refuses an arrival of one already there, and a departure of one not there", async () => {
    await openWithRollCall([s.a.members[0] ?? 0]);
    const arrive = await run((args) =>
      recordAttendance({
        ...args,
        itemId: item(1),
        personId: s.a.members[0] ?? 0,
        kind: "arrived",
      }),
    );
    expect(arrive.ok ? null : arrive.errors.person).toContain("er allerede til stede");
    const leave = await run((args) =>
      recordAttendance({ ...args, itemId: item(1), personId: s.b.members[0] ?? 0, kind: "left" }),
    );
    expect(leave.ok ? null : leave.errors.person).toContain("er ikke til stede");
  });

  it("corrects the roll call to the set sent again", async () => {
    await openWithRollCall(allMembers());
    await ok((args) => recordRollCall({ ...args, present: new Set(s.a.members) }));
    expect(new Set(await ids(item(0)))).toEqual(new Set(s.a.members));
  });

  it("refuses the roll call before the meeting is opened", async () => {
    const outcome = await run((args) =>
      recordRollCall({ ...args, present: new Set(allMembers()) }),
    );
    expect(outcome.ok ? null : outcome.errors.form).toBe("Sett møtet før oppropet.");
  });
});

describe("conflicts of interest", () => {
  it("rules a member disqualified by a vote without them; they leave the item and a substitute meets for it", async () => {
    await openWithRollCall(allMembers());
    const member = s.a.members[2] ?? 0;
    const { conflictId } = await ok((args) =>
      declareConflict({
        ...args,
        itemId: item(1),
        personId: member,
        basis: "fvl_6_first",
        grounds: "Er styreleder i tiltakshaver",
      }),
    );
    const miscount = await run((args) =>
      ruleOnConflict({ ...args, conflictId, votesFor: 3, votesAgainst: 2, chairVote: null }),
    );
    expect(miscount.ok ? null : miscount.errors.votesFor).toContain("bare 4");
    expect(
      await ok((args) =>
        ruleOnConflict({ ...args, conflictId, votesFor: 3, votesAgainst: 1, chairVote: null }),
      ),
    ).toEqual({ disqualified: true });
    expect(await ids(item(1))).not.toContain(member);
    expect(await ids(item(2))).toContain(member);
    const roster = await loadRoster(db, s.meeting.id);
    const proposal = await substituteProposal(db, roster, { conflictId });
    expect(proposal.next?.personId).toBe(s.a.substitutes[0]);
    const sub = s.a.substitutes[0] ?? 0;
    const { callId } = await ok((args) =>
      callSubstitute({
        ...args,
        source: { conflictId },
        substitutePersonId: sub,
        baseUrl: "http://x",
      }),
    );
    await ok((args) => answerSubstituteCall({ ...args, callId, answer: "accepted" }));
    await ok((args) =>
      recordAttendance({ ...args, itemId: item(1), personId: sub, kind: "arrived" }),
    );
    await ok((args) => recordAttendance({ ...args, itemId: item(2), personId: sub, kind: "left" }));
    expect(await ids(item(1))).toContain(sub);
    expect(await ids(item(1))).toHaveLength(5);
    expect(await ids(item(2))).not.toContain(sub);
  });

  it("lets the chair's vote decide a tie, and asks for it when it is missing", async () => {
    await openWithRollCall(allMembers());
    const { conflictId } = await ok((args) =>
      declareConflict({
        ...args,
        itemId: item(0),
        personId: s.b.members[0] ?? 0,
        basis: "fvl_6_second",
        grounds: "",
      }),
    );
    const tie = await run((args) =>
      ruleOnConflict({ ...args, conflictId, votesFor: 2, votesAgainst: 2, chairVote: null }),
    );
    expect(tie.ok ? null : tie.errors.chairVote).toContain("møtelederens stemme avgjør");
    expect(
      await ok((args) =>
        ruleOnConflict({ ...args, conflictId, votesFor: 2, votesAgainst: 2, chairVote: "against" }),
      ),
    ).toEqual({ disqualified: false });
    const row = await db
      .selectFrom("conflict_of_interest")
      .selectAll()
      .where("id", "=", conflictId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ruling: "not_disqualified", decided_by_chair: true, votes_for: 2 });
  });

  it("refuses a ruling without a quorum", async () => {
    await openWithRollCall([s.a.members[0] ?? 0, s.a.members[1] ?? 0, s.b.members[0] ?? 0]);
    const { conflictId } = await ok((args) =>
      declareConflict({
        ...args,
        itemId: item(0),
        personId: s.a.members[1] ?? 0,
        basis: "kl_11_10_second",
        grounds: "",
      }),
    );
    const outcome = await run((args) =>
      ruleOnConflict({ ...args, conflictId, votesFor: 2, votesAgainst: 0, chairVote: null }),
    );
    expect(outcome.ok ? null : outcome.errors.form).toContain("ikke vedtaksført");
  });
});

describe("closing the meeting for an item", () => {
  it("records the ground and basis, and closes the public item", async () => {
    await ok((args) =>
      closeItem({ ...args, itemId: item(0), ground: "privacy", basis: "Kl. § 11-5 tredje ledd" }),
    );
    const row = await db
      .selectFrom("public_agenda_item")
      .select(["is_closed", "closed_basis"])
      .where("id", "=", item(0))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ is_closed: true, closed_basis: "Kl. § 11-5 tredje ledd" });
  });

  it("refuses in a remote meeting an item it must close (confidentiality, an employee), and records nothing", async () => {
    await database.close();
    database = await createTestDatabase("empty");
    db = database.db;
    s = await buildSeatedMeeting(db, { isRemote: true });
    const outcome = await run((args) =>
      closeItem({
        ...args,
        itemId: item(0),
        ground: "confidentiality",
        basis: "Kl. § 11-5 andre ledd, jf. offl. § 13",
      }),
    );
    expect(outcome.ok ? null : outcome.errors.ground).toContain("kl. § 11-7 tredje ledd");
    const employee = await run((args) =>
      closeItem({ ...args, itemId: item(0), ground: "employee", basis: "Kl. § 11-5 andre ledd" }),
    );
    expect(employee.ok ? null : employee.errors.ground).toContain("kl. § 11-7 tredje ledd");
    const row = await db
      .selectFrom("agenda_item")
      .select(["is_closed", "closure_ground"])
      .where("id", "=", item(0))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ is_closed: false, closure_ground: null });
    const privacy = await run((args) =>
      closeItem({ ...args, itemId: item(0), ground: "privacy", basis: "Kl. § 11-5 tredje ledd" }),
    );
    expect(privacy.ok).toBe(true);
  });
});

describe("a closing decided in the meeting", () => {
  it("cannot be undone from the agenda's planning form", async () => {
    await ok((args) =>
      closeItem({ ...args, itemId: item(0), ground: "employee", basis: "Kl. § 11-5 andre ledd" }),
    );
    const outcome = await run((args) =>
      updateAgendaItem({ ...args, itemId: item(0), closedBasis: null }),
    );
    expect(outcome.ok ? null : outcome.errors.closed).toContain("vedtatt å lukke møtet");
  });
});
