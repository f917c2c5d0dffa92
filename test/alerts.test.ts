import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { dispatchAlertsOnChanges } from "../src/features/alerts/alert-dispatch.ts";
import { confirmAlertSubscription } from "../src/features/alerts/confirm-alert-subscription.ts";
import { deleteExpiredSubscriptions } from "../src/features/alerts/delete-expired-subscriptions.ts";
import { requestAlertSubscription } from "../src/features/alerts/request-alert-subscription.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { cancelMeeting } from "../src/features/meetings/cancel-meeting.ts";
import { holdMeeting } from "../src/features/meetings/hold-meeting.ts";
import { recordDecision } from "../src/features/meetings/record-decision.ts";
import { JOB_DEFINITIONS } from "../src/jobs/definitions.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer, type Mailer } from "../src/mail/mailer.ts";
import { listOutbox, readOutboxMail } from "../src/mail/outbox.ts";
import { buildCase } from "./factories/cases.ts";
import { buildMeeting, buildPublishedMeeting, eveningIn } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commit, commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { jobServices } from "./helpers/job-services.ts";

let t: TestApp;
let db: Database;
let dataDir: string;
let mailer: Mailer;
let stopDispatch: () => void;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-alerts-"));
  t = await createTestApp("empty", { baseUrl: "https://politikk.eksempel.no", dataDir });
  db = t.app.db;
  mailer = createMailer(t.app.config);
  stopDispatch = dispatchAlertsOnChanges({
    db,
    changes: t.app.changes,
    settings: async () => ({
      baseUrl: t.app.config.baseUrl,
      municipalityName: "Eksempel kommune",
    }),
    log: { info: () => {}, warn: () => {}, error: () => {} },
    gatherMs: 0,
  });
});
afterAll(async () => {
  stopDispatch();
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

let address = 0;
let remote = "";
beforeEach(() => {
  address++;
  remote = `10.77.${address >> 8}.${address & 255}`;
});

const outbox = () => path.join(dataDir, "outbox");
const get = (url: string) => t.app.inject({ method: "GET", url, remoteAddress: remote });
const post = (url: string, payload: Record<string, string>, from = remote) =>
  t.app.inject({ method: "POST", url, payload, remoteAddress: from });

/** Lets the dispatcher's timer fire, then runs every due job (the dispatcher and the mails). */
async function runJobs(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  const options = {
    db,
    registry: createJobRegistry(JOB_DEFINITIONS),
    services: jobServices(db, mailer),
  };
  for (let round = 0; round < 3; round++) await runDueJobs(options);
}

/** The mails to an address in the outbox, newest first, parsed. */
async function mailsTo(email: string) {
  const { entries } = await listOutbox(outbox(), 10_000);
  const mails = [];
  for (const entry of entries.filter((e) => e.to === email)) {
    const mail = await readOutboxMail(outbox(), entry.name);
    if (mail) mails.push({ ...mail, parsed: await simpleParser(mail.raw) });
  }
  return mails;
}

const linkIn = (text: string, pattern: RegExp): string => {
  const match = pattern.exec(text);
  if (!match) throw new Error(`No link ${pattern} in ${text}`);
  return new URL(match[0]).pathname;
};

const subscriptions = (email: string) =>
  db.selectFrom("alert_subscription").selectAll().where("email", "=", email).execute();

/** Asks and confirms through the pages, as a citizen does; returns nothing until confirmed. */
async function subscribe(email: string, form: Record<string, string>): Promise<void> {
  const sent = await post("/varsler", { epost: email, ...form });
  expect(sent.statusCode).toBe(200);
  await runJobs();
  const [confirmation] = await mailsTo(email);
  const confirm = linkIn(confirmation?.text ?? "", /https:\/\/\S+\/varsler\/bekreft\/\S+/);
  expect((await get(confirm)).body).toContain("Bekreft");
  const confirmed = await post(confirm, {});
  expect(confirmed.statusCode).toBe(200);
  expect(confirmed.body).toContain("Varselet er bekreftet");
}

describe("e-mail alerts", () => {
  it("subscribe, confirm, receive the news in the outbox, and leave with one click", async () => {
    const body = await buildBody(db);
    const email = `ola${address}@eksempel.no`;
    const form = await get(`/varsler?utvalg=${body.slug}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`<option value="${body.slug}" selected`);

    const sent = await post("/varsler", { epost: ` ${email.toUpperCase()} `, utvalg: body.slug });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain("Sjekk e-posten din");
    const [pending] = await subscriptions(email);
    expect(pending?.confirmed_at).toBeNull();
    await runJobs();
    const [confirmation] = await mailsTo(email);
    expect(confirmation?.subject).toBe(`Bekreft varsel fra ${await t.app.municipalityName.get()}`);
    const confirm = linkIn(confirmation?.text ?? "", /https:\/\/\S+\/varsler\/bekreft\/\S+/);
    // Only the token's hash is kept.
    const token = confirm.split("/").at(-1) ?? "";
    expect(JSON.stringify(await subscriptions(email))).not.toContain(token);

    // Opening the link changes nothing; the button confirms.
    expect((await get(confirm)).statusCode).toBe(200);
    expect((await subscriptions(email))[0]?.confirmed_at).toBeNull();
    expect((await post(confirm, {})).body).toContain("Varselet er bekreftet");
    expect((await subscriptions(email))[0]?.confirmed_at).not.toBeNull();
    expect((await post(confirm, {})).statusCode).toBe(400);

    // Something new is published for the body.
    const meeting = await buildPublishedMeeting(db, { bodyId: body.id });
    await runJobs();
    const [alert] = await mailsTo(email);
    // The new meeting and its notice came in one run, so in one mail.
    expect(alert?.subject).toBe(`2 nyheter om møter og vedtak i ${body.name}`);
    expect(alert?.text).toContain("Nytt møte: ");
    expect(alert?.text).toContain("Innkalling og saksliste: ");
    expect(alert?.text).toContain(`https://politikk.eksempel.no/moter/${meeting.meeting.id}`);
    // Unfolded, as a long header is written on two lines.
    const raw = (alert?.raw.toString("utf8") ?? "").replace(/\r\n[ \t]+/g, " ");
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    const unsubscribe = /^List-Unsubscribe: +<([^>]+)>\r$/m.exec(raw)?.[1] ?? "";
    const oneClick = new URL(unsubscribe).pathname;
    expect(alert?.text).toContain(`https://politikk.eksempel.no${oneClick}`);

    // The mail program's one-click POST (RFC 8058) deletes the address.
    const left = await t.app.inject({
      method: "POST",
      url: oneClick,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
      remoteAddress: remote,
    });
    expect(left.statusCode).toBe(200);
    expect(left.body).toContain("Du er meldt av");
    expect(await subscriptions(email)).toEqual([]);
    expect((await post(oneClick, {})).statusCode).toBe(200);

    const before = (await mailsTo(email)).length;
    await commitOrThrow(db, async (tx) =>
      cancelMeeting({ actor: TEST_ACTOR, meeting: await lockMeeting(tx, meeting.meeting.id), tx }),
    );
    await runJobs();
    expect(await mailsTo(email)).toHaveLength(before);
  });

  it("answers the same whether the address is new, waiting or subscribed, and sends no second mail", async () => {
    const body = await buildBody(db);
    const email = `kari${address}@eksempel.no`;
    await subscribe(email, { utvalg: body.slug });
    const mails = (await mailsTo(email)).length;
    const again = await post("/varsler", { epost: email, utvalg: body.slug });
    const fresh = await post("/varsler", { epost: `ny${address}@eksempel.no`, utvalg: body.slug });
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]*"/, "");
    expect(strip(again.body)).toBe(strip(fresh.body));
    await runJobs();
    expect(await mailsTo(email)).toHaveLength(mails);
    // A waiting address asking twice at once gets one link.
    await post("/varsler", { epost: `ny${address}@eksempel.no`, utvalg: body.slug });
    await runJobs();
    expect(await mailsTo(`ny${address}@eksempel.no`)).toHaveLength(1);
  });

  it("sends a case's subscribers its decision, and an exempt case only as exempt", async () => {
    const body = await buildBody(db);
    const publicCase = await buildCase(db, { route: [body.id], title: "Ny skolevei" });
    const exemptCase = await buildCase(db, {
      route: [body.id],
      exempt: true,
      title: "Klage fra Per Hemmelig",
    });
    const startsAt = eveningIn(-14);
    const endsAt = new Date(startsAt.getTime() + 3 * 3_600_000);
    const meeting = await buildPublishedMeeting(db, {
      bodyId: body.id,
      caseIds: [publicCase.id, exemptCase.id],
      startsAt,
      endsAt,
      noticeAt: new Date(startsAt.getTime() - 10 * 24 * 3_600_000),
    });
    expect(meeting.items).toHaveLength(2);
    const email = `per${address}@eksempel.no`;
    const exemptEmail = `eva${address}@eksempel.no`;
    await subscribe(email, { sak: String(publicCase.id) });
    await subscribe(exemptEmail, { sak: String(exemptCase.id) });
    const casePage = (await get(`/saker/${publicCase.id}`)).body;
    expect(casePage).toContain(`href="/varsler?sak=${publicCase.id}"`);

    const recordedAt = new Date(endsAt.getTime() + 3_600_000);
    await commitOrThrow(db, async (tx) =>
      holdMeeting({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.meeting.id),
        endsAt,
        now: recordedAt,
        tx,
      }),
    );
    const decisions = ["Skoleveien bygges i 2027.", "Per Hemmelig får medhold."];
    for (const [index, item] of meeting.items.entries())
      await commitOrThrow(db, async (tx) =>
        recordDecision({
          actor: TEST_ACTOR,
          meeting: await lockMeeting(tx, meeting.meeting.id),
          itemId: item.id,
          decision: decisions[index] ?? "",
          decidedAt: new Date(startsAt.getTime() + (index + 1) * 60_000),
          now: recordedAt,
          tx,
        }),
      );
    await runJobs();
    const [decision] = await mailsTo(email);
    expect(decision?.text).toContain("Skoleveien bygges i 2027.");
    expect(decision?.text).not.toContain("Per Hemmelig");
    const exemptMails = await mailsTo(exemptEmail);
    const texts = exemptMails.map((mail) => `${mail.subject}\n${mail.text}`).join("\n");
    expect(texts).toContain("Unntatt offentlighet");
    expect(texts).toContain("Personalsak");
    expect(texts).not.toContain("Hemmelig");
  });

  it("sends a saved search what it finds among the published news, by the search's rules", async () => {
    const body = await buildBody(db);
    const email = `sok${address}@eksempel.no`;
    expect((await get("/varsler?q=skolevei")).body).toContain('name="q" value="skolevei"');
    expect((await get("/varsler?q=---")).statusCode).toBe(404);
    await subscribe(email, { q: "skolevei -bompenger" });
    const [row] = await subscriptions(email);
    expect(row?.search_query).toBe("skolevei -bompenger");
    const mails = (await mailsTo(email)).length;
    const found = await buildCase(db, {
      route: [body.id],
      title: "Ny skoleveiutbygging ved Nordby",
    });
    const excluded = await buildCase(db, { route: [body.id], title: "Skolevei og bompenger" });
    const other = await buildCase(db, { route: [body.id], title: "Nytt bibliotek" });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [found.id] });
    await runJobs();
    const [alert] = await mailsTo(email);
    expect(await mailsTo(email)).toHaveLength(mails + 1);
    expect(alert?.text).toContain("Innkalling og saksliste");
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [excluded.id, other.id] });
    await runJobs();
    expect(await mailsTo(email)).toHaveLength(mails + 1);
  });

  it("sends nothing for an internal change, and reads no event twice", async () => {
    const body = await buildBody(db);
    const email = `intern${address}@eksempel.no`;
    await subscribe(email, { utvalg: body.slug });
    const mails = (await mailsTo(email)).length;
    await buildCase(db, { route: [body.id], title: "Utkast ingen har sett" });
    await runJobs();
    expect(await mailsTo(email)).toHaveLength(mails);
    await buildMeeting(db, { bodyId: body.id });
    await runJobs();
    await runJobs();
    expect(await mailsTo(email)).toHaveLength(mails + 1);
  });

  it("refuses bad input with a message and stores nothing", async () => {
    const body = await buildBody(db);
    const count = async () =>
      Number(
        (
          await db
            .selectFrom("alert_subscription")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    let n = 0;
    for (const [form, message] of [
      [{ epost: "", utvalg: body.slug }, "Skriv e-postadressen din."],
      [{ epost: "ikke-en-adresse", utvalg: body.slug }, "Skriv en gyldig e-postadresse"],
      [{ epost: `${"a".repeat(10_000)}@eksempel.no`, utvalg: body.slug }, "for lang"],
      [{ epost: "a\u0000b@eksempel.no", utvalg: body.slug }, ""],
      [{ epost: "ok@eksempel.no", utvalg: "finnes-ikke" }, "Velg et utvalg fra listen."],
      [{ epost: "ok@eksempel.no" }, "Velg et utvalg fra listen."],
    ] as const) {
      n++;
      const response = await post("/varsler", form, `10.78.${address}.${n}`);
      expect(response.statusCode, JSON.stringify(form).slice(0, 80)).toBe(400);
      expect(response.body).toContain(message);
    }
    expect((await get("/varsler?sak=999999")).statusCode).toBe(404);
    expect((await post("/varsler", { epost: "ok@eksempel.no", sak: "999999" })).statusCode).toBe(
      404,
    );
    expect((await post(`/varsler/bekreft/${"A".repeat(43)}`, {})).statusCode).toBe(400);
    expect((await post("/varsler/bekreft/kort", {})).statusCode).toBe(400);
    expect((await post(`/varsler/avmeld/1/${"A".repeat(43)}`, {})).statusCode).toBe(400);
    expect((await get("/varsler/avmeld/x/y")).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it("limits how often one address of the internet may ask", async () => {
    const body = await buildBody(db);
    const statuses = [];
    for (let n = 0; n < 6; n++)
      statuses.push(
        (await post("/varsler", { epost: `f${n}@eksempel.no`, utvalg: body.slug })).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("lets an unconfirmed subscription expire, deleting the address", async () => {
    const body = await buildBody(db);
    const email = `sein${address}@eksempel.no`;
    const asked = new Date(Date.now() - 47 * 3_600_000);
    const later = new Date(Date.now() + 2 * 3_600_000);
    await commitOrThrow(db, (tx) =>
      requestAlertSubscription({
        email,
        target: { kind: "body", bodyId: body.id },
        baseUrl: t.app.config.baseUrl,
        municipalityName: "Eksempel kommune",
        now: asked,
        tx,
      }),
    );
    await runJobs();
    const [mail] = await mailsTo(email);
    const token = linkIn(mail?.text ?? "", /https:\/\/\S+\/varsler\/bekreft\/\S+/)
      .split("/")
      .at(-1);
    const outcome = await commit(db, async (tx) =>
      confirmAlertSubscription({ token: String(token), now: later, tx }),
    );
    expect(outcome.ok).toBe(false);
    expect(await subscriptions(email)).toHaveLength(1);
    expect(await commit(db, (tx) => deleteExpiredSubscriptions({ now: later, tx }))).toBe(1);
    expect(await subscriptions(email)).toEqual([]);
  });

  it("has a privacy statement, linked from every page", async () => {
    const page = await get("/personvern");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("bare e-postadressen");
    expect(page.body).toContain("slettes adressen med en gang");
    expect((await get("/")).body).toContain('href="/personvern"');
  });
});
