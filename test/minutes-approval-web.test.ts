import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { buildHeldMeeting } from "./factories/meetings.ts";
import { chooseMinutesSigners, publishMinutesDraft } from "./factories/minutes.ts";
import { buildBody, buildMember, buildTerm } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

/**
 * Two members chosen to sign the minutes sign them in their own logins; the secretariat sees
 * who has signed, and corrects the approved minutes with a reason.
 */

let t: TestApp;
let db: Database;
let staff: Agent;
let anne: Agent;
let per: Agent;
let kari: Agent;
let meetingId: number;
let draftId: number;

beforeAll(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  const term = await buildTerm(db);
  const bodyId = (await buildBody(db, { name: "Formannskapet" })).id;
  const [a, p, k] = [
    await buildMember(db, { bodyId, termId: term.id }),
    await buildMember(db, { bodyId, termId: term.id }),
    await buildMember(db, { bodyId, termId: term.id }),
  ];
  staff = await signIn(t.app, "secretariat");
  anne = await signIn(t.app, "member", "anne", { personId: a.personId });
  per = await signIn(t.app, "member", "per", { personId: p.personId });
  kari = await signIn(t.app, "member", "kari", { personId: k.personId });
  meetingId = (await buildHeldMeeting(db, { bodyId })).meeting.id;
  await chooseMinutesSigners(db, { meetingId, personIds: [a.personId, p.personId] });
  draftId = await publishMinutesDraft(db, meetingId);
});
afterAll(async () => {
  await t.close();
});

const signingPage = () => `/mine-moter/${meetingId}/protokoll/signering`;
const sign = (agent: Agent, form: Record<string, string>) => agent.post(signingPage(), form);

describe("signing the minutes in «Mine møter»", () => {
  it("shows the version to read and what signing means, only to a chosen signer", async () => {
    const shown = await anne.get(signingPage());
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain("Signer protokollen");
    expect(shown.body).toContain("riktig framstilling av møtet");
    expect(shown.body).toContain(`/protokoll/signering/${draftId}/protokoll.pdf`);
    expect(shown.body).toContain("Ikke signert");
    expect((await kari.get(signingPage())).statusCode).toBe(404);
    expect((await staff.get(signingPage())).statusCode).toBe(404);
  });

  it("refuses a signature without the confirmation and changes nothing", async () => {
    const refused = await sign(anne, { versionId: String(draftId) });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Kryss av for at du har lest protokollen og signerer den.");
    expect((await sign(kari, { versionId: String(draftId), confirm: "on" })).statusCode).toBe(404);
    const count = await db
      .selectFrom("minutes_signature")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("approves the minutes when the second member signs, each in their own login", async () => {
    const first = await sign(anne, { versionId: String(draftId), confirm: "on" });
    expect(first.statusCode).toBe(303);
    expect((await anne.follow(first)).body).toContain("Du har signert protokollen.");
    const twice = await sign(anne, { versionId: String(draftId), confirm: "on" });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("Du har allerede signert protokollen.");

    const overview = await staff.get(`/admin/moter/${meetingId}/godkjenning`);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain("1 av 2 har ikke signert");

    const last = await sign(per, { versionId: String(draftId), confirm: "on" });
    expect(last.statusCode).toBe(303);
    expect((await per.follow(last)).body).toContain("Protokollen er godkjent.");
    const meeting = await db
      .selectFrom("meeting")
      .select("status")
      .where("id", "=", meetingId)
      .executeTakeFirstOrThrow();
    expect(meeting.status).toBe("minutes_approved");
    const signed = await db
      .selectFrom("minutes_signature as s")
      .innerJoin("app_user as u", "u.id", "s.user_id")
      .select("u.username")
      .where("s.minutes_version_id", "=", draftId)
      .orderBy("s.signed_at")
      .execute();
    expect(signed.map((row) => row.username)).toEqual(["anne", "per"]);
    expect((await staff.get(`/admin/moter/${meetingId}/godkjenning`)).body).toContain(
      "godkjent ved signering",
    );
  });

  it("corrects approved minutes only with a reason, as a new version", async () => {
    const url = `/admin/moter/${meetingId}/godkjenning/retting`;
    const empty = await staff.post(url, { reason: " " });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Skriv hvorfor protokollen rettes.");
    expect((await anne.post(url, { reason: "Feil." })).statusCode).toBe(404);
  });
});
