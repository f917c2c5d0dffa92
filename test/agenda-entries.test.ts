import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commit } from "../src/commit/commit.ts";
import type { Outcome } from "../src/commit/outcome.ts";
import type { Database } from "../src/db/database.ts";
import { seriesYear } from "../src/domain/numbering.ts";
import { addAgendaEntry } from "../src/features/meetings/add-agenda-entry.ts";
import { addAgendaLetter } from "../src/features/meetings/add-agenda-letter.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { publishNotice } from "../src/features/meetings/publish-notice.ts";
import { removeAgendaLetter } from "../src/features/meetings/remove-agenda-letter.ts";
import { setMeetingNumber } from "../src/features/meetings/set-meeting-number.ts";
import { type SeriesName, setSeriesStart } from "../src/features/meetings/set-series-start.ts";
import { updateMeeting } from "../src/features/meetings/update-meeting.ts";
import { buildCase } from "./factories/cases.ts";
import {
  buildAgendaEntry,
  buildAgendaItem,
  buildAgendaLetter,
  buildHeldMeeting,
  buildMeeting,
  eveningIn,
} from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
});
afterEach(async () => {
  await t.close();
});

const run = <T>(work: (tx: Database) => Promise<Outcome<T>>) => commit({ db }, work);

async function publish(meetingId: number, now = new Date()) {
  return run(async (tx) =>
    publishNotice({ actor: TEST_ACTOR, meeting: await lockMeeting(tx, meetingId), now, tx }),
  );
}

const startSeries = (bodyId: number, series: SeriesName, firstNumber: number, year: number) =>
  run((tx) => setSeriesStart({ actor: TEST_ACTOR, bodyId, year, series, firstNumber, tx }));

async function agenda(meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .select(["id", "kind", "title", "case_type", "series_number"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
}

async function everything() {
  const [items, letters, meetings, caseSeries, meetingSeries, audits] = await Promise.all([
    db.selectFrom("agenda_item").selectAll().orderBy("id").execute(),
    db.selectFrom("agenda_item_letter").selectAll().orderBy("id").execute(),
    db.selectFrom("meeting").selectAll().orderBy("id").execute(),
    db.selectFrom("case_number_series").selectAll().orderBy("case_type").execute(),
    db.selectFrom("meeting_number_series").selectAll().orderBy("year").execute(),
    db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, letters, meetings, caseSeries, meetingSeries, audits: Number(audits.n) };
}

describe("items without a case", () => {
  it("numbers approvals as PS, orientations as OS and letters as RS from where each series starts, and leaves Eventuelt unnumbered", async () => {
    const body = await buildBody(db);
    const startsAt = eveningIn(20);
    const year = seriesYear(startsAt);
    const meeting = await buildMeeting(db, { bodyId: body.id, startsAt });
    expect((await startSeries(body.id, "PS", 79, year)).ok).toBe(true);
    expect((await startSeries(body.id, "meeting", 5, year)).ok).toBe(true);
    const caseId = (await buildCase(db, { route: [body.id] })).id;
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "notice_approval" });
    await buildAgendaEntry(db, {
      meetingId: meeting.id,
      kind: "minutes_approval",
      text: "Protokoll fra forrige møte",
    });
    await buildAgendaItem(db, { meetingId: meeting.id, caseId });
    await buildAgendaEntry(db, {
      meetingId: meeting.id,
      kind: "orientation",
      title: "Orientering om økonomien",
      presenter: "Økonomisjefen",
    });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "letters" });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "any_other_business" });
    expect((await publish(meeting.id)).ok).toBe(true);
    const items = await agenda(meeting.id);
    expect(items.map((item) => [item.kind, item.case_type, item.series_number])).toEqual([
      ["notice_approval", "PS", 79],
      ["minutes_approval", "PS", 80],
      ["case", "PS", 81],
      ["orientation", "OS", 1],
      ["letters", "RS", 1],
      ["any_other_business", null, null],
    ]);
    expect(items[0]?.title).toBe("Godkjenning av innkalling og saksliste");
    expect(items[3]?.title).toBe("Orientering om økonomien");
    const numbered = await db
      .selectFrom("meeting")
      .select(["series_year", "series_number"])
      .where("id", "=", meeting.id)
      .executeTakeFirstOrThrow();
    expect(numbered).toEqual({ series_year: year, series_number: 5 });
  });

  it("numbers an item added after the notice at once, and Eventuelt never", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "notice_approval" });
    await publish(meeting.id);
    await buildAgendaEntry(db, {
      meetingId: meeting.id,
      kind: "orientation",
      presenter: "Ordføreren",
    });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "any_other_business" });
    expect((await agenda(meeting.id)).map((item) => item.series_number)).toEqual([1, 1, null]);
  });

  it("gives an item the usual title of its kind when none is written", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    await commitOrThrow(db, async (tx) =>
      addAgendaEntry({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        entry: { kind: "minutes_approval", title: "  ", text: "", presenter: "" },
        tx,
      }),
    );
    expect((await agenda(meeting.id)).map((item) => item.title)).toEqual([
      "Godkjenning av protokoll",
    ]);
  });

  it("refuses an orientation without a presenter, a second Eventuelt, and a held meeting, changing nothing", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "any_other_business" });
    const held = await buildHeldMeeting(db, { bodyId: body.id });
    const before = await everything();
    const add = (meetingId: number, kind: "orientation" | "any_other_business", presenter = "") =>
      run(async (tx) =>
        addAgendaEntry({
          actor: TEST_ACTOR,
          meeting: await lockMeeting(tx, meetingId),
          entry: { kind, title: "", text: "", presenter },
          tx,
        }),
      );
    expect(await add(meeting.id, "orientation")).toEqual({
      ok: false,
      errors: { presenter: "Skriv hvem som orienterer." },
    });
    expect(await add(meeting.id, "any_other_business")).toEqual({
      ok: false,
      errors: { kind: "Sakslisten har allerede Eventuelt." },
    });
    expect(await add(meeting.id, "any_other_business", "Ordføreren")).toEqual({
      ok: false,
      errors: { presenter: "Bare en orientering har noen som orienterer." },
    });
    expect(await add(held.meeting.id, "orientation", "Ordføreren")).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining("kan ikke endres") },
    });
    expect(await everything()).toEqual(before);
  });
});

