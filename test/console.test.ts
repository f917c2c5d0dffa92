import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { presentVoters, seatCount } from "../src/features/console/attendance-queries.ts";
import { REQUEST_KEY_FIELD } from "../src/features/console/console-request.tsx";
import { buildApp } from "../src/server.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { buildMeeting } from "./factories/meetings.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let seated: SeatedMeeting;
beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  seated = await buildSeatedMeeting(db);
});
afterEach(async () => {
  await t.close();
});

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** The idempotency key the page drew into the form posting to `action`. */
function keyIn(html: string, action: string): string {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const key = new RegExp(`name="${REQUEST_KEY_FIELD}" value="([^"]+)"`).exec(form)?.[1];
  if (!key) throw new Error(`No key in the form posting to ${action}`);
  return key;
}

async function post(page: string, action: string, form: Record<string, string> = {}) {
  const html = (await staff.get(page)).body;
  return staff.post(action, { [REQUEST_KEY_FIELD]: keyIn(html, action), ...form });
}

const consoleOf = (meetingId: number) => `/admin/moter/${meetingId}/konsoll`;

describe("the console shell", () => {
  it("shows the meeting and its items with who is present and whether there is a quorum", async () => {
    const page = await staff.get(consoleOf(seated.meeting.id));
    expect(page.statusCode).toBe(200);
    const body = text(page.body);
    expect(body).toContain("Møtekonsoll");
    expect(body).toContain("Sett møtet");
    expect(body).toContain("0 av 5");
    const item = await staff.get(`${consoleOf(seated.meeting.id)}/saker/${seated.items[0]?.id}`);
    expect(item.statusCode).toBe(200);
    expect(text(item.body)).toContain(
      "Utvalget er ikke vedtaksført: 0 av 5 medlemmer er til stede og stemmer, og minst 3 må være det (kl. § 11-9 første ledd).",
    );
  });

  it("opens the meeting, starts an item and closes the meeting, each once", async () => {
    const base = consoleOf(seated.meeting.id);
    const itemPage = `${base}/saker/${seated.items[0]?.id}`;
    expect((await post(base, `${base}/sett`)).statusCode).toBe(303);
    expect((await post(itemPage, `${itemPage}/start`)).statusCode).toBe(303);
    const row = await db
      .selectFrom("agenda_item")
      .select("started_at")
      .where("id", "=", seated.items[0]?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(row.started_at).not.toBeNull();
    expect(text((await staff.get(itemPage)).body)).not.toContain("Start behandlingen");
    expect((await post(base, `${base}/hev`)).statusCode).toBe(303);
    const meeting = await db
      .selectFrom("meeting")
      .select(["opened_at", "closed_at"])
      .where("id", "=", seated.meeting.id)
      .executeTakeFirstOrThrow();
    expect(meeting.opened_at).not.toBeNull();
    expect(meeting.closed_at).not.toBeNull();
  });

  it("recognises a form sent twice and records it once", async () => {
    const base = consoleOf(seated.meeting.id);
    const key = keyIn((await staff.get(base)).body, `${base}/sett`);
    const first = await staff.post(`${base}/sett`, { [REQUEST_KEY_FIELD]: key });
    const again = await staff.post(`${base}/sett`, { [REQUEST_KEY_FIELD]: key });
    expect(first.statusCode).toBe(303);
    expect(again.statusCode).toBe(303);
    const audit = await db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "meeting.open")
      .execute();
    expect(audit).toHaveLength(1);
    // The event a second browser on the console hears, naming the meeting; public, since the
    // live public page shows when the meeting was opened.
    const events = await db
      .selectFrom("change_event")
      .select(["entity_type", "entity_id", "public"])
      .where("action", "=", "meeting.open")
      .execute();
    expect(events).toEqual([
      { entity_type: "meeting", entity_id: String(seated.meeting.id), public: true },
    ]);
  });

  it("refuses a form without its key, and changes nothing", async () => {
    const base = consoleOf(seated.meeting.id);
    const response = await staff.post(`${base}/sett`, {});
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain("Last siden på nytt");
    const meeting = await db
      .selectFrom("meeting")
      .select("opened_at")
      .where("id", "=", seated.meeting.id)
      .executeTakeFirstOrThrow();
    expect(meeting.opened_at).toBeNull();
  });

  it("says a meeting without a notice cannot be run yet", async () => {
    const planned = await buildMeeting(db, { bodyId: seated.bodyId });
    const page = await staff.get(consoleOf(planned.id));
    expect(text(page.body)).toContain("Innkallingen er ikke sendt");
    expect(text(page.body)).not.toContain("Sett møtet");
  });

  it("is open only to the secretariat and administrators", async () => {
    const officer = await signIn(t.app, "case_officer");
    const member = await signIn(t.app, "member", "medlem", { personId: seated.a.members[0] });
    for (const agent of [officer, member]) {
      expect((await agent.get(consoleOf(seated.meeting.id))).statusCode).toBe(404);
      const response = await agent.post(`${consoleOf(seated.meeting.id)}/sett`, {
        [REQUEST_KEY_FIELD]: crypto.randomUUID(),
      });
      expect(response.statusCode).toBe(404);
    }
    const meeting = await db
      .selectFrom("meeting")
      .select("opened_at")
      .where("id", "=", seated.meeting.id)
      .executeTakeFirstOrThrow();
    expect(meeting.opened_at).toBeNull();
    const admin = await signIn(t.app, "administrator");
    expect((await admin.get(consoleOf(seated.meeting.id))).statusCode).toBe(200);
  });

  it("counts the seats and starts with nobody present", async () => {
    expect(await seatCount(db, seated.meeting.id)).toBe(5);
    expect(await presentVoters(db, seated.items[0]?.id ?? 0)).toEqual([]);
  });
});

