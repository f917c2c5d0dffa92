import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commit } from "../src/commit/commit.ts";
import { ROUTE_NEEDS_REASON_MESSAGE } from "../src/features/cases/case-record.ts";
import { lockCase } from "../src/features/cases/queries.ts";
import { updateCase } from "../src/features/cases/update-case.ts";
import { changeRoute } from "../src/features/route/change-route.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting, buildMeeting, eveningIn } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { TEST_ACTOR } from "./factories/run.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let planning: number;
let executive: number;
let council: number;
beforeEach(async () => {
  database = await createTestDatabase("empty");
  planning = (await buildBody(database.db, { name: "Planutvalget", slug: "planutvalget" })).id;
  executive = (await buildBody(database.db, { name: "Formannskapet", slug: "formannskapet" })).id;
  council = (await buildBody(database.db, { name: "Kommunestyret", slug: "kommunestyret" })).id;
});
afterEach(async () => {
  await database.close();
});

const change = (caseId: number, route: number[], reason = "") =>
  commit({ db: database.db }, async (tx) =>
    changeRoute({ actor: TEST_ACTOR, caseId, route, reason, tx }),
  );

async function steps(caseId: number) {
  return database.db
    .selectFrom("case_route_step")
    .select(["id", "position", "body_id", "recommendation", "recommendation_by"])
    .where("case_id", "=", caseId)
    .orderBy("position")
    .execute();
}

async function snapshot() {
  const db = database.db;
  const [routeSteps, cases, audits] = await Promise.all([
    db.selectFrom("case_route_step").selectAll().orderBy("id").execute(),
    db.selectFrom("case").selectAll().orderBy("id").execute(),
    db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { routeSteps, cases, audits: Number(audits.n) };
}

async function lastAudit() {
  return database.db
    .selectFrom("audit_log")
    .select(["action", "details"])
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
}

/** A case whose first step, the planning committee, has decided. */
async function treatedCase() {
  const built = await buildCase(database.db, { route: [planning, executive, council] });
  await buildHeldMeeting(database.db, {
    bodyId: planning,
    startsAt: eveningIn(-20),
    caseIds: [built.id],
    decisions: ["Planutvalget tilrår planen."],
  });
  return built.id;
}

describe("changing a route", () => {
  it("needs no reason before the case has been on an agenda, and keeps a step that stays", async () => {
    const { id: caseId } = await buildCase(database.db, { route: [executive, council] });
    const meeting = await buildMeeting(database.db, { bodyId: executive });
    await database.db
      .updateTable("case_route_step")
      .set({ planned_meeting_id: meeting.id })
      .where("case_id", "=", caseId)
      .where("position", "=", 1)
      .execute();
    const [first] = await steps(caseId);

    expect((await change(caseId, [executive, planning, council])).ok).toBe(true);
    const after = await steps(caseId);
    expect(after.map((step) => step.body_id)).toEqual([executive, planning, council]);
    expect(after[0]?.id).toBe(first?.id);
    expect(await lastAudit()).toEqual({
      action: "case.change_route",
      details: {
        previous: [executive, council],
        route: [executive, planning, council],
        reason: null,
      },
    });
  });

  it("needs a reason once a step is treated, and changes nothing without one", async () => {
    const caseId = await treatedCase();
    const before = await snapshot();
    expect(await change(caseId, [planning, council])).toEqual({
      ok: false,
      errors: { reason: "Skriv hvorfor saksgangen endres." },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to drop or move a treated step, and changes nothing", async () => {
    const caseId = await treatedCase();
    const before = await snapshot();
    const dropped = await change(caseId, [executive, council], "Feil utvalg.");
    expect(dropped).toEqual({
      ok: false,
      errors: { route1: "Steg 1, Planutvalget, har vært på en saksliste og må stå der det står." },
    });
    const moved = await change(caseId, [executive, planning, council], "Feil rekkefølge.");
    expect(moved.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("skips a body with a reason, and the next body gets the decision as its recommendation", async () => {
    const caseId = await treatedCase();
    const outcome = await change(caseId, [planning, council], "Formannskapet har delegert saken.");
    expect(outcome.ok).toBe(true);
    expect((await steps(caseId)).map(({ id: _id, ...step }) => step)).toEqual([
      { position: 1, body_id: planning, recommendation: null, recommendation_by: null },
      {
        position: 2,
        body_id: council,
        recommendation: "Planutvalget tilrår planen.",
        recommendation_by: "Planutvalgets innstilling",
      },
    ]);
    expect(await lastAudit()).toEqual({
      action: "case.change_route",
      details: {
        previous: [planning, executive, council],
        route: [planning, council],
        reason: "Formannskapet har delegert saken.",
      },
    });
  });

  it("ends the case when only decided steps are left, and then keeps the route as it is", async () => {
    const caseId = await treatedCase();
    expect((await change(caseId, [planning], "Planutvalget har myndighet.")).ok).toBe(true);
    const row = await database.db
      .selectFrom("case")
      .select(["status", "decided_at"])
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("decided");
    expect(row.decided_at).not.toBeNull();
    expect(await change(caseId, [planning, council], "Likevel.")).toEqual({
      ok: false,
      errors: { form: "Saken er avgjort, så saksgangen kan ikke endres." },
    });
  });

  it("is refused in the case form once the case has been on an agenda", async () => {
    const caseId = await treatedCase();
    const built = await database.db
      .selectFrom("case")
      .selectAll()
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    const before = await snapshot();
    const outcome = await commit({ db: database.db }, async (tx) =>
      updateCase({
        actor: TEST_ACTOR,
        current: await lockCase(tx, caseId),
        input: {
          archiveCaseNumber: built.archive_case_number,
          title: built.title,
          caseType: built.case_type,
          caseOfficer: built.case_officer,
          responsibleUnit: built.responsible_unit,
          summary: built.summary,
          facts: built.facts,
          assessment: built.assessment,
          recommendation: built.recommendation,
          access: built.access,
          publicTitle: built.public_title,
          exemptionBasis: built.exemption_basis,
          route: [planning, council],
          ownerId: built.owner_user_id,
        },
        tx,
      }),
    );
    expect(outcome).toEqual({ ok: false, errors: { route1: ROUTE_NEEDS_REASON_MESSAGE } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the same body twice in a row, but takes it back after another", async () => {
    const { id: caseId } = await buildCase(database.db, { route: [executive] });
    expect(await change(caseId, [executive, executive])).toEqual({
      ok: false,
      errors: { route2: "Utvalget står rett før i saksgangen. Velg et annet utvalg imellom." },
    });
    expect((await change(caseId, [executive, council, executive])).ok).toBe(true);
  });
});