describe("letters on a referatsak", () => {
  it("lists several letters in order, and closes the gap when one is removed", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const { itemId } = await buildAgendaEntry(db, { meetingId: meeting.id, kind: "letters" });
    const first = await buildAgendaLetter(db, { meetingId: meeting.id, itemId });
    await buildAgendaLetter(db, {
      meetingId: meeting.id,
      itemId,
      direction: "internal",
      correspondent: "Ordføreren",
      title: "Hastevedtak om tilskudd til flomberedskap",
    });
    await buildAgendaLetter(db, { meetingId: meeting.id, itemId, direction: "outgoing" });
    const removed = await run(async (tx) =>
      removeAgendaLetter({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        itemId,
        letterId: first.letterId,
        tx,
      }),
    );
    expect(removed.ok).toBe(true);
    const letters = await db
      .selectFrom("agenda_item_letter")
      .select(["position", "direction", "title"])
      .where("agenda_item_id", "=", itemId)
      .orderBy("position")
      .execute();
    expect(letters.map((letter) => [letter.position, letter.direction])).toEqual([
      [1, "internal"],
      [2, "outgoing"],
    ]);
  });

  it("refuses a letter under an item that is no referatsak, changing nothing", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const { itemId } = await buildAgendaEntry(db, { meetingId: meeting.id, kind: "orientation" });
    const before = await everything();
    const outcome = await run(async (tx) =>
      addAgendaLetter({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        itemId,
        letter: {
          direction: "incoming",
          correspondent: "Statsforvalteren",
          letterDate: "2026-10-01",
          title: "Brev",
          journalReference: "",
          exemptionBasis: null,
        },
        tx,
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      errors: { form: "Brev kan bare føres under et punkt med referatsaker." },
    });
    expect(await everything()).toEqual(before);
  });

  it("shows the public an exempt letter's date, reference and basis, never who sent it or what it says", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const { itemId } = await buildAgendaEntry(db, { meetingId: meeting.id, kind: "letters" });
    const { letterId } = await buildAgendaLetter(db, {
      meetingId: meeting.id,
      itemId,
      correspondent: "Ola Privatperson",
      title: "Klage på nabotomt i Fjellveien 3",
      journalReference: "2026/77-3",
      exemptionBasis: "Offl. § 13, jf. fvl. § 13 (1) nr. 1",
    });
    const seen = await db
      .selectFrom("public_agenda_item_letter")
      .selectAll()
      .where("id", "=", letterId)
      .executeTakeFirstOrThrow();
    expect(seen).toMatchObject({
      correspondent: null,
      title: null,
      journal_reference: "2026/77-3",
      access: "exempt",
      exemption_basis: "Offl. § 13, jf. fvl. § 13 (1) nr. 1",
    });
    const audits = await db
      .selectFrom("audit_log")
      .select("details")
      .where("entity_type", "=", "agenda_item_letter")
      .execute();
    expect(JSON.stringify(audits)).not.toContain("Privatperson");
  });
});