describe("a meeting run through the console's forms", () => {
  it("records absence, a substitute, the roll call, a late arrival, a conflict and a closed item", async () => {
    const base = consoleOf(seated.meeting.id);
    const absent = seated.a.members[1] ?? 0;
    const substitute = seated.a.substitutes[0] ?? 0;
    const registered = await post(base, `${base}/forfall`, {
      person: String(absent),
      fromItem: "",
      reason: "Sykdom",
    });
    expect(registered.statusCode).toBe(303);
    let page = text((await staff.get(base)).body);
    expect(page).toContain("hele møtet: Sykdom");
    expect(page).toContain("(varamedlem nr. 1)");
    const absence = await db.selectFrom("absence").select("id").executeTakeFirstOrThrow();
    const call = `${base}/forfall/${absence.id}/innkall`;
    expect((await post(base, call, { substitute: String(substitute) })).statusCode).toBe(303);
    const callRow = await db.selectFrom("substitute_call").select("id").executeTakeFirstOrThrow();
    expect(
      (await post(base, `${base}/innkallinger/${callRow.id}/svar`, { answer: "accepted" }))
        .statusCode,
    ).toBe(303);
    expect((await post(base, `${base}/sett`)).statusCode).toBe(303);
    const present = [seated.a.members[0], seated.a.members[2], seated.b.members[0], substitute];
    const html = (await staff.get(base)).body;
    const rollCall = await staff.post(`${base}/opprop`, {
      [REQUEST_KEY_FIELD]: keyIn(html, `${base}/opprop`),
      present: present.map(String),
    } as unknown as Record<string, string>);
    expect(rollCall.statusCode).toBe(303);
    page = text((await staff.get(base)).body);
    expect(page).toContain("4 av 6 svarte ved oppropet");
    expect(page).toContain("4 av 5");

    const second = seated.items[1]?.id ?? 0;
    const itemPage = `${base}/saker/${second}`;
    const late = seated.b.members[1] ?? 0;
    expect(
      (
        await post(itemPage, `${itemPage}/fremmote`, {
          attendancePerson: String(late),
          attendanceKind: "arrived",
        })
      ).statusCode,
    ).toBe(303);
    page = text((await staff.get(itemPage)).body);
    expect(page).toContain("kom til møtet ved sak 2");
    expect(page).toContain("5 til stede og stemmer");

    const conflicted = seated.a.members[2] ?? 0;
    expect(
      (
        await post(itemPage, `${itemPage}/inhabilitet`, {
          conflictPerson: String(conflicted),
          conflictBasis: "fvl_6_first",
          conflictGrounds: "Er gift med søkeren",
        })
      ).statusCode,
    ).toBe(303);
    const conflict = await db
      .selectFrom("conflict_of_interest")
      .select("id")
      .executeTakeFirstOrThrow();
    const rule = `${itemPage}/inhabilitet/${conflict.id}/avgjor`;
    const tie = await post(itemPage, rule, { votesFor: "2", votesAgainst: "2", chairVote: "" });
    expect(tie.statusCode).toBe(400);
    expect(text(tie.body)).toContain("Stemmene står likt");
    expect(
      (await post(itemPage, rule, { votesFor: "2", votesAgainst: "2", chairVote: "for" }))
        .statusCode,
    ).toBe(303);
    page = text((await staff.get(itemPage)).body);
    expect(page).toContain("Kjent inhabil (2 mot 2 stemmer, med møtelederens dobbeltstemme)");
    expect(page).toContain("4 til stede og stemmer");

    const closed = await post(itemPage, `${itemPage}/lukk`, {
      ground: "privacy",
      basis: "Kl. § 11-5 tredje ledd",
    });
    expect(closed.statusCode).toBe(303);
    expect(text((await staff.get(itemPage)).body)).toContain("Møtet ble lukket kl.");
    expect(text((await staff.get(base)).body)).toContain("(lukket møte)");
  });

  it("withdraws an absence whose substitute accepted, and shows the call released", async () => {
    const base = consoleOf(seated.meeting.id);
    const absent = seated.a.members[1] ?? 0;
    await post(base, `${base}/forfall`, { person: String(absent), fromItem: "", reason: "Sykdom" });
    const absence = await db.selectFrom("absence").select("id").executeTakeFirstOrThrow();
    await post(base, `${base}/forfall/${absence.id}/innkall`, {
      substitute: String(seated.a.substitutes[0] ?? 0),
    });
    const call = await db.selectFrom("substitute_call").select("id").executeTakeFirstOrThrow();
    await post(base, `${base}/innkallinger/${call.id}/svar`, { answer: "accepted" });
    const withdrawn = await post(base, `${base}/forfall/${absence.id}/trekk`);
    expect(withdrawn.statusCode).toBe(303);
    const page = text((await staff.get(base)).body);
    expect(page).toMatch(/hele møtet: Sykdom \(trukket kl\. \d\d:\d\d\)/);
    expect(page).toContain("Frigitt, medlemmet møter likevel");
    expect((await staff.get(base)).body).not.toContain(`${base}/forfall/${absence.id}/trekk`);
  });

  it("shows a refused form again with its message, and keeps what was typed", async () => {
    const base = consoleOf(seated.meeting.id);
    const response = await post(base, `${base}/forfall`, { person: "", reason: "Reise" });
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain("Velg hvem som har meldt forfall.");
    expect(response.body).toContain('value="Reise"');
    expect(await db.selectFrom("absence").select("id").execute()).toEqual([]);
  });
});

