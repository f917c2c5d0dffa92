import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { REQUEST_KEY_FIELD } from "../src/features/console/console-request.tsx";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { buildMeeting } from "./factories/meetings.ts";
import { sitMeeting } from "./factories/treatment.ts";
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
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

function keyIn(html: string, action: string): string {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const key = new RegExp(`name="${REQUEST_KEY_FIELD}" value="([^"]+)"`).exec(form)?.[1];
  if (!key) throw new Error(`No key in the form posting to ${action}`);
  return key;
}

const itemPage = (itemId: number) => `/admin/moter/${seated.meeting.id}/konsoll/saker/${itemId}`;
const livePage = () => `/moter/${seated.meeting.id}/direkte`;
const anonymous = (url: string) => t.app.inject({ method: "GET", url });

async function partyCodes(): Promise<[string, string]> {
  const code = async (id: number) =>
    (
      await db
        .selectFrom("party")
        .select("short_name")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).short_name;
  return [await code(seated.a.listId), await code(seated.b.listId)];
}

describe("the treatment on the item's console page", () => {
  it("takes a proposal and a vote by party from its forms, and a retried vote counts once", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const page = itemPage(itemId);
    const html = (await staff.get(page)).body;
    expect(text(html)).toContain("Forslag");
    expect(text(html)).toContain("Votering");
    expect(text(html)).toContain("Talerliste");
    const proposal = await staff.post(`${page}/forslag`, {
      [REQUEST_KEY_FIELD]: keyIn(html, `${page}/forslag`),
      forslagType: "alternative",
      forslagStiller: String(seated.b.members[0]),
      forslagTekst: "Saken utredes videre.",
    });
    expect(proposal.statusCode).toBe(303);
    const [codeA, codeB] = await partyCodes();
    const form = (await staff.get(page)).body;
    const key = keyIn(form, `${page}/voteringer`);
    const counts = {
      [REQUEST_KEY_FIELD]: key,
      voteringForslag: "innstilling",
      [`for-${codeA}`]: "3",
      [`mot-${codeA}`]: "0",
      [`for-${codeB}`]: "0",
      [`mot-${codeB}`]: "2",
    };
    expect((await staff.post(`${page}/voteringer`, counts)).statusCode).toBe(303);
    expect((await staff.post(`${page}/voteringer`, counts)).statusCode).toBe(303);
    const votes = await db.selectFrom("vote").select("summary").execute();
    expect(votes).toEqual([{ summary: "Innstillingen ble vedtatt med 3 mot 2 stemmer." }]);
    expect(text((await staff.get(page)).body)).toContain(
      "Innstillingen ble vedtatt med 3 mot 2 stemmer.",
    );
  });

  it("shows a refused count again with the reason, and records nothing", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const page = itemPage(itemId);
    const [codeA, codeB] = await partyCodes();
    const response = await staff.post(`${page}/voteringer`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/voteringer`),
      voteringForslag: "innstilling",
      [`for-${codeA}`]: "1",
      [`for-${codeB}`]: "1",
    });
    expect(response.statusCode).toBe(400);
    expect(text(response.body)).toContain(
      "Det er talt 2 stemmer, men 5 er til stede og har stemmerett.",
    );
    expect(await db.selectFrom("vote").select("id").execute()).toEqual([]);
  });
});

describe("the body's own rules of procedure", () => {
  it("are set in the body form and used by the console: the quorum and the speaking times", async () => {
    const body = await db
      .selectFrom("body")
      .selectAll()
      .where("id", "=", seated.bodyId)
      .executeTakeFirstOrThrow();
    const edit = `/admin/utvalg/${body.id}/rediger`;
    expect((await staff.get(edit)).statusCode).toBe(200);
    const saved = await staff.post(edit, {
      name: body.name,
      shortName: body.short_name,
      slug: body.slug,
      kind: body.kind,
      seatCount: String(body.seat_count),
      noticeDays: "7",
      description: body.description,
      isActive: "on",
      quorumPercent: "80",
      speechMinutes: "3",
      replyMinutes: "1",
      answerMinutes: "1",
      repliesPerSpeech: "",
      videoStreamUrl: "",
    });
    expect(saved.statusCode).toBe(303);
    const { itemId } = await sitMeeting(db, seated, seated.a.members);
    const page = itemPage(itemId);
    const html = text((await staff.get(page)).body);
    expect(html).toContain(
      "Taletid etter reglementet: innlegg 3 min, replikk 1 min, svar på replikk 1 min.",
    );
    const [codeA] = await partyCodes();
    const counts = {
      voteringForslag: "innstilling",
      [`for-${codeA}`]: "3",
      [`mot-${codeA}`]: "0",
    };
    const refused = await staff.post(`${page}/voteringer`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/voteringer`),
      ...counts,
    });
    expect(refused.statusCode).toBe(400);
    expect(text(refused.body)).toContain(
      "Utvalget er ikke vedtaksført: 3 av 5 medlemmer er til stede og stemmer, og minst 4 må være det (utvalgets reglement, jf. kl. § 11-9).",
    );
  });
});

