import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { seriesYear } from "../src/domain/numbering.ts";
import { buildCase } from "./factories/cases.ts";
import {
  buildAgendaEntry,
  buildAgendaItem,
  buildAgendaLetter,
  buildMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { publishThroughWorkspace } from "./helpers/publish.ts";

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

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

async function items(meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .select(["id", "kind", "title", "presenter", "series_number"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
}

describe("the meeting page in the workspace", () => {
  it("adds each kind of item without a case through its own form", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id, room: "Formannskapssalen" });
    const page = await staff.get(`/admin/moter/${meeting.id}`);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain("Legg til punkt uten sak");
    expect(text(page.body)).toContain("Formannskapssalen");
    const forms: Record<string, string>[] = [
      { kind: "notice_approval" },
      { kind: "minutes_approval", minutesText: "Protokoll fra møte 4/2026" },
      {
        kind: "orientation",
        orientationTitle: "Orientering om budsjettet",
        orientationPresenter: "Økonomisjefen",
        orientationText: "Status for driften etter andre tertial.",
      },
      { kind: "letters", lettersTitle: "Referatsaker" },
      { kind: "any_other_business" },
    ];
    for (const form of forms) {
      const response = await staff.post(`/admin/moter/${meeting.id}/punkter`, form);
      expect(response.statusCode, JSON.stringify(form)).toBe(303);
    }
    expect(
      (await items(meeting.id)).map((item) => [item.kind, item.title, item.presenter]),
    ).toEqual([
      ["notice_approval", "Godkjenning av innkalling og saksliste", ""],
      ["minutes_approval", "Godkjenning av protokoll", ""],
      ["orientation", "Orientering om budsjettet", "Økonomisjefen"],
      ["letters", "Referatsaker", ""],
      ["any_other_business", "Eventuelt", ""],
    ]);
    const agenda = text((await staff.get(`/admin/moter/${meeting.id}`)).body);
    expect(agenda).toContain("Orientering ved Økonomisjefen");
  });

  it("shows a refused form again with the message beside its field, changing nothing", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const response = await staff.post(`/admin/moter/${meeting.id}/punkter`, {
      kind: "orientation",
      orientationTitle: "Orientering om skolebruksplanen",
      orientationPresenter: "  ",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="orientationPresenter-feil"');
    expect(text(response.body)).toContain("Skriv hvem som orienterer.");
    expect(response.body).toContain('value="Orientering om skolebruksplanen"');
    const unknown = await staff.post(`/admin/moter/${meeting.id}/punkter`, { kind: "case" });
    expect(unknown.statusCode).toBe(400);
    expect(await items(meeting.id)).toEqual([]);
  });

  it("sets the meeting's number before the notice, and refuses one that is not a number", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const bad = await staff.post(`/admin/moter/${meeting.id}/nummer`, { number: "fem" });
    expect(bad.statusCode).toBe(400);
    expect(text(bad.body)).toContain("Skriv møtenummeret som et helt tall fra 1");
    const good = await staff.post(`/admin/moter/${meeting.id}/nummer`, { number: "5" });
    expect(good.statusCode).toBe(303);
    const page = text((await staff.get(`/admin/moter/${meeting.id}`)).body);
    expect(page).toContain(`Møte 5/${seriesYear(meeting.starts_at)}`);
  });
});

