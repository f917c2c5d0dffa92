import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { DETAIL_LABELS, HIDDEN_DETAILS } from "../src/features/audit/audit-details.ts";
import { ACTION_LABELS } from "../src/features/audit/audit-labels.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

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

/** Rows written one after another, numbered so their order can be read back from the page. */
async function writeEntries(count: number, entry: { action: string; actorName: string }) {
  for (let n = 1; n <= count; n++)
    await db
      .insertInto("audit_log")
      .values({
        actor_user_id: null,
        actor_name: entry.actorName,
        action: entry.action,
        entity_type: "case",
        entity_id: String(1000 + n),
        details: JSON.stringify({ step: n }),
      })
      .execute();
}

const steps = (html: string) =>
  [...html.matchAll(/step:<\/span> <span>(\d+)<\/span>/g)].map((match) => Number(match[1]));

describe("audit log", () => {
  it("lists the newest first with time, actor, action in Norwegian and a link to the record", async () => {
    await writeEntries(1, { action: "archive.export", actorName: "Arkivet" });
    await writeEntries(3, { action: "case.update", actorName: "Kari Nordmann" });
    const page = await staff.get("/admin/logg");
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(steps(page.body)).toEqual([3, 2, 1, 1]);
    expect(page.body).toContain("Endret saken");
    expect(page.body).toContain("Kari Nordmann");
    expect(page.body).toContain("Sak som ikke finnes lenger");
    expect(page.body).toMatch(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/);
    expect(page.body).toContain("archive.export");
    expect(page.body).toContain("Logget inn");
    expect(page.body).toContain("Fylte inn demodata");
    expect((await staff.get("/admin")).body).toContain('href="/admin/logg"');
  });

  it("pages 50 at a time from the newest, through a link to older entries", async () => {
    // An area the demo leaves alone, so only these entries and the test account's creation are paged.
    await writeEntries(120, { action: "user.update", actorName: "Kari Nordmann" });
    const first = await staff.get("/admin/logg?omrade=user");
    expect(steps(first.body)).toEqual(Array.from({ length: 50 }, (_, i) => 120 - i));
    const older = /href="(\/admin\/logg\?omrade=user&amp;fra=\d+)">Eldre endringer/.exec(
      first.body,
    );
    expect(older).not.toBeNull();
    const second = await staff.get(String(older?.[1]).replaceAll("&amp;", "&"));
    expect(steps(second.body)).toEqual(Array.from({ length: 50 }, (_, i) => 70 - i));
    expect(second.body).toContain("Nyeste endringer");
    const third = await staff.get(
      String(/href="([^"]+)">Eldre endringer/.exec(second.body)?.[1]).replaceAll("&amp;", "&"),
    );
    expect(steps(third.body)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(third.body).not.toContain("Eldre endringer");
  });

  it("filters by area, by record type and by who did it", async () => {
    await writeEntries(2, { action: "case.update", actorName: "Kari Nordmann" });
    await writeEntries(2, { action: "meeting.update", actorName: "Ola Hansen" });
    const byArea = await staff.get("/admin/logg?omrade=meeting");
    expect(byArea.body).toContain("Endret møtet");
    expect(byArea.body).not.toContain("Endret saken");
    expect(byArea.body).toContain('<option value="meeting" selected>');

    const byActor = await staff.get("/admin/logg?av=nordm");
    expect(byActor.body).toContain("Endret saken");
    expect(byActor.body).not.toContain("Endret møtet");

    const byType = await staff.get("/admin/logg?type=app_user");
    expect(byType.body).toContain("Logget inn");
    expect(byType.body).not.toContain("Endret saken");

    const none = await staff.get("/admin/logg?av=finnes%25ikke");
    expect(none.body).toContain("Ingen oppføringer passer.");
    const unknown = await staff.get("/admin/logg?omrade=ukjent");
    expect(unknown.body).toContain("Endret saken");
  });

  it("links accounts only for those who may see them", async () => {
    const admin = await signIn(t.app, "administrator");
    const account = await db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "secretariat")
      .executeTakeFirstOrThrow();
    const link = `href="/admin/brukere/${account.id}"`;
    expect((await admin.get("/admin/logg?type=app_user")).body).toContain(link);
    expect((await staff.get("/admin/logg?type=app_user")).body).not.toContain(link);
  });

  it("says what changed in words, naming records with links, never in JSON or by id", async () => {
    for (const area of ["membership", "meeting", "agenda_item", "case", "document", "party"]) {
      const page = await staff.get(`/admin/logg?omrade=${area}`);
      expect(page.statusCode).toBe(200);
      const table = page.body.slice(page.body.indexOf("<table"), page.body.indexOf("</table>"));
      expect(table, area).not.toMatch(/&quot;|\{|\}/);
      expect(table, area).not.toMatch(
        // A case is named by its archive number ("Sak 2026/12"), which is no id.
        /\b(Verv|Møte|Sak|Sakslistepunkt|Dokument|Person|Utvalg|Parti|Valgperiode) \d+(?![\d/])/,
      );
      expect(table, area).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]*:/);
    }
    const membership = await db
      .selectFrom("membership as m")
      .innerJoin("person as p", "p.id", "m.person_id")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select(["m.body_id", "m.term_id", "p.given_name", "p.family_name", "b.name"])
      .where("m.role", "=", "member")
      .orderBy("m.id", "desc")
      .executeTakeFirstOrThrow();
    const seats = (await staff.get("/admin/logg?omrade=membership")).body;
    expect(seats).toContain(
      `<a class="ds-link" href="/admin/utvalg/${membership.body_id}?valgperiode=${membership.term_id}">${membership.given_name} ${membership.family_name}, medlem i ${membership.name}</a>`,
    );
    const meeting = await db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "meeting.publish_notice")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const meetings = (await staff.get("/admin/logg?omrade=meeting")).body;
    expect(meetings).toMatch(
      new RegExp(
        `<a class="ds-link" href="/admin/moter/${meeting.entity_id}">Møtet i [^<]+ \\d{1,2}\\. [a-zæøå]+ \\d{4}</a>`,
      ),
    );
    expect(meetings).toMatch(/Saker nummerert:<\/span> <span>\d+ saker<\/span>/);
  });

  it("has words for every action and every detail the demo's log holds", async () => {
    const rows = await db.selectFrom("audit_log").select(["action", "details"]).execute();
    const actions = new Set(rows.map((row) => row.action));
    const keys = new Set(rows.flatMap((row) => Object.keys(row.details)));
    expect([...actions].filter((action) => !(action in ACTION_LABELS))).toEqual([]);
    expect([...keys].filter((key) => !(key in DETAIL_LABELS) && !HIDDEN_DETAILS.has(key))).toEqual(
      [],
    );
  });

  it("answers 404 to case officers and members", async () => {
    for (const role of ["case_officer", "member"] as const) {
      const agent = await signIn(t.app, role);
      expect((await agent.get("/admin/logg")).statusCode).toBe(404);
      expect((await agent.get("/admin")).body).not.toContain('href="/admin/logg"');
    }
  });
});
