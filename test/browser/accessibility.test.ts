import path from "node:path";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import { commit } from "../../src/commit/commit.ts";
import { lockMeeting } from "../../src/features/meetings/agenda-store.ts";
import { chooseMinutesSigners } from "../../src/features/minutes/choose-minutes-signers.ts";
import { loadMinutes } from "../../src/features/minutes/load-minutes.ts";
import { renderMinutesVersionJob } from "../../src/features/minutes/minutes-version-jobs.ts";
import { nextMinutesKind } from "../../src/features/minutes/minutes-version-queries.ts";
import { requestMinutesVersion } from "../../src/features/minutes/request-minutes-version.ts";
import { enqueueJob } from "../../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { listOutbox } from "../../src/mail/outbox.ts";
import { sendMailJob } from "../../src/mail/send-mail-job.ts";
import { jobServices } from "../helpers/job-services.ts";
import { type DemoRecords, findDemoRecords } from "./demo-ids.ts";
import {
  collectConsoleErrors,
  createAccount,
  type DemoServer,
  findViolations,
  formatViolations,
  launchBrowser,
  signInThroughForm,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

interface PageCheck {
  name: string;
  path: (records: DemoRecords) => string;
  /** The status the page must answer; any other, such as 404 for a missing route, fails. */
  status?: number;
  /** Send the page's form with its text fields emptied, to check the page with its errors. */
  submitEmpty?: boolean;
}

/** One entry per kind of page the public sees. Add a page type here once its route exists. */
const publicPages: PageCheck[] = [
  { name: "front page", path: () => "/" },
  { name: "meeting calendar", path: () => "/moter" },
  { name: "meeting calendar, one month", path: (r) => `/moter?maned=${r.busyMonth}` },
  { name: "meeting calendar, one body", path: (r) => `/moter?utvalg=${r.councilSlug}` },
  { name: "meeting held, with decisions", path: (r) => `/moter/${r.pastMeetingWithDecisions}` },
  { name: "meeting ahead", path: (r) => `/moter/${r.futureMeeting}` },
  { name: "meeting minutes", path: (r) => `/moter/${r.pastMeetingWithDecisions}/protokoll` },
  { name: "meeting with a closed item", path: (r) => `/moter/${r.meetingWithClosedItem}` },
  { name: "meeting ahead, followed live", path: (r) => `/moter/${r.futureMeeting}/direkte` },
  { name: "meeting with letters, one exempt", path: (r) => `/moter/${r.lettersItem.meetingId}` },
  { name: "case", path: (r) => `/saker/${r.ordinaryCase}` },
  { name: "case routed through three bodies", path: (r) => `/saker/${r.threeBodyCase}` },
  { name: "exempt case", path: (r) => `/saker/${r.exemptCase}` },
  { name: "bodies", path: () => "/utvalg" },
  { name: "council", path: (r) => `/utvalg/${r.councilSlug}` },
  { name: "council member", path: (r) => `/personer/${r.councilMemberId}` },
  { name: "accessibility statement", path: () => "/tilgjengelighet" },
  { name: "cases", path: () => "/saker" },
  {
    name: "cases, one body, decided",
    path: (r) => `/saker?utvalg=${r.councilSlug}&status=decided`,
  },
  { name: "cases, a bad filter", path: () => "/saker?ar=tjue", status: 400 },
  { name: "people in office", path: () => "/personer" },
  { name: "people in office, one body", path: (r) => `/personer?utvalg=${r.councilSlug}` },
  { name: "privacy statement", path: () => "/personvern" },
  { name: "alerts, a body", path: (r) => `/varsler?utvalg=${r.councilSlug}` },
  { name: "alerts, a case", path: (r) => `/varsler?sak=${r.ordinaryCase}` },
  {
    name: "alerts, sent empty",
    path: (r) => `/varsler?utvalg=${r.councilSlug}`,
    submitEmpty: true,
    status: 400,
  },
  { name: "alerts, confirm", path: () => `/varsler/bekreft/${"A".repeat(43)}` },
  { name: "alerts, unsubscribe", path: () => `/varsler/avmeld/1/${"A".repeat(43)}` },
  { name: "search", path: () => "/sok" },
  { name: "search with hits", path: () => "/sok?q=budsjett" },
  { name: "search, filtered by date", path: () => "/sok?q=skole&type=saker&sortering=dato" },
  { name: "search, bad year", path: () => "/sok?q=skole&aar=tjue", status: 400 },
  { name: "page not found", path: () => "/finnes-ikke", status: 404 },
  { name: "login", path: () => "/logg-inn" },
  { name: "login, sent empty", path: () => "/logg-inn", submitEmpty: true, status: 400 },
];

/** The secretariat's workspace, seen by a signed-in secretary. */
const workspacePages: PageCheck[] = [
  { name: "workspace home", path: () => "/admin" },
  { name: "meetings", path: () => "/admin/moter" },
  { name: "new meeting", path: () => "/admin/moter/ny" },
  {
    name: "new meeting, sent empty",
    path: () => "/admin/moter/ny",
    submitEmpty: true,
    status: 400,
  },
  { name: "meeting", path: (r) => `/admin/moter/${r.futureMeeting}` },
  { name: "meeting, change", path: (r) => `/admin/moter/${r.futureMeeting}/endre` },
  { name: "meeting console", path: (r) => `/admin/moter/${r.consoleItem.meetingId}/konsoll` },
  {
    name: "meeting console, one item",
    path: (r) => `/admin/moter/${r.consoleItem.meetingId}/konsoll/saker/${r.consoleItem.itemId}`,
  },
  { name: "meeting, cancel", path: (r) => `/admin/moter/${r.futureMeeting}/avlys` },
  { name: "meeting, send notice", path: (r) => `/admin/moter/${r.futureMeeting}/innkalling` },
  {
    name: "meeting minutes, publish",
    path: (r) => `/admin/moter/${r.pastMeetingWithDecisions}/protokoll/publiser`,
  },
  {
    name: "meeting papers and changes",
    path: (r) => `/admin/moter/${r.upcomingAgendaItem.meetingId}/sakspapirer`,
  },
  {
    name: "agenda item, withdraw",
    path: (r) =>
      `/admin/moter/${r.upcomingAgendaItem.meetingId}/saker/${r.upcomingAgendaItem.itemId}/trekk`,
  },
  {
    name: "agenda item",
    path: (r) =>
      `/admin/moter/${r.upcomingAgendaItem.meetingId}/saker/${r.upcomingAgendaItem.itemId}`,
  },
  {
    name: "referatsak with its letters",
    path: (r) => `/admin/moter/${r.lettersItem.meetingId}/saker/${r.lettersItem.itemId}`,
  },
  {
    name: "agenda item, remove",
    path: (r) =>
      `/admin/moter/${r.upcomingAgendaItem.meetingId}/saker/${r.upcomingAgendaItem.itemId}/fjern`,
  },
  { name: "workspace search", path: () => "/admin/sok?q=budsjett" },
  { name: "cases", path: () => "/admin/saker" },
  { name: "new case", path: () => "/admin/saker/ny" },
  { name: "new case, sent empty", path: () => "/admin/saker/ny", submitEmpty: true, status: 400 },
  { name: "case", path: (r) => `/admin/saker/${r.ordinaryCase}` },
  { name: "case route", path: (r) => `/admin/saker/${r.threeBodyCase}/saksgang` },
  {
    name: "case route, sent empty",
    path: (r) => `/admin/saker/${r.upcomingAgendaItem.caseId}/saksgang`,
    submitEmpty: true,
    status: 400,
  },
  { name: "cases ready, per body", path: () => "/admin/saker-klare" },
  { name: "cases ready for the council", path: (r) => `/admin/utvalg/${r.councilId}/saker-klare` },
  {
    name: "decision on an agenda item",
    path: (r) =>
      `/admin/moter/${r.decidedAgendaItem.meetingId}/saker/${r.decidedAgendaItem.itemId}/vedtak`,
  },
  {
    name: "decision on an agenda item, sent empty",
    path: (r) =>
      `/admin/moter/${r.decidedAgendaItem.meetingId}/saker/${r.decidedAgendaItem.itemId}/vedtak`,
    submitEmpty: true,
    status: 400,
  },
  {
    name: "minutes editor, held meeting",
    path: (r) => `/admin/moter/${r.pastMeetingWithDecisions}/protokoll`,
  },
  { name: "minutes editor", path: (r) => `/admin/moter/${r.consoleItem.meetingId}/protokoll` },
  {
    name: "minutes editor, sent empty",
    path: (r) => `/admin/moter/${r.consoleItem.meetingId}/protokoll`,
    submitEmpty: true,
    status: 400,
  },
  {
    name: "minutes approval",
    path: (r) => `/admin/moter/${r.decidedAgendaItem.meetingId}/godkjenning`,
  },
  { name: "received decisions", path: () => "/admin/mottatte-vedtak" },
  { name: "case history", path: (r) => `/admin/saker/${r.ordinaryCase}/historikk` },
  { name: "my cases", path: () => "/admin/saker/mine" },
  { name: "case documents", path: (r) => `/admin/saker/${r.ordinaryCase}/dokumenter` },
  {
    name: "case documents, upload sent empty",
    path: (r) => `/admin/saker/${r.ordinaryCase}/dokumenter`,
    submitEmpty: true,
    status: 400,
  },
  { name: "bodies", path: () => "/admin/utvalg" },
  { name: "new body", path: () => "/admin/utvalg/ny" },
  { name: "new body, sent empty", path: () => "/admin/utvalg/ny", submitEmpty: true, status: 400 },
  { name: "council", path: (r) => `/admin/utvalg/${r.councilId}` },
  { name: "council, change", path: (r) => `/admin/utvalg/${r.councilId}/rediger` },
  { name: "council, number series", path: (r) => `/admin/utvalg/${r.councilId}/nummerserier` },
  {
    name: "council seat, end",
    path: (r) => `/admin/utvalg/${r.councilId}/medlemskap/${r.councilMembershipId}/avslutt`,
  },
  { name: "persons", path: () => "/admin/personer" },
  { name: "new person", path: () => "/admin/personer/ny" },
  {
    name: "new person, sent empty",
    path: () => "/admin/personer/ny",
    submitEmpty: true,
    status: 400,
  },
  { name: "person", path: (r) => `/admin/personer/${r.councilMemberId}` },
  { name: "person, change", path: (r) => `/admin/personer/${r.councilMemberId}/rediger` },
  { name: "parties and lists", path: () => "/admin/partier" },
  { name: "new party", path: () => "/admin/partier/ny" },
  {
    name: "new party, sent empty",
    path: () => "/admin/partier/ny",
    submitEmpty: true,
    status: 400,
  },
  { name: "party, change", path: (r) => `/admin/partier/${r.partyId}/rediger` },
  { name: "terms", path: () => "/admin/valgperioder" },
  { name: "new term", path: () => "/admin/valgperioder/ny" },
  {
    name: "new term, sent empty",
    path: () => "/admin/valgperioder/ny",
    submitEmpty: true,
    status: 400,
  },
  { name: "term, change", path: (r) => `/admin/valgperioder/${r.termId}/rediger` },
  { name: "audit log", path: () => "/admin/logg" },
  { name: "change password", path: () => "/admin/passord" },
  {
    name: "change password, sent empty",
    path: () => "/admin/passord",
    submitEmpty: true,
    status: 400,
  },
  { name: "audit log, filtered", path: () => "/admin/logg?omrade=session&av=test" },
];

/** Pages of the workspace only an administrator may see, seen by a signed-in administrator. */
let administratorId = 0;
let outboxMail = "";
const administratorPages: PageCheck[] = [
  { name: "accounts", path: () => "/admin/brukere" },
  { name: "new account", path: () => "/admin/brukere/ny" },
  {
    name: "new account, sent empty",
    path: () => "/admin/brukere/ny",
    submitEmpty: true,
    status: 400,
  },
  { name: "account", path: () => `/admin/brukere/${administratorId}` },
  { name: "municipality settings", path: () => "/admin/kommunen" },
  { name: "cases for approval", path: () => "/admin/saker/til-godkjenning" },
  { name: "background jobs, one dead", path: () => "/admin/jobber" },
  { name: "mail outbox", path: () => "/admin/utboks" },
  { name: "mail outbox, one mail", path: () => `/admin/utboks/${outboxMail}` },
];

/**
 * The members' pages, for one who met in a held meeting and was chosen to sign its draft
 * minutes: the list of meetings and the signing. A meeting's papers and minutes are left out:
 * they need the meeting's round of papers, which the demo's jobs make only once a worker runs,
 * and none runs beside this test's server.
 */
const memberPages: PageCheck[] = [
  { name: "my meetings", path: () => "/mine-moter" },
  {
    name: "signing the minutes",
    path: () => `/mine-moter/${signing.meetingId}/protokoll/signering`,
  },
];
let signing = { meetingId: 0, personId: 0 };

/**
 * A held meeting whose papers and draft minutes are out, the minutes not yet approved, with one
 * who met chosen to sign them through the use case, as the secretariat chooses.
 */
async function chooseSigner(server: DemoServer): Promise<typeof signing> {
  const db = server.app.db;
  const draft = await db
    .selectFrom("minutes_version as v")
    .innerJoin("meeting as m", "m.id", "v.meeting_id")
    .select("m.id")
    .where("v.kind", "=", "draft")
    .where("v.status", "=", "published")
    .where("m.status", "=", "held")
    .orderBy("m.starts_at", "desc")
    .executeTakeFirstOrThrow();
  const minutes = await loadMinutes(db, { meetingId: draft.id, audience: "members" });
  const signer = minutes.present[0];
  assert(signer, `No one met in meeting ${draft.id}`);
  const outcome = await commit({ db }, async (tx) =>
    chooseMinutesSigners({
      actor: { kind: "system", name: "Testdata" },
      meeting: await lockMeeting(tx, draft.id),
      personIds: [signer.personId],
      now: new Date(),
      tx,
    }),
  );
  assert(outcome.ok, JSON.stringify(outcome));
  return { meetingId: draft.id, personId: signer.personId };
}

/** The held meeting's minutes published, unless the demo already did, so its page has them. */
async function publishMinutes(server: DemoServer, meetingId: number): Promise<void> {
  const db = server.app.db;
  const published = await db
    .selectFrom("public_minutes_version")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  if (published) return;
  const kind = await nextMinutesKind(db, meetingId);
  await commit({ db }, async (tx) =>
    requestMinutesVersion({
      actor: { kind: "system", name: "Testdata" },
      meeting: await lockMeeting(tx, meetingId),
      kind,
      reason: kind === "correction" ? "Tilgjengelighetstest" : null,
      now: new Date(),
      tx,
    }),
  );
  const mailer = createMailer(server.app.config);
  await runDueJobs({
    db,
    registry: createJobRegistry([renderMinutesVersionJob]),
    services: jobServices(db, mailer, { blobs: server.app.blobs }),
  });
}

/** A mail in the outbox and one that failed for good, so their pages have rows to check. */
async function writeMails(server: DemoServer): Promise<string> {
  const db = server.app.db;
  const mail = {
    to: [{ name: "Åse Ødegård", address: "ase@eksempel.no" }],
    subject: "Innkalling til møte i Formannskapet",
    text: "Du innkalles til møte i Formannskapet.\n\nMed vennlig hilsen\nPolitisk sekretariat",
  };
  await enqueueJob(db, sendMailJob, mail);
  const mailer = createMailer(server.app.config);
  await runDueJobs({
    db,
    registry: createJobRegistry([sendMailJob]),
    services: jobServices(db, mailer),
  });
  const dead = await enqueueJob(db, sendMailJob, { ...mail, subject: "Protokoll" });
  await db
    .updateTable("job")
    .set({ status: "dead", attempts: 10, last_error: "connect ECONNREFUSED 127.0.0.1:25" })
    .where("id", "=", dead)
    .execute();
  const { entries } = await listOutbox(path.join(server.app.config.dataDir, "outbox"));
  return entries[0]?.name ?? "";
}

/**
 * Content must reflow without scrolling sideways: at 320 CSS pixels, the width WCAG 1.4.10
 * names, and on a common phone and a tablet held upright.
 */
const smallScreens = [
  { name: "narrow phone", viewport: { width: 320, height: 640 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "tablet", viewport: { width: 768, height: 1024 } },
];

async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await findViolations(page);
  if (violations.length > 0) assert.fail(formatViolations(name, violations));
}

/** Sends the page's first form with every field a person types in left empty. */
async function submitEmptied(page: Page): Promise<Response | null> {
  const form = page.locator("main form").first();
  await form.evaluate((element) => {
    for (const field of Array.from(element.querySelectorAll("input, textarea"))) {
      const input = field as HTMLInputElement;
      if (!["hidden", "checkbox", "radio", "submit"].includes(input.type)) input.value = "";
    }
  });
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest()),
    form.locator("button[type=submit]").first().click(),
  ]);
  await page.waitForLoadState();
  return response;
}

