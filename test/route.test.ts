import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commit } from "../src/commit/commit.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { recordDecision } from "../src/features/meetings/record-decision.ts";
import { removeAgendaItem } from "../src/features/meetings/remove-agenda-item.ts";
import { withdrawDecision } from "../src/features/meetings/withdraw-decision.ts";
import { buildCase } from "./factories/cases.ts";
import {
  buildAgendaItem,
  buildHeldMeeting,
  buildMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase("empty");
});
afterEach(async () => {
  await database.close();
});

const body = async (name: string) =>
  (await buildBody(database.db, { name, slug: name.toLowerCase().replace(/\W+/g, "-") })).id;

async function steps(caseId: number) {
  return database.db
    .selectFrom("case_route_step")
    .select(["position", "body_id", "recommendation", "recommendation_by"])
    .where("case_id", "=", caseId)
    .orderBy("position")
    .execute();
}

async function caseState(caseId: number) {
  return database.db
    .selectFrom("case")
    .select(["status", "decided_at"])
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
}

/** Everything a decision could touch, to show that a refusal changed nothing. */
async function snapshot() {
  const db = database.db;
  const [items, routeSteps, cases, audits] = await Promise.all([
    db.selectFrom("agenda_item").selectAll().orderBy("id").execute(),
    db.selectFrom("case_route_step").selectAll().orderBy("id").execute(),
    db.selectFrom("case").selectAll().orderBy("id").execute(),
    db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, routeSteps, cases, audits: Number(audits.n) };
}

const decide = (meetingId: number, itemId: number, decision: string, decidedAt: Date) =>
  commit({ db: database.db }, async (tx) =>
    recordDecision({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      itemId,
      decision,
      decidedAt,
      now: new Date(),
      tx,
    }),
  );

const withdraw = (meetingId: number, itemId: number) =>
  commit({ db: database.db }, async (tx) =>
    withdrawDecision({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      itemId,
      now: new Date(),
      tx,
    }),
  );

const minute = (meeting: { starts_at: Date }, n: number) =>
  new Date(meeting.starts_at.getTime() + n * 60_000);

describe("a case through three bodies", () => {
  it("carries each decision on as the next body's recommendation, and the last ends the case", async () => {
    const planning = await body("Planutvalget");
    const executive = await body("Formannskapet");
    const council = await body("Kommunestyret");
    const { id: caseId } = await buildCase(database.db, {
      route: [planning, executive, council],
      recommendation: "Planen vedtas.",
    });

    await buildHeldMeeting(database.db, {
      bodyId: planning,
      startsAt: eveningIn(-40),
      caseIds: [caseId],
      decisions: ["Planen vedtas med endringen i punkt 2."],
    });
    expect(await steps(caseId)).toEqual([
      { position: 1, body_id: planning, recommendation: null, recommendation_by: null },
      {
        position: 2,
        body_id: executive,
        recommendation: "Planen vedtas med endringen i punkt 2.",
        recommendation_by: "Planutvalgets innstilling",
      },
      { position: 3, body_id: council, recommendation: null, recommendation_by: null },
    ]);
    expect((await caseState(caseId)).status).not.toBe("decided");

    await buildHeldMeeting(database.db, {
      bodyId: executive,
      startsAt: eveningIn(-25),
      caseIds: [caseId],
      decisions: ["Planen vedtas med endringene i punkt 2 og 3."],
    });
    expect((await steps(caseId))[2]).toEqual({
      position: 3,
      body_id: council,
      recommendation: "Planen vedtas med endringene i punkt 2 og 3.",
      recommendation_by: "Formannskapets innstilling",
    });

    const { meeting } = await buildHeldMeeting(database.db, {
      bodyId: council,
      startsAt: eveningIn(-10),
      caseIds: [caseId],
      decisions: ["Planen vedtas."],
    });
    expect(await caseState(caseId)).toEqual({ status: "decided", decided_at: minute(meeting, 1) });
  });
});

describe("a corrected decision", () => {
  async function twoBodies() {
    const executive = await body("Formannskapet");
    const council = await body("Kommunestyret");
    const { id: caseId } = await buildCase(database.db, { route: [executive, council] });
    const held = await buildHeldMeeting(database.db, {
      bodyId: executive,
      startsAt: eveningIn(-20),
      caseIds: [caseId],
      decisions: ["Saken utsettes ikke."],
    });
    const item = held.items[0];
    if (!item) throw new Error("agenda missing");
    return { executive, council, caseId, meeting: held.meeting, itemId: item.id };
  }

  it("is carried on again while the minutes are open", async () => {
    const { caseId, meeting, itemId } = await twoBodies();
    const outcome = await decide(meeting.id, itemId, "Forslaget vedtas.", minute(meeting, 5));
    expect(outcome.ok).toBe(true);
    expect((await steps(caseId))[1]?.recommendation).toBe("Forslaget vedtas.");
    const audit = await database.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "agenda_item.decide")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ previousDecision: "Saken utsettes ikke." });
  });

  it("is refused once the next body has decided on the old text, and changes nothing", async () => {
    const { council, caseId, meeting, itemId } = await twoBodies();
    await buildHeldMeeting(database.db, {
      bodyId: council,
      startsAt: eveningIn(-5),
      caseIds: [caseId],
      decisions: ["Vedtatt."],
    });
    const before = await snapshot();
    const outcome = await decide(meeting.id, itemId, "Noe annet.", minute(meeting, 5));
    expect(outcome).toEqual({
      ok: false,
      errors: {
        form: "Kommunestyret har allerede behandlet saken med dette vedtaket som innstilling, så vedtaket kan ikke rettes.",
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("is undone when the decision is taken back, and the case waits for the body again", async () => {
    const { executive, council, caseId, meeting, itemId } = await twoBodies();
    const coming = await buildMeeting(database.db, { bodyId: council });
    const placed = await buildAgendaItem(database.db, { meetingId: coming.id, caseId });

    const before = await snapshot();
    const refusedOutcome = await withdraw(meeting.id, itemId);
    expect(refusedOutcome.ok).toBe(false);
    expect(await snapshot()).toEqual(before);

    await commitOrThrow(database.db, async (tx) =>
      removeAgendaItem({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, coming.id),
        itemId: placed.itemId,
        tx,
      }),
    );
    expect((await withdraw(meeting.id, itemId)).ok).toBe(true);
    expect((await steps(caseId))[1]).toEqual({
      position: 2,
      body_id: council,
      recommendation: null,
      recommendation_by: null,
    });
    const again = await buildMeeting(database.db, { bodyId: executive });
    await buildAgendaItem(database.db, { meetingId: again.id, caseId });
  });

  it("opens a decided case again when the last body's decision is taken back", async () => {
    const executive = await body("Formannskapet");
    const { id: caseId } = await buildCase(database.db, { route: [executive] });
    const { meeting, items } = await buildHeldMeeting(database.db, {
      bodyId: executive,
      caseIds: [caseId],
    });
    expect((await caseState(caseId)).status).toBe("decided");
    expect((await withdraw(meeting.id, items[0]?.id ?? 0)).ok).toBe(true);
    expect(await caseState(caseId)).toEqual({ status: "ready", decided_at: null });
  });
});