describe("the page of an item without a case", () => {
  it("changes what the item says, refuses an orientation without a presenter, and answers 404 for a case", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const { itemId } = await buildAgendaEntry(db, {
      meetingId: meeting.id,
      kind: "orientation",
      presenter: "Ordføreren",
    });
    const path = `/admin/moter/${meeting.id}/saker/${itemId}`;
    expect(text((await staff.get(path)).body)).toContain("Punktets tekst");
    const changed = await staff.post(`${path}/punkt`, {
      entryTitle: "Orientering om vinterberedskapen",
      entryPresenter: "Driftssjefen",
      entryText: "Brøyting og strøing denne vinteren.",
    });
    expect(changed.statusCode).toBe(303);
    const refused = await staff.post(`${path}/punkt`, {
      entryTitle: "Noe annet",
      entryPresenter: "",
      entryText: "",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="entryPresenter-feil"');
    expect(await items(meeting.id)).toMatchObject([
      { title: "Orientering om vinterberedskapen", presenter: "Driftssjefen" },
    ]);
    const caseId = (await buildCase(db, { route: [body.id] })).id;
    const caseItem = await buildAgendaItem(db, { meetingId: meeting.id, caseId });
    const onCase = await staff.post(`/admin/moter/${meeting.id}/saker/${caseItem.itemId}/punkt`, {
      entryTitle: "Ny tittel",
    });
    expect(onCase.statusCode).toBe(404);
  });
});

describe("the letters of a referatsak", () => {
  it("are added and removed on the item's page", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    await staff.post(`/admin/moter/${meeting.id}/punkter`, { kind: "letters" });
    const [item] = await items(meeting.id);
    if (!item) throw new Error("no item");
    const itemPath = `/admin/moter/${meeting.id}/saker/${item.id}`;
    const letter = {
      direction: "incoming",
      correspondent: "Statsforvalteren i Innlandet",
      letterDate: "2026-10-02",
      letterTitle: "Tilsyn med kommunens beredskap",
      journalReference: "2026/1234-5",
    };
    expect((await staff.post(`${itemPath}/brev`, letter)).statusCode).toBe(303);
    const missingBasis = await staff.post(`${itemPath}/brev`, {
      ...letter,
      letterExempt: "on",
    });
    expect(missingBasis.statusCode).toBe(400);
    expect(text(missingBasis.body)).toContain(
      "Oppgi hjemmelen når brevet er unntatt offentlighet.",
    );
    const badDate = await staff.post(`${itemPath}/brev`, { ...letter, letterDate: "2026-02-30" });
    expect(badDate.statusCode).toBe(400);
    const page = await staff.get(itemPath);
    expect(text(page.body)).toContain("Tilsyn med kommunens beredskap");
    expect(text(page.body)).toContain("2026/1234-5");
    const letters = await db.selectFrom("agenda_item_letter").select("id").execute();
    expect(letters).toHaveLength(1);
    const removed = await staff.post(`${itemPath}/brev/${letters[0]?.id}/fjern`, {});
    expect(removed.statusCode).toBe(303);
    expect(await db.selectFrom("agenda_item_letter").select("id").execute()).toEqual([]);
  });

  it("answers 404 for a letter on another item, and refuses letters under a case", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const caseId = (await buildCase(db, { route: [body.id] })).id;
    const { itemId } = await buildAgendaItem(db, { meetingId: meeting.id, caseId });
    const response = await staff.post(`/admin/moter/${meeting.id}/saker/${itemId}/brev`, {
      direction: "incoming",
      correspondent: "Noen",
      letterDate: "2026-10-02",
      letterTitle: "Et brev",
    });
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain("Brev kan bare føres under et punkt med referatsaker.");
    const missing = await staff.post(
      `/admin/moter/${meeting.id}/saker/${itemId}/brev/999/fjern`,
      {},
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe("the body's series starts", () => {
  it("sets where a series starts, shows the next number, and refuses a bad start", async () => {
    const body = await buildBody(db);
    const year = seriesYear(eveningIn(0));
    const path = `/admin/utvalg/${body.id}/nummerserier`;
    const page = await staff.get(`${path}?ar=${year}`);
    expect(page.statusCode).toBe(200);
    const saved = await staff.post(path, { year: String(year), series: "PS", firstNumber: "79" });
    expect(saved.statusCode).toBe(303);
    const shown = text((await staff.get(`${path}?ar=${year}`)).body);
    expect(shown).toMatch(/PS – Politisk sak 79 Ingen 79/);
    const bad = await staff.post(path, { year: String(year), series: "PS", firstNumber: "0" });
    expect(bad.statusCode).toBe(400);
    expect(text(bad.body)).toContain("Skriv et helt tall fra 1.");
    const row = await db
      .selectFrom("case_number_series")
      .select("first_number")
      .where("body_id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.first_number).toBe(79);
  });

  it("is closed to a case officer", async () => {
    const body = await buildBody(db);
    const officer = await signIn(t.app, "case_officer", "saksbehandler2");
    const path = `/admin/utvalg/${body.id}/nummerserier`;
    expect((await officer.get(path)).statusCode).toBe(404);
    const post = await officer.post(path, { year: "2026", series: "PS", firstNumber: "79" });
    expect(post.statusCode).toBe(404);
    expect(await db.selectFrom("case_number_series").selectAll().execute()).toEqual([]);
  });
});

describe("the public meeting page", () => {
  it("shows the meeting's number and room, the items without a case, and the letters, an exempt one only as withheld", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, {
      bodyId: body.id,
      location: "Rådhuset",
      room: "Formannskapssalen",
    });
    const anonymous = () => t.app.inject({ method: "GET", url: `/moter/${meeting.id}` });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "notice_approval" });
    await buildAgendaEntry(db, {
      meetingId: meeting.id,
      kind: "orientation",
      title: "Orientering om økonomisk status",
      presenter: "Kommunedirektøren",
      text: "Prognosen for årsresultatet er bedret siden andre tertial.",
    });
    const { itemId } = await buildAgendaEntry(db, { meetingId: meeting.id, kind: "letters" });
    await buildAgendaLetter(db, {
      meetingId: meeting.id,
      itemId,
      correspondent: "Statsforvalteren i Innlandet",
      title: "Tilsynsrapport om beredskapsplikten",
      journalReference: "2026/501-2",
    });
    await buildAgendaLetter(db, {
      meetingId: meeting.id,
      itemId,
      correspondent: "Ingvild Privatsen-Haugom",
      title: "Søknad om fritak fra eiendomsskatt for Haugom-tunet",
      journalReference: "2026/502-1",
      exemptionBasis: "Offl. § 13, jf. fvl. § 13 (1) nr. 1",
    });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "any_other_business" });
    const before = text((await anonymous()).body);
    expect(before).not.toContain("Orientering om økonomisk status");
    // Through the route, whose commit tells this process's page cache at once.
    expect((await publishThroughWorkspace(db, staff, meeting.id)).statusCode).toBe(303);
    const response = await anonymous();
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    const year = seriesYear(meeting.starts_at);
    const yy = String(year % 100).padStart(2, "0");
    expect(page).toContain(`Møte 1/${year}`);
    expect(page).toContain("Formannskapssalen");
    expect(page).toContain(`PS 1/${yy} Godkjenning av innkalling og saksliste`);
    expect(page).toContain(`OS 1/${yy} Orientering om økonomisk status`);
    expect(page).toContain("Orientering ved Kommunedirektøren");
    expect(page).toContain("Prognosen for årsresultatet er bedret siden andre tertial.");
    expect(page).toContain(`RS 1/${yy} Referatsaker`);
    expect(page).toContain("Tilsynsrapport om beredskapsplikten");
    expect(page).toContain("Inngående: Statsforvalteren i Innlandet");
    expect(page).toContain("journalpost 2026/502-1");
    expect(page).toContain("Brev unntatt offentlighet");
    expect(page).toContain("Offl. § 13, jf. fvl. § 13 (1) nr. 1");
    expect(page).not.toContain("Privatsen-Haugom");
    expect(page).not.toContain("Haugom-tunet");
    expect(page).toMatch(/Eventuelt/);
    expect(page).not.toMatch(/\b[A-Z]{2} \d+\/\d\d Eventuelt/);
    // The meeting's own month: thirty days ahead is next month's calendar from December on.
    const month = new Date(meeting.starts_at)
      .toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" })
      .slice(0, 7);
    const calendar = text(
      (await t.app.inject({ method: "GET", url: `/moter?maned=${month}` })).body,
    );
    expect(calendar).toContain(`møte 1/${year}`);
  });
});
