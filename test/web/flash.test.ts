import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { osloDateTime } from "../../src/domain/time.ts";
import { FLASH_COOKIE } from "../../src/web/flash.ts";
import { buildCase } from "../factories/cases.ts";
import { buildMeeting } from "../factories/meetings.ts";
import { buildBody } from "../factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "../helpers/app.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let bodyId: number;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  bodyId = (
    await buildBody(db, {
      name: "Formannskapet",
      shortName: "FSK",
      slug: "formannskapet",
      kind: "executive_committee",
      seatCount: 9,
    })
  ).id;
});
afterEach(async () => {
  await t.close();
});

/** The flash cookie a response sets, or undefined when it sets none. */
const flashSet = (response: LightMyRequestResponse) =>
  response.cookies.find((cookie) => cookie.name === FLASH_COOKIE);

/** Follows a redirect as the browser would: with the session and the flash cookie it was sent. */
async function follow(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(303);
  const flash = flashSet(response);
  const cookie = flash ? `${staff.cookie}; ${FLASH_COOKIE}=${flash.value}` : staff.cookie;
  return t.app.inject({
    method: "GET",
    url: String(response.headers.location),
    headers: { cookie },
  });
}

/** The confirmation as the page shows it: in a status region, the only one there. */
function statusRegions(html: string): string[] {
  return [
    ...html.matchAll(/<div class="ds-alert" data-color="success" role="status"><p[^>]*>([^<]*)</g),
  ].map((match) => match[1] ?? "");
}

describe("confirmation after a change", () => {
  it("confirms each step of making an agenda, once, in a status region", async () => {
    const created = await staff.post("/admin/moter", {
      body: String(bodyId),
      date: "2027-02-11",
      start: "18:00",
      end: "21:00",
      location: "Formannskapssalen",
    });
    const meetingPage = await follow(created);
    expect(statusRegions(meetingPage.body)).toEqual(["Møtet er opprettet."]);
    expect(meetingPage.body).toMatch(/<title>Møtet er opprettet\. /);
    expect(meetingPage.headers["cache-control"]).toBe("private, no-store");
    // The page that showed it clears it, so a reload does not repeat it.
    const cleared = meetingPage.cookies.find((cookie) => cookie.name === FLASH_COOKIE);
    expect(cleared?.value).toBe("");
    const meetingPath = String(created.headers.location);
    expect(statusRegions((await staff.get(meetingPath)).body)).toEqual([]);

    const meetingId = Number(meetingPath.split("/").pop());
    const first = await buildCase(db, { route: [bodyId], title: "Budsjett for vannverket" });
    const second = await buildCase(db, { route: [bodyId] });
    const added = await staff.post(`${meetingPath}/saker`, { caseId: String(first.id) });
    expect(statusRegions((await follow(added)).body)).toEqual(["Saken er lagt til i sakslisten."]);
    await staff.post(`${meetingPath}/saker`, { caseId: String(second.id) });

    const items = await db
      .selectFrom("agenda_item")
      .select("id")
      .where("meeting_id", "=", meetingId)
      .orderBy("position")
      .execute();
    const [one, two] = items.map((item) => item.id);
    const moved = await staff.post(`${meetingPath}/saker/${two}/flytt`, { direction: "up" });
    expect(statusRegions((await follow(moved)).body)).toEqual([
      "Rekkefølgen i sakslisten er endret.",
    ]);
    const removed = await staff.post(`${meetingPath}/saker/${one}/fjern`, {});
    expect(statusRegions((await follow(removed)).body)).toEqual([
      "Saken er tatt ut av sakslisten.",
    ]);
    const published = await staff.post(`${meetingPath}/innkalling`, {});
    expect(statusRegions((await follow(published)).body)).toEqual([
      "Sakspapirene lages nå. Når alle er ferdige, blir de synlige for alle på én gang og medlemmene får e-post.",
    ]);
  });

  it("shows no confirmation after a refused change, nor for a key it does not know", async () => {
    const meeting = await buildMeeting(db, {
      bodyId,
      startsAt: osloDateTime("2027-02-11", "18:00"),
      endsAt: osloDateTime("2027-02-11", "21:00"),
    });
    const refused = await staff.post(`/admin/moter/${meeting.id}/innkalling`, {});
    expect(refused.statusCode).toBe(400);
    expect(flashSet(refused)).toBeUndefined();
    expect(statusRegions(refused.body)).toEqual([]);

    const forged = await t.app.inject({
      method: "GET",
      url: `/admin/moter/${meeting.id}`,
      headers: { cookie: `${staff.cookie}; ${FLASH_COOKIE}=<script>alert(1)</script>` },
    });
    expect(statusRegions(forged.body)).toEqual([]);
    expect(forged.body).not.toContain("<script>alert(1)");
  });
});