describe("the live public page", () => {
  it("follows the item being treated: the floor, the proposals and each vote with its parties", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const page = itemPage(itemId);
    await staff.post(`${page}/talere`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/talere`),
      talerPerson: String(seated.a.members[1]),
      talerType: "speech",
    });
    const entry = await db.selectFrom("speaker_entry").select("id").executeTakeFirstOrThrow();
    await staff.post(`${page}/talere/${entry.id}/ordet`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/talere/${entry.id}/ordet`),
    });
    const before = await anonymous(livePage());
    expect(before.statusCode).toBe(200);
    expect(before.headers["cache-control"]).toContain("public");
    expect(text(before.body)).toContain("Til behandling: Sak 1");
    expect(text(before.body)).toMatch(/Har ordet .*innlegg/);
    await staff.post(`${page}/voteringer`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/voteringer`),
      voteringForslag: "innstilling",
      enstemmig: "ja",
    });
    const after = text((await anonymous(livePage())).body);
    expect(after).toContain("Siste resultat: Sak 1");
    expect(after).toContain("Innstillingen ble vedtatt med 5 mot 0 stemmer.");
    expect(after).toContain("Vedtak");
  });

  it("shows a closed item only as closed, with its legal basis", async () => {
    const itemId = seated.items[0]?.id ?? 0;
    await db
      .updateTable("agenda_item")
      .set({ is_closed: true, closed_basis: "Offl. § 13, jf. fvl. § 13 første ledd nr. 1" })
      .where("id", "=", itemId)
      .execute();
    await sitMeeting(db, seated);
    const page = itemPage(itemId);
    const secret = "Hemmelig forslag om Ola Nordmanns helse";
    await staff.post(`${page}/forslag`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/forslag`),
      forslagType: "alternative",
      forslagStiller: String(seated.b.members[0]),
      forslagTekst: secret,
    });
    await staff.post(`${page}/voteringer`, {
      [REQUEST_KEY_FIELD]: keyIn((await staff.get(page)).body, `${page}/voteringer`),
      voteringForslag: "innstilling",
      enstemmig: "ja",
    });
    expect(await db.selectFrom("vote").select("id").execute()).toHaveLength(1);
    const body = text((await anonymous(livePage())).body);
    expect(body).toContain(
      "Møtet er lukket for denne saken. Hjemmel: Offl. § 13, jf. fvl. § 13 første ledd nr. 1.",
    );
    expect(body).not.toContain(secret);
    expect(body).not.toContain("stemmer");
    const changes = await db
      .selectFrom("change_event")
      .select("public")
      .where("action", "in", ["proposal.add", "vote.record"])
      .execute();
    expect(changes.map((change) => change.public)).toEqual([false, false]);
  });

  it("shows the body's video stream, and answers 404 before the notice is out", async () => {
    const planned = await buildMeeting(db, { bodyId: seated.bodyId });
    expect((await anonymous(`/moter/${planned.id}/direkte`)).statusCode).toBe(404);
    await db
      .updateTable("body")
      .set({ settings: JSON.stringify({ videoStreamUrl: "https://video.example.no/direkte" }) })
      .where("id", "=", seated.bodyId)
      .execute();
    const live = await anonymous(livePage());
    expect(live.body).toContain('href="https://video.example.no/direkte"');
    expect(text(live.body)).toContain("Møtet er ikke satt ennå");
    expect((await anonymous("/moter/999999/direkte")).statusCode).toBe(404);
  });
});
