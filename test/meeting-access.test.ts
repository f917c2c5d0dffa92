import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import type { MembershipRole } from "../src/db/schema.ts";
import { osloDay } from "../src/domain/time.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { publishThroughWorkspace } from "./helpers/publish.ts";
import { bodyIdBySlug } from "./helpers/records.ts";

let t: TestApp;
let db: Database;
let staff: Agent;

beforeEach(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
});
afterEach(async () => {
  await t.close();
});

const bodyId = (slug: string): Promise<number> => bodyIdBySlug(db, slug);

/** A person who sits in the body today in the role, and in none of the bodies excluded. */
async function personIn(slug: string, role: MembershipRole, notIn: string[] = []): Promise<number> {
  const today = osloDay(new Date());
  const row = await db
    .selectFrom("membership")
    .innerJoin("body", "body.id", "membership.body_id")
    .select("membership.person_id")
    .where("body.slug", "=", slug)
    .where("membership.role", "=", role)
    .where("membership.starts_on", "<=", today)
    .where((eb) =>
      eb.or([eb("membership.ends_on", "is", null), eb("membership.ends_on", ">=", today)]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("membership as other")
            .innerJoin("body as other_body", "other_body.id", "other.body_id")
            .select("other.id")
            .whereRef("other.person_id", "=", "membership.person_id")
            .where("other_body.slug", "in", [...notIn, "-"])
            .where((o) => o.or([o("other.ends_on", "is", null), o("other.ends_on", ">=", today)])),
        ),
      ),
    )
    .orderBy("membership.person_id")
    .executeTakeFirstOrThrow();
  return row.person_id;
}

let archiveSequence = 8000;

async function createCase(
  agent: Agent,
  route: number[],
  options: { title: string; exempt?: boolean },
): Promise<number> {
  archiveSequence += 1;
  const archiveCaseNumber = `2026/${archiveSequence}`;
  const response = await agent.post("/admin/saker", {
    archiveCaseNumber,
    title: options.title,
    caseType: "PS",
    access: options.exempt ? "exempt" : "public",
    publicTitle: options.exempt ? "Personalsak" : "",
    exemptionBasis: options.exempt ? "Offl. § 13 jf. fvl. § 13" : "",
    ...Object.fromEntries(route.map((id, index) => [`route${index + 1}`, String(id)])),
  });
  expect(response.statusCode).toBe(303);
  const row = await db
    .selectFrom("case")
    .select("id")
    .where("archive_case_number", "=", archiveCaseNumber)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function createMeeting(body: number, date = "2027-02-11"): Promise<number> {
  const response = await staff.post("/admin/moter", {
    body: String(body),
    date,
    start: "18:00",
    location: "Formannskapssalen",
  });
  expect(response.statusCode).toBe(303);
  return Number(/(\d+)$/.exec(String(response.headers.location))?.[1]);
}

async function addItem(meetingId: number, caseId: number): Promise<void> {
  const response = await staff.post(`/admin/moter/${meetingId}/saker`, { caseId: String(caseId) });
  expect(response.statusCode).toBe(303);
}

describe("members' own bodies and meetings", () => {
  it("shows a member the meetings of their bodies, and answers 404 for the rest", async () => {
    const executive = await bodyId("formannskapet");
    const control = await bodyId("kontrollutvalget");
    const ownMeeting = await createMeeting(executive);
    const otherMeeting = await createMeeting(control);
    const personId = await personIn("formannskapet", "member", ["kontrollutvalget"]);
    const member = await signIn(t.app, "member", "medlem", { personId });

    expect((await member.get(`/admin/moter/${ownMeeting}`)).statusCode).toBe(200);
    const other = await member.get(`/admin/moter/${otherMeeting}`);
    expect(other.statusCode).toBe(404);
    const list = await member.get("/admin/moter");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/admin/moter/${ownMeeting}"`);
    expect(list.body).not.toContain(`href="/admin/moter/${otherMeeting}"`);
    expect(list.body).not.toContain("Kontrollutvalget");
    const filtered = await member.get(`/admin/moter?utvalg=${control}`);
    expect(filtered.body).not.toContain(`href="/admin/moter/${otherMeeting}"`);

    const unlinked = await signIn(t.app, "member", "uten-person");
    expect((await unlinked.get(`/admin/moter/${ownMeeting}`)).statusCode).toBe(404);
    expect((await unlinked.get("/admin/moter")).body).not.toContain(`/admin/moter/${ownMeeting}"`);
  });

  it("gives members the agenda with the notice, and the chair the draft before it", async () => {
    const executive = await bodyId("formannskapet");
    const meetingId = await createMeeting(executive);
    const caseId = await createCase(staff, [executive], { title: "Budsjett for vannverket" });
    const exempt = await createCase(staff, [executive], {
      title: "Tvist med navngitt leverandør",
      exempt: true,
    });
    await addItem(meetingId, caseId);
    await addItem(meetingId, exempt);
    const member = await signIn(t.app, "member", "medlem", {
      personId: await personIn("formannskapet", "member"),
    });
    const chair = await signIn(t.app, "member", "leder", {
      personId: await personIn("formannskapet", "leader"),
    });

    const draft = await member.get(`/admin/moter/${meetingId}`);
    expect(draft.statusCode).toBe(200);
    expect(draft.body).not.toContain("Budsjett for vannverket");
    expect(draft.body).toContain("Sakslisten blir tilgjengelig når innkallingen er sendt.");
    const chairsDraft = await chair.get(`/admin/moter/${meetingId}`);
    expect(chairsDraft.body).toContain("Budsjett for vannverket");
    expect(chairsDraft.body).toContain("Personalsak");
    expect(chairsDraft.body).not.toContain("Tvist med navngitt leverandør");
    expect(chairsDraft.body).not.toContain("Send innkalling");
    expect(chairsDraft.body).not.toContain("Flytt ned");

    expect((await publishThroughWorkspace(db, staff, meetingId)).statusCode).toBe(303);
    const noticed = await member.get(`/admin/moter/${meetingId}`);
    expect(noticed.body).toContain("Budsjett for vannverket");
    expect(noticed.body).toContain("Personalsak");
    expect(noticed.body).not.toContain("Tvist med navngitt leverandør");
  });
});

describe("case officers on the agenda", () => {
  it("shows a case officer the title of their own exempt case, and only the public title of others'", async () => {
    const executive = await bodyId("formannskapet");
    const meetingId = await createMeeting(executive);
    const officer = await signIn(t.app, "case_officer", "officer");
    const colleague = await signIn(t.app, "case_officer", "colleague");
    const own = await createCase(officer, [executive], {
      title: "Oppsigelse av navngitt ansatt",
      exempt: true,
    });
    await addItem(meetingId, own);

    const mine = await officer.get(`/admin/moter/${meetingId}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain("Oppsigelse av navngitt ansatt");
    const theirs = await colleague.get(`/admin/moter/${meetingId}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).toContain("Personalsak");
    expect(theirs.body).not.toContain("Oppsigelse av navngitt ansatt");
    expect(theirs.body).not.toContain("Legg til sak");
  });
});
