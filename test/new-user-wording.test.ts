import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { PRESENTATION_SECTION_LABELS } from "../src/domain/labels.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting, buildMeeting, buildPublishedMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

/** What a new user tripped over in the workspace and the portal (issue 7 §4). */

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

const anonymous = (url: string) => t.app.inject({ method: "GET", url });

/** Each <form …>…</form> of a page, so a test can look at one form's fields. */
const forms = (html: string): string[] =>
  [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]);

/** Text as read, tags dropped and spaces joined. */
const words = (html: string): string =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("an empty form", () => {
  it("is answered by the server in Norwegian, never by the browser's own English message", async () => {
    const meeting = await buildMeeting(db, { bodyId });
    await buildCase(db, { route: [bodyId], title: "Budsjett for vannverket" });
    const page = await staff.get(`/admin/moter/${meeting.id}`);
    // A field marked required in a form the browser validates gets the browser's message.
    const validated = forms(page.body).filter(
      (form) => / required/.test(form) && !/^<form[^>]* novalidate/.test(form),
    );
    expect(validated).toEqual([]);

    const empty = await staff.post(`/admin/moter/${meeting.id}/saker`, { caseId: "" });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Velg en sak fra listen.");
    const items = await db
      .selectFrom("agenda_item")
      .select("id")
      .where("meeting_id", "=", meeting.id)
      .execute();
    expect(items).toEqual([]);
  });

  it("tells a limit with the number grouped as Norwegians write it", async () => {
    const { meeting, items } = await buildHeldMeeting(db, { bodyId, decisions: ["Vedtatt."] });
    const item = items[0];
    if (!item) throw new Error("no item");
    const tooLong = await staff.post(`/admin/moter/${meeting.id}/saker/${item.id}/vedtak`, {
      decision: "x".repeat(20_001),
      decidedAt: "19:00",
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("Vedtaket kan ha høyst 20\u00a0000 tegn.");
    expect(tooLong.body).not.toContain("20000");
  });
});

describe("a cancelled meeting", () => {
  it("reads «Avlyst» on every page, with the notice's time on a line of its own", async () => {
    const { meeting } = await buildPublishedMeeting(db, { bodyId });
    const cancelled = await staff.post(`/admin/moter/${meeting.id}/avlys`, {});
    expect(cancelled.statusCode).toBe(303);

    const workspace = words((await staff.get(`/admin/moter/${meeting.id}`)).body);
    expect(workspace).toMatch(
      /Status Avlyst Innkalling sendt \d{1,2}\. \w+ \d{4} kl\. \d{2}:\d{2}/,
    );
    expect(workspace).not.toMatch(/Avlyst \d/);
    expect((await staff.get("/admin/moter")).body).toContain("<td>Avlyst</td>");
    const portal = words((await anonymous(`/moter/${meeting.id}`)).body);
    expect(portal).toContain("Avlyst");
    expect(portal).not.toMatch(/Avlyst \d/);
  });
});

describe("a case presentation", () => {
  it("names its sections the same in the workspace and on the portal", async () => {
    const built = await buildCase(db, { route: [bodyId] });
    await db
      .updateTable("case")
      .set({ summary: "Kort om saken.", facts: "Fakta.", assessment: "Vurdering av saken." })
      .where("id", "=", built.id)
      .execute();
    await buildPublishedMeeting(db, { bodyId, caseIds: [built.id] });
    const headings = (html: string) =>
      [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => match[1]?.trim() ?? "");
    const portal = headings((await anonymous(`/saker/${built.id}`)).body);
    const workspace = (await staff.get(`/admin/saker/${built.id}`)).body;
    for (const label of [
      PRESENTATION_SECTION_LABELS.summary,
      PRESENTATION_SECTION_LABELS.facts,
      PRESENTATION_SECTION_LABELS.assessment,
    ]) {
      expect(portal).toContain(label);
      expect(workspace).toContain(label);
    }
    expect(portal.filter((heading) => /fram(stilling|legg)/i.test(heading))).toEqual([]);
  });
});
