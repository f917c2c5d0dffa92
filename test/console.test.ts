import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { presentVoters, seatCount } from "../src/features/console/attendance-queries.ts";
import { REQUEST_KEY_FIELD } from "../src/features/console/console-request.tsx";
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