describe("a server that stops during the meeting", () => {
  it("keeps everything recorded, and the console comes back where it was", async () => {
    const base = consoleOf(seated.meeting.id);
    await post(base, `${base}/sett`);
    const html = (await staff.get(base)).body;
    await staff.post(`${base}/opprop`, {
      [REQUEST_KEY_FIELD]: keyIn(html, `${base}/opprop`),
      present: seated.a.members.map(String),
    } as unknown as Record<string, string>);
    const before = text((await staff.get(base)).body).replace(/Sett møtet|Hev møtet/g, "");
    // Only the app goes; the database, as a restarted server finds it, stays.
    await t.app.close();
    const app = await buildApp({
      db: t.database.db,
      config: { ...loadConfig({}), baseUrl: "http://localhost" },
      blobs: t.database.blobs,
      changes: await ChangeFeed.listen(t.database),
    });
    t = {
      ...t,
      app,
      close: async () => {
        await app.close();
        await t.database.close();
      },
    };
    const again = await signIn(app, "secretariat", "sekretariat-igjen");
    const after = text((await again.get(base)).body).replace(/Sett møtet|Hev møtet/g, "");
    expect(after).toContain("3 av 5 svarte ved oppropet");
    expect(after).toContain("Satt kl.");
    expect(after.replace(/\s+/g, " ")).toBe(before.replace(/\s+/g, " "));
  });
});