describe("meeting numbers", () => {
  it("draws the next number in the body's year with each notice, passing a number given by hand", async () => {
    const body = await buildBody(db);
    const year = seriesYear(eveningIn(20));
    const meetings = [];
    for (const days of [20, 21, 22])
      meetings.push(await buildMeeting(db, { bodyId: body.id, startsAt: eveningIn(days) }));
    const [first, second, third] = meetings.map((meeting) => meeting.id) as [
      number,
      number,
      number,
    ];
    for (const id of meetings.map((meeting) => meeting.id))
      await buildAgendaEntry(db, { meetingId: id, kind: "notice_approval" });
    const handNumbered = await run(async (tx) =>
      setMeetingNumber({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, second),
        number: 2,
        tx,
      }),
    );
    expect(handNumbered.ok).toBe(true);
    await publish(third);
    await publish(first);
    await publish(second);
    const numbers = await db
      .selectFrom("meeting")
      .select(["id", "series_year", "series_number"])
      .where("body_id", "=", body.id)
      .orderBy("id")
      .execute();
    expect(numbers.map((row) => [row.id, row.series_year, row.series_number])).toEqual([
      [first, year, 3],
      [second, year, 2],
      [third, year, 1],
    ]);
  });

  it("refuses to change a number printed on a notice, a number in use, or to move a numbered meeting to another year", async () => {
    const body = await buildBody(db);
    const published = await buildMeeting(db, { bodyId: body.id, startsAt: eveningIn(20) });
    await buildAgendaEntry(db, { meetingId: published.id, kind: "notice_approval" });
    await publish(published.id);
    const planned = await buildMeeting(db, { bodyId: body.id, startsAt: eveningIn(21) });
    const before = await everything();
    const setNumber = (meetingId: number, number: number) =>
      run(async (tx) =>
        setMeetingNumber({
          actor: TEST_ACTOR,
          meeting: await lockMeeting(tx, meetingId),
          number,
          tx,
        }),
      );
    expect(await setNumber(published.id, 7)).toEqual({
      ok: false,
      errors: { number: "Møtenummeret står på innkallingen som er sendt, og kan ikke endres." },
    });
    const year = seriesYear(eveningIn(21));
    expect(await setNumber(planned.id, 1)).toEqual({
      ok: false,
      errors: { number: `Møte 1/${year} er allerede brukt i utvalget.` },
    });
    const lockedMeeting = await db
      .selectFrom("meeting")
      .selectAll()
      .where("id", "=", published.id)
      .executeTakeFirstOrThrow();
    const nextYear = new Date(lockedMeeting.starts_at);
    nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
    const moved = await run(async (tx) =>
      updateMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, published.id),
        input: {
          bodyId: body.id,
          startsAt: nextYear,
          endsAt: null,
          location: "",
          room: "",
          isRemote: false,
        },
        tx,
      }),
    );
    expect(moved).toMatchObject({ ok: false, errors: { date: expect.stringContaining("serien") } });
    expect(await everything()).toEqual(before);
  });
});

describe("series starts", () => {
  it("refuses a start at or below a number already used, changing nothing, and goes on from a higher one", async () => {
    const body = await buildBody(db);
    const meeting = await buildMeeting(db, { bodyId: body.id });
    const year = seriesYear(meeting.starts_at);
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "notice_approval" });
    await buildAgendaEntry(db, { meetingId: meeting.id, kind: "minutes_approval" });
    await publish(meeting.id);
    const before = await everything();
    expect(await startSeries(body.id, "PS", 2, year)).toEqual({
      ok: false,
      errors: {
        firstNumber: "Nummer 2 er allerede brukt i serien, så den kan ikke starte lavere enn 3.",
      },
    });
    expect(await startSeries(body.id, "meeting", 1, year)).toMatchObject({
      ok: false,
      errors: { firstNumber: expect.stringContaining("lavere enn 2") },
    });
    expect(await everything()).toEqual(before);
    expect((await startSeries(body.id, "PS", 40, year)).ok).toBe(true);
    await buildAgendaEntry(db, {
      meetingId: meeting.id,
      kind: "orientation",
      presenter: "Rådmannen",
    });
    const caseId = (await buildCase(db, { route: [body.id] })).id;
    await buildAgendaItem(db, { meetingId: meeting.id, caseId });
    expect((await agenda(meeting.id)).map((item) => item.series_number)).toEqual([1, 2, 1, 40]);
  });

  it("lets a start be moved down again while no number of the series is used", async () => {
    const body = await buildBody(db);
    expect((await startSeries(body.id, "RS", 30, 2027)).ok).toBe(true);
    expect((await startSeries(body.id, "RS", 12, 2027)).ok).toBe(true);
    const row = await db
      .selectFrom("case_number_series")
      .select(["first_number", "last_number"])
      .where("body_id", "=", body.id)
      .where("case_type", "=", "RS")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ first_number: 12, last_number: 0 });
  });
});