/** What sticks out past the right edge of the window: boxes, and words too long for theirs. */
function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { clientWidth, scrollWidth } = document.documentElement;
    if (scrollWidth <= clientWidth) return [];
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const classes = Array.from(element.classList, (c) => `.${c}`).join("");
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    // Content inside a box that clips or scrolls (a table wrapper, visually hidden text) is no
    // cause: only what overflows all the way up to the page makes it scroll sideways.
    const reachesPage = (element: Element | null) => {
      for (let e = element; e && e !== document.body; e = e.parentElement)
        if (getComputedStyle(e).overflowX !== "visible") return false;
      return true;
    };
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const right = element.getBoundingClientRect().right;
      if (right > clientWidth + 1 && reachesPage(element.parentElement))
        culprits.push(`${describe(element)} reaches ${Math.round(right)}px`);
    }
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > clientWidth + 1 && reachesPage(node.parentElement))
        culprits.push(
          `text "${node.textContent?.trim().slice(0, 60)}" in ${node.parentElement ? describe(node.parentElement) : "?"} reaches ${Math.round(right)}px`,
        );
    }
    return [`page is ${scrollWidth}px wide in a ${clientWidth}px window`, ...culprits.slice(0, 10)];
  });
}

describe.skipIf(skipBrowserSuite("Accessibility tests in Chromium"))(
  "every page type meets WCAG 2.1 AA in axe-core",
  () => {
    let browser: Browser;
    let server: DemoServer;
    let records: DemoRecords;

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startDemoServer();
      records = await findDemoRecords(server.app.db);
      await publishMinutes(server, records.pastMeetingWithDecisions);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function visit(context: BrowserContext, check: PageCheck): Promise<void> {
      const page = await context.newPage();
      const consoleErrors = collectConsoleErrors(page);
      try {
        const path = check.path(records);
        let response = await page.goto(`${server.url}${path}`);
        if (check.submitEmpty) {
          expect(response?.status(), `status of ${path}`).toBe(200);
          response = await submitEmptied(page);
        }
        expect(response?.status(), `status of ${path}`).toBe(check.status ?? 200);
        expect(await page.locator("h1").count(), `h1 headings on ${path}`).toBe(1);
        await expectAccessible(page, `${check.name} (${path})`);
        expect(consoleErrors, `console errors on ${path}`).toEqual([]);
      } finally {
        await page.close();
      }
    }

    describe("public portal", () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext();
      });
      afterAll(async () => {
        await context?.close();
      });

      it.each(publicPages)("$name", async (check) => {
        await visit(context, check);
      });
    });

    describe("secretariat workspace", () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext();
        const account = await createAccount(server, "secretariat", "sekretar");
        const page = await context.newPage();
        await signInThroughForm(page, server, account);
        await page.close();
      });
      afterAll(async () => {
        await context?.close();
      });

      it.each(workspacePages)("$name", async (check) => {
        await visit(context, check);
      });
    });

    describe("administration", () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext();
        const account = await createAccount(server, "administrator", "administrator");
        administratorId = (
          await server.app.db
            .selectFrom("app_user")
            .select("id")
            .where("username", "=", account.username)
            .executeTakeFirstOrThrow()
        ).id;
        outboxMail = await writeMails(server);
        const page = await context.newPage();
        await signInThroughForm(page, server, account);
        await page.close();
      });
      afterAll(async () => {
        await context?.close();
      });

      it.each(administratorPages)("$name", async (check) => {
        await visit(context, check);
      });
    });

    describe("members' portal", () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext();
        signing = await chooseSigner(server);
        const account = await createAccount(server, "member", "medlem", {
          personId: signing.personId,
        });
        const page = await context.newPage();
        await signInThroughForm(page, server, account, "/mine-moter");
        await page.close();
      });
      afterAll(async () => {
        await context?.close();
      });

      it.each(memberPages)("$name", async (check) => {
        await visit(context, check);
      });
    });

    describe("on small screens", () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          isMobile: true,
          hasTouch: true,
        });
      });
      afterAll(async () => {
        await context?.close();
      });

      it("the front page meets WCAG 2.1 AA on a phone", async () => {
        await visit(context, { name: "front page on a phone", path: () => "/" });
      });

      it.each(publicPages)("$name reflows without sideways scrolling", async (check) => {
        const page = await context.newPage();
        try {
          await page.goto(`${server.url}${check.path(records)}`);
          const overflows: Record<string, string[]> = {};
          for (const screen of smallScreens) {
            await page.setViewportSize(screen.viewport);
            const overflow = await findOverflow(page);
            if (overflow.length > 0) overflows[screen.name] = overflow;
          }
          expect(overflows).toEqual({});
        } finally {
          await page.close();
        }
      });
    });
  },
);
