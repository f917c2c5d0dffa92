import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seriesYear } from "../src/domain/numbering.ts";
import { addCaseDocument } from "../src/features/documents/add-case-document.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { holdMeeting } from "../src/features/meetings/hold-meeting.ts";
import { recordDecision } from "../src/features/meetings/record-decision.ts";
import { approveMinutes } from "../src/features/minutes/approve-minutes.ts";
import { buildCase } from "./factories/cases.ts";
import {
  buildHeldMeeting,
  buildMeeting,
  buildPublishedMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import { requestPublishedVersion } from "./factories/minutes.ts";
import { buildBody, buildMember, buildParty, buildTerm } from "./factories/registry.ts";
import { TEST_ACTOR } from "./factories/run.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase("empty");
});
afterEach(async () => {
  await database.close();
});

const HOUR_MS = 3_600_000;

async function auditTrail(entityType: string, entityId: number) {
  return database.db
    .selectFrom("audit_log")
    .select(["action", "at", "actor_name"])
    .where("entity_type", "=", entityType)
    .where("entity_id", "=", String(entityId))
    .orderBy("id")
    .execute();
}

describe("registry factories", () => {
  it("build a term, a party and members through the use cases, with their audit rows", async () => {
    const db = database.db;
    const term = await buildTerm(db);
    expect(term.startsOn <= term.endsOn).toBe(true);
    const party = await buildParty(db);
    const body = await buildBody(db, { seatCount: 1 });
    const member = await buildMember(db, { bodyId: body.id, termId: term.id, listId: party.id });
    const person = await db
      .selectFrom("person")
      .select("party_id")
      .where("id", "=", member.personId)
      .executeTakeFirstOrThrow();
    expect(person.party_id).toBe(party.id);
    expect(await auditTrail("membership", member.membershipId)).toMatchObject([
      { action: "membership.create", actor_name: "Testdata" },
    ]);
  });

  it("keep the membership rules: a seat beyond the seat count is refused", async () => {
    const db = database.db;
    const term = await buildTerm(db);
    const body = await buildBody(db, { seatCount: 1 });
    await buildMember(db, { bodyId: body.id, termId: term.id });
    await expect(buildMember(db, { bodyId: body.id, termId: term.id })).rejects.toThrow(
      /alle er besatt/,
    );
    await buildMember(db, {
      bodyId: body.id,
      termId: term.id,
      role: "substitute",
      substituteRank: 1,
    });
  });

  it("make a joint list of the parties it names", async () => {
    const db = database.db;
    const [a, b] = [await buildParty(db), await buildParty(db)];
    const joint = await buildParty(db, { partyIds: [a.id, b.id] });
    expect(joint.isJointList).toBe(true);
    const parts = await db
      .selectFrom("joint_list_party")
      .select("party_id")
      .where("joint_list_id", "=", joint.id)
      .execute();
    expect(parts.map((row) => row.party_id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe("meeting factories", () => {
  it("publish a meeting whose items are numbered in the body's series", async () => {
    const db = database.db;
    const body = await buildBody(db);
    const cases = [
      await buildCase(db, { route: [body.id] }),
      await buildCase(db, { route: [body.id] }),
    ];
    const { meeting, items } = await buildPublishedMeeting(db, {
      bodyId: body.id,
      caseIds: cases.map((c) => c.id),
    });
    expect(meeting.status).toBe("notice_published");
    const year = seriesYear(meeting.starts_at);
    expect(items.map((item) => [item.caseId, item.seriesYear, item.seriesNumber])).toEqual([
      [cases[0]?.id, year, 1],
      [cases[1]?.id, year, 2],
    ]);
  });

  it("refuse a case that is not routed to the body", async () => {
    const db = database.db;
    const [body, other] = [await buildBody(db), await buildBody(db)];
    const elsewhere = await buildCase(db, { route: [other.id] });
    await expect(
      buildPublishedMeeting(db, { bodyId: body.id, caseIds: [elsewhere.id] }),
    ).rejects.toThrow(/saksgangen/);
  });

  it("replay a held meeting in order: notice, meeting, decisions, minutes", async () => {
    const db = database.db;
    const body = await buildBody(db);
    const startsAt = eveningIn(-20);
    const { meeting, items } = await buildHeldMeeting(db, {
      bodyId: body.id,
      startsAt,
      decisions: ["Vedtatt som innstilt."],
      minutesApproved: true,
    });
    expect(meeting.status).toBe("minutes_approved");
    expect(meeting.ends_at?.getTime()).toBe(startsAt.getTime() + 3 * HOUR_MS);
    expect(meeting.notice_published_at?.getTime()).toBe(startsAt.getTime() - 240 * HOUR_MS);
    const decided = await db
      .selectFrom("agenda_item")
      .select(["decision", "decided_at"])
      .where("id", "=", items[0]?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(decided.decision).toBe("Vedtatt som innstilt.");
    expect(decided.decided_at && decided.decided_at > startsAt).toBe(true);
    const trail = await auditTrail("meeting", meeting.id);
    expect(trail.map((row) => row.action)).toEqual([
      "meeting.create",
      "meeting.publish_notice",
      "meeting.hold",
      "meeting.approve_minutes",
    ]);
    const times = trail.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[2]).toBeGreaterThan(startsAt.getTime());
  });
});

describe("holding a meeting and writing its decisions", () => {
  async function publishedMeeting() {
    const body = await buildBody(database.db);
    return buildPublishedMeeting(database.db, {
      bodyId: body.id,
      startsAt: eveningIn(-2),
      noticeAt: new Date(eveningIn(-2).getTime() - 240 * HOUR_MS),
    });
  }

  it("refuses to hold a meeting before it is over, or one whose notice has not gone out", async () => {
    const db = database.db;
    const { meeting } = await publishedMeeting();
    const endsAt = new Date(meeting.starts_at.getTime() + 3 * HOUR_MS);
    const early = await db.transaction().execute(async (tx) =>
      holdMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        endsAt,
        now: new Date(endsAt.getTime() - 60_000),
        tx,
      }),
    );
    expect(early).toEqual({
      ok: false,
      errors: { end: "Møtet kan ikke føres som holdt før det er slutt." },
    });
    const planned = await buildMeeting(db, { bodyId: meeting.body_id, startsAt: eveningIn(-3) });
    const unnoticed = await db.transaction().execute(async (tx) =>
      holdMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, planned.id),
        endsAt: new Date(planned.starts_at.getTime() + HOUR_MS),
        now: new Date(),
        tx,
      }),
    );
    expect(unnoticed.ok).toBe(false);
    const still = await db
      .selectFrom("meeting")
      .select("status")
      .where("id", "in", [meeting.id, planned.id])
      .execute();
    expect(still.map((row) => row.status).sort()).toEqual(["notice_published", "planned"]);
  });

  it("writes decisions only for a held meeting, within its hours, until the minutes are approved", async () => {
    const db = database.db;
    const { meeting, items } = await publishedMeeting();
    const itemId = items[0]?.id ?? 0;
    const decide = (decidedAt: Date) =>
      db.transaction().execute(async (tx) =>
        recordDecision({
          actor: TEST_ACTOR,
          meeting: await lockMeeting(tx, meeting.id),
          itemId,
          decision: "Vedtatt.",
          decidedAt,
          now: new Date(),
          tx,
        }),
      );
    const during = new Date(meeting.starts_at.getTime() + HOUR_MS);
    expect(await decide(during)).toEqual({
      ok: false,
      errors: { form: "Vedtak kan bare føres for et møte som er satt eller holdt." },
    });
    await db.transaction().execute(async (tx) =>
      holdMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        endsAt: new Date(meeting.starts_at.getTime() + 2 * HOUR_MS),
        now: new Date(),
        tx,
      }),
    );
    expect((await decide(new Date(meeting.starts_at.getTime() - 60_000))).ok).toBe(false);
    expect((await decide(new Date(meeting.starts_at.getTime() + 3 * HOUR_MS))).ok).toBe(false);
    expect((await decide(during)).ok).toBe(true);
    await db.transaction().execute(async (tx) =>
      approveMinutes({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        agendaItemId: null,
        now: new Date(),
        tx,
        requestVersion: requestPublishedVersion,
      }),
    );
    expect(await decide(during)).toEqual({
      ok: false,
      errors: { form: "Protokollen er godkjent, så vedtaket kan ikke endres." },
    });
    const actions = await db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "agenda_item.decide")
      .execute();
    expect(actions).toHaveLength(1);
  });
});

describe("case documents", () => {
  it("withholds the document of an exempt case on the case's basis", async () => {
    const db = database.db;
    const body = await buildBody(db);
    const exempt = await buildCase(db, { route: [body.id], exempt: true });
    const { documentId } = await db.transaction().execute((tx) =>
      addCaseDocument({
        actor: TEST_ACTOR,
        caseId: exempt.id,
        file: { sha256: "a".repeat(64), size: 3, mediaType: "text/plain", fileName: "notat.txt" },
        title: "Notat",
        kind: "attachment",
        tx,
      }),
    );
    const stored = await db
      .selectFrom("document")
      .select(["access", "exemption_basis"])
      .where("id", "=", documentId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ access: "exempt", exemption_basis: "Offl. § 13 jf. fvl. § 13" });
    const visible = await db
      .selectFrom("public_document")
      .select("id")
      .where("id", "=", documentId)
      .execute();
    expect(visible).toEqual([]);
  });
});
