import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeAudit } from "../src/audit.ts";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { formatDate } from "../src/domain/time.ts";
import { adjournMeeting } from "../src/features/console/adjourn-meeting.ts";
import { recordVote } from "../src/features/console/record-vote.ts";
import { startItem } from "../src/features/console/start-item.ts";
import { issueDecisionNoticesJob } from "../src/features/decision-notices/issue-decision-notices-job.ts";
import { queueOf } from "../src/features/route/queue-queries.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { buildCase } from "./factories/cases.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { buildHeldMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commit, TEST_ACTOR } from "./factories/run.ts";
import { inConsole, newKey, sitMeeting } from "./factories/treatment.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { jobServices } from "./helpers/job-services.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
});
afterEach(async () => {
  await t.close();
});

const runNoticeJobs = async () => {
  const mailer = createMailer(loadConfig({}));
  try {
    await runDueJobs({
      db,
      registry: createJobRegistry([issueDecisionNoticesJob]),
      services: jobServices(db, mailer, { blobs: t.database.blobs }),
    });
  } finally {
    mailer.close();
  }
};

const partyCode = async (listId: number): Promise<string> =>
  (
    await db
      .selectFrom("party")
      .select("short_name")
      .where("id", "=", listId)
      .executeTakeFirstOrThrow()
  ).short_name;

