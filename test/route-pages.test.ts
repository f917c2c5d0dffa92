import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { compareWords } from "../src/features/route/route-presenter.ts";
import { buildCase } from "./factories/cases.ts";
import {
  buildHeldMeeting,
  buildMeeting,
  buildPublishedMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

describe("comparing a decision with the recommendation", () => {
  it("marks the words taken out and put in, keeping the rest and the line breaks", () => {
    expect(
      compareWords(
        "Planen vedtas.\n2. Tiltaket utsettes.",
        "Planen vedtas.\n2. Tiltaket gjennomføres.",
      ),
    ).toEqual([
      { kind: "same", text: "Planen vedtas.\n2. Tiltaket " },
      { kind: "removed", text: "utsettes" },
      { kind: "added", text: "gjennomføres" },
      { kind: "same", text: "." },
    ]);
  });
});

let t: TestApp;
let db: Database;
let staff: Agent;
let executive: number;
let council: number;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  executive = (await buildBody(db, { name: "Formannskapet", slug: "formannskapet" })).id;
  council = (await buildBody(db, { name: "Kommunestyret", slug: "kommunestyret" })).id;
});
afterEach(async () => {
  await t.close();
});

/** A case the executive committee decided with a change, now on the council's published agenda. */
async function decidedOnce() {
  const built = await buildCase(db, {
    route: [executive, council],
    recommendation: "Planen vedtas uten endringer.",
  });
  await buildHeldMeeting(db, {
    bodyId: executive,
    startsAt: eveningIn(-10),
    caseIds: [built.id],
    decisions: ["Planen vedtas med endringer."],
  });
  const coming = await buildPublishedMeeting(db, {
    bodyId: council,
    startsAt: eveningIn(10),
    caseIds: [built.id],
  });
  return { caseId: built.id, built, coming };
}

describe("the route on the case pages", () => {
  it("shows the public each treatment and the decision word by word, readable without colour", async () => {
    const { caseId } = await decidedOnce();
    const page = await t.app.inject({ method: "GET", url: `/saker/${caseId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<th scope="col">Utfall</th>');
    expect(page.body).toContain("Vedtatt");
    expect(page.body).toContain("Satt opp");
    expect(page.body).toContain('<del><span class="ds-sr-only">fjernet: </span>uten</del>');
    expect(page.body).toContain('<ins><span class="ds-sr-only">lagt til: </span>med</ins>');
  });

  it("shows the workspace the route with its plans, and links to the route page", async () => {
    const built = await buildCase(db, { route: [executive, council] });
    const meeting = await buildMeeting(db, { bodyId: executive, startsAt: eveningIn(15) });
    await db
      .updateTable("case_route_step")
      .set({ planned_meeting_id: meeting.id })
      .where("case_id", "=", built.id)
      .where("position", "=", 1)
      .execute();
    const page = await staff.get(`/admin/saker/${built.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Planlagt ");
    expect(page.body).toContain(`/admin/saker/${built.id}/saksgang`);
  });

  it("changes a treated route on the route page only with a reason", async () => {
    const { caseId, built } = await decidedOnce();
    const longer = {
      route1: String(executive),
      route2: String(council),
      route3: String(executive),
    };
    const missing = await staff.post(`/admin/saker/${caseId}/saksgang`, longer);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Skriv hvorfor saksgangen endres.");
    const form = await staff.post(`/admin/saker/${caseId}`, {
      archiveCaseNumber: built.archiveCaseNumber,
      title: built.title,
      caseType: "PS",
      access: "public",
      recommendation: built.recommendation,
      ...longer,
    });
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain("saksgangen endres på siden «Endre saksgang», med begrunnelse.");
    const changed = await staff.post(`/admin/saker/${caseId}/saksgang`, {
      ...longer,
      reason: "Formannskapet skal se saken igjen etter kommunestyret.",
    });
    expect(changed.statusCode).toBe(303);
    const log = await staff.get("/admin/logg");
    expect(log.body).toContain("Endret saksgangen");
  });

  it("shows on the agenda item the recommendation put to this body", async () => {
    const { coming } = await decidedOnce();
    const item = coming.items[0];
    if (!item) throw new Error("agenda missing");
    const page = await staff.get(`/admin/moter/${coming.meeting.id}/saker/${item.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Formannskapets innstilling");
    expect(page.body).toContain("Planen vedtas med endringer.");
  });
});