/** The recommendation put to the vote and adopted: party A's three for, party B's two against. */
async function adoptRecommendation(seated: SeatedMeeting, itemId: number, split: boolean) {
  const counting = split
    ? {
        by: "party" as const,
        parties: [
          { partyCode: await partyCode(seated.a.listId), votesFor: 3, votesAgainst: 0 },
          { partyCode: await partyCode(seated.b.listId), votesFor: 0, votesAgainst: 2 },
        ],
      }
    : { by: "unanimous" as const };
  const outcome = await inConsole(db, seated.meeting.id, (args) =>
    recordVote({
      ...args,
      itemId,
      proposal: "recommendation",
      against: null,
      counting,
      chairVoted: null,
      idempotencyKey: newKey(),
    }),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value.summary;
}

describe("the decision goes on along the route", () => {
  it("from a vote in the console: the next body's recommendation and queue, or the case decided", async () => {
    const seated = await buildSeatedMeeting(db, { items: 2 });
    const council = await buildBody(db, { name: "Kommunestyret" });
    const [first, last] = seated.items;
    const onward = first?.caseId ?? 0;
    const ending = last?.caseId ?? 0;
    await db
      .insertInto("case_route_step")
      .values({ case_id: onward, position: 2, body_id: council.id })
      .execute();
    // Approved for the chief executive by the case workflow, which these tests do not replay.
    await db
      .updateTable("case")
      .set({ status: "ready" })
      .where("id", "in", [onward, ending])
      .execute();

    await sitMeeting(db, seated);
    const splitLine = await adoptRecommendation(seated, first?.id ?? 0, true);
    expect(splitLine).toMatch(/vedtatt med 3 mot 2 stemmer/);

    const queue = await queueOf(db, council.id);
    expect(queue.map((entry) => entry.caseId)).toContain(onward);
    const step = await db
      .selectFrom("case_route_step")
      .select(["recommendation", "recommendation_by"])
      .where("case_id", "=", onward)
      .where("position", "=", 2)
      .executeTakeFirstOrThrow();
    expect(step.recommendation).toBe("Saken tas til orientering.");
    expect(step.recommendation_by).toMatch(/innstilling/i);
    const page = await staff.get(`/admin/utvalg/${council.id}/saker-klare`);
    expect(page.body).toContain(
      (
        await db
          .selectFrom("case")
          .select("title")
          .where("id", "=", onward)
          .executeTakeFirstOrThrow()
      ).title,
    );

    // While the meeting sits nothing is sent.
    await runNoticeJobs();
    expect(await db.selectFrom("decision_notice").select("id").execute()).toHaveLength(0);

    await inConsole(db, seated.meeting.id, (args) => startItem({ ...args, itemId: last?.id ?? 0 }));
    await adoptRecommendation(seated, last?.id ?? 0, false);
    const decided = await db
      .selectFrom("case")
      .select(["status", "decided_at"])
      .where("id", "=", ending)
      .executeTakeFirstOrThrow();
    expect(decided.status).toBe("decided");
    expect(decided.decided_at).not.toBeNull();
    const onwardCase = await db
      .selectFrom("case")
      .select("status")
      .where("id", "=", onward)
      .executeTakeFirstOrThrow();
    expect(onwardCase.status).toBe("ready");

    await inConsole(db, seated.meeting.id, adjournMeeting);
    await runNoticeJobs();
    const notices = await db
      .selectFrom("decision_notice")
      .select(["case_id", "vote_summary", "decision"])
      .orderBy("id")
      .execute();
    expect(notices).toEqual([
      {
        case_id: onward,
        vote_summary: expect.stringMatching(/vedtatt med 3 mot 2 stemmer/),
        decision: "Saken tas til orientering.",
      },
      expect.objectContaining({ case_id: ending, decision: "Saken tas til orientering." }),
    ]);
    // The vote as the minutes word it, with who voted against.
    expect(notices[0]?.vote_summary).toContain("Mot stemte");

    const dateLabel = formatDate(decided.decided_at ?? new Date());
    const workspace = await staff.get(`/admin/saker/${ending}`);
    expect(workspace.body).toContain("Vedtatt");
    expect(workspace.body).toContain(dateLabel);
    const portal = await t.app.inject({ method: "GET", url: `/saker/${ending}` });
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain(`Vedtatt ${dateLabel}`);
    const onwardPortal = await t.app.inject({ method: "GET", url: `/saker/${onward}` });
    expect(onwardPortal.body).toContain("Under behandling");
    expect(onwardPortal.body).toContain(`Votering: ${splitLine}`);
    expect(onwardPortal.body).toContain("Kommunestyret");
  });
});

describe("the public case page", () => {
  it("shows each body's decision in route order, an exempt case's only once it may be read", async () => {
    const executive = await buildBody(db, { name: "Formannskapet" });
    const council = await buildBody(db, { name: "Kommunestyret" });
    const open = await buildCase(db, { route: [executive.id, council.id], title: "Ny barnehage" });
    const exempt = await buildCase(db, { route: [executive.id], exempt: true });
    const { items } = await buildHeldMeeting(db, {
      bodyId: executive.id,
      caseIds: [open.id, exempt.id],
      decisions: ["Barnehagen bygges med 80 plasser.", "Ola Hansen tilsettes som rådgiver."],
    });
    await buildHeldMeeting(db, {
      bodyId: council.id,
      caseIds: [open.id],
      decisions: ["Barnehagen bygges med 100 plasser."],
    });

    const page = (await t.app.inject({ method: "GET", url: `/saker/${open.id}` })).body;
    const first = page.indexOf("Formannskapet");
    const second = page.indexOf("Kommunestyret");
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(page).toContain("80 plasser");
    expect(page).toContain("100 plasser");
    expect(page).toMatch(/Vedtatt \d+\. \w+ \d{4}/);

    const withheld = (await t.app.inject({ method: "GET", url: `/saker/${exempt.id}` })).body;
    expect(withheld).toContain("Personalsak");
    expect(withheld).toContain("Vedtaket er ikke offentlig");
    expect(withheld).not.toContain("Ola Hansen");

    // The secretariat's answer that the decision may be read, as the minutes' use case writes
    // it, with the audit row whose change event clears the cached page.
    const itemId = items[1]?.id ?? 0;
    await commit(db, async (tx) => {
      const { meeting_id } = await tx
        .selectFrom("agenda_item")
        .select("meeting_id")
        .where("id", "=", itemId)
        .executeTakeFirstOrThrow();
      await tx
        .insertInto("minutes")
        .values({ meeting_id, created_at: new Date(), updated_at: new Date() })
        .execute();
      await tx
        .insertInto("minutes_item_access")
        .values({
          agenda_item_id: itemId,
          decision_public: true,
          withheld_basis: null,
          answered_at: new Date(),
          answered_by_name: "Testdata",
        })
        .execute();
      await writeAudit(tx, {
        actor: TEST_ACTOR,
        action: "minutes.answer_item_access",
        visibility: "public",
        entityType: "agenda_item",
        entityId: itemId,
      });
    });
    // On a PostgreSQL server the cached page is cleared when the change's notification arrives.
    let released = "";
    for (let attempt = 0; attempt < 100; attempt++) {
      released = (await t.app.inject({ method: "GET", url: `/saker/${exempt.id}` })).body;
      if (!released.includes("Vedtaket er ikke offentlig")) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(released).toContain("Ola Hansen tilsettes som rådgiver.");
    expect(released).not.toContain("Vedtaket er ikke offentlig");
  });
});
