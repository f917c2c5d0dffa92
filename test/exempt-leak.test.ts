import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { EXEMPT_SECRETS } from "../src/demo/seed-demo.ts";
import { renderPresentationPdfJob } from "../src/documents/render-presentation-pdf-job.ts";
import { parseSearchQuery } from "../src/domain/search-query.ts";
import { osloDay } from "../src/domain/time.ts";
import { dispatchAlertsJob } from "../src/features/alerts/dispatch-alerts-job.ts";
import { adjournMeeting } from "../src/features/console/adjourn-meeting.ts";
import { addCaseDocument } from "../src/features/documents/add-case-document.ts";
import { extractDocumentTextJob } from "../src/features/documents/document-jobs.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import {
  answerMinutesItemAccess,
  minutesAccessQuestions,
} from "../src/features/minutes/minutes-item-access.ts";
import { renderMinutesVersionJob } from "../src/features/minutes/minutes-version-jobs.ts";
import { requestMinutesVersion } from "../src/features/minutes/request-minutes-version.ts";
import { casePublished } from "../src/features/public-access/published.ts";
import { generatePublicationDocumentJob } from "../src/features/publishing/generate-publication-document-job.ts";
import { searchTsquery, searchTsvector } from "../src/features/search/tsquery.ts";
import { JOB_DEFINITIONS } from "../src/jobs/definitions.ts";
import { enqueueJob } from "../src/jobs/enqueue-job.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { listOutbox, readOutboxMail } from "../src/mail/outbox.ts";
import { commit, commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { treatItem } from "./factories/treatment.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { makePdf } from "./helpers/documents.ts";
import { jobServices } from "./helpers/job-services.ts";
import { pdfTool, skipPdfToolSuite } from "./helpers/pdf-tools.ts";

/**
 * Crawls the whole public site as an anonymous visitor, following every same-site link, and
 * checks that nothing of an exempt case shows anywhere: not its real title, not a sentence of
 * its texts or decisions, not the names of the private persons in it, not its documents; and
 * nothing of an exempt letter on a referatsak: not its sender, not its title.
 */

let t: TestApp;
let db: Database;
/** Proposals on items the public may not follow: one closed, one about an exempt case. */
const TREATMENT_SECRETS = [
  "Forslag i lukket møte om avtalen med leverandøren Bygg og Anlegg Nordvest",
  "Forslag om den unntatte saken: eleven flyttes til Solbakken skole fra januar",
];
/** A proposal on a public item, which the live page must show. */
const OPEN_PROPOSAL = "Kommunestyret ber om en ny vurdering av gangfeltet ved skolen";

/**
 * The console's treatment of three items of one meeting whose notice is out, so the crawl reaches
 * the live page with something on it: a closed item with a proposal voted down, an exempt case's
 * item with one adopted, and a public item.
 */
async function treatThreeItems(): Promise<TreatedMeeting> {
  const items = await db
    .selectFrom("agenda_item as a")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .leftJoin("case as c", "c.id", "a.case_id")
    .select(["a.id", "a.meeting_id", "a.case_id", "a.is_closed", "c.access", "a.route_step_id"])
    .where("m.status", "=", "notice_published")
    .where("a.case_id", "is not", null)
    .where("a.withdrawn_at", "is", null)
    .orderBy("m.starts_at")
    .orderBy("a.position")
    .execute();
  const byMeeting = new Map<number, typeof items>();
  for (const item of items)
    byMeeting.set(item.meeting_id, [...(byMeeting.get(item.meeting_id) ?? []), item]);
  const [meetingId, agenda] =
    [...byMeeting].find(
      ([, rows]) => rows.some((row) => row.access === "exempt") && rows.length >= 3,
    ) ?? [];
  if (!meetingId || !agenda)
    throw new Error("The demo has no published meeting with an exempt case");
  const exempt = agenda.find((row) => row.access === "exempt");
  const open = agenda.filter((row) => row.access === "public" && !row.is_closed);
  const [closed, plain] = open;
  if (!exempt || !closed || !plain) throw new Error("The meeting lacks the items this test needs");
  await db
    .updateTable("agenda_item")
    .set({ is_closed: true, closed_basis: "Kl. § 11-5 andre ledd" })
    .where("id", "=", closed.id)
    .execute();
  // Voted down, so it is not the decision, which the public sees of a public case.
  await treatItem(db, {
    meetingId,
    itemId: closed.id,
    proposalText: TREATMENT_SECRETS[0] ?? "",
    adopted: false,
  });
  await treatItem(db, { meetingId, itemId: exempt.id, proposalText: TREATMENT_SECRETS[1] ?? "" });
  await treatItem(db, { meetingId, itemId: plain.id, proposalText: OPEN_PROPOSAL });
  if (exempt.case_id === null || plain.case_id === null) throw new Error("The items lack cases");
  return { meetingId, exemptCaseId: exempt.case_id, openCaseId: plain.case_id };
}

interface TreatedMeeting {
  meetingId: number;
  exemptCaseId: number;
  /** A public case on the meeting, with an exempt attachment of its own. */
  openCaseId: number;
}

/** Sentences only in exempt attachments: the members' packet carries them, no public paper. */
const ATTACHMENT_SECRETS = [
  "Legeerklæringen sier at eleven har hatt angstanfall hver morgen siden august",
  "Naboen Torbjørg Skjelstad-Haug ber om at klagen hennes holdes anonym",
];
let treated: TreatedMeeting;

/**
 * Gives the treated meeting exempt attachments (one in its exempt case, one exempt on its own
 * basis in a public case), then runs the demo's publication rounds as the worker would, so the
 * crawl downloads real notices, agendas and packets: the presentations first, then the papers.
 */
async function generatePapers({ exemptCaseId, openCaseId }: TreatedMeeting): Promise<void> {
  const [exemptText, openText] = ATTACHMENT_SECRETS;
  for (const [caseId, text, title] of [
    [exemptCaseId, exemptText, "Legeerklæring for eleven"],
    [openCaseId, openText, "Klage fra nabo"],
  ] as const) {
    const bytes = await makePdf([text ?? ""]);
    const sha256 = await t.app.blobs.put(bytes);
    await commit(db, (tx) =>
      addCaseDocument({
        actor: TEST_ACTOR,
        caseId,
        file: { sha256, size: bytes.length, mediaType: "application/pdf", fileName: "vedlegg.pdf" },
        title,
        kind: "attachment",
        access: { access: "exempt", exemptionBasis: "Offl. § 13 jf. fvl. § 13" },
        tx,
      }),
    );
  }
  const mailer = createMailer({
    ...loadConfig({}),
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-leak-papers-")),
  });
  try {
    const services = jobServices(db, mailer, { blobs: t.app.blobs });
    // A job that failed, or a packet that found a presentation still being made, waits for a
    // later turn; the worker would come back to it, so the test brings that turn forward.
    for (let turn = 0; turn < 4 && (await roundStatus()) !== "published"; turn += 1) {
      await db
        .updateTable("job")
        .set({ run_at: new Date() })
        .where("status", "=", "queued")
        .execute();
      for (const jobs of [
        [renderPresentationPdfJob, extractDocumentTextJob],
        [generatePublicationDocumentJob],
      ])
        await runDueJobs({ db, registry: createJobRegistry(jobs), services });
    }
  } finally {
    mailer.close();
  }
  const status = await roundStatus();
  if (status !== "published") {
    const waiting = await db
      .selectFrom("job")
      .select(["type", "status", "last_error"])
      .where("last_error", "is not", null)
      .execute();
    throw new Error(`The treated meeting's round is ${status}: ${JSON.stringify(waiting)}`);
  }
}

async function roundStatus(): Promise<string> {
  const round = await db
    .selectFrom("meeting_publication")
    .select("status")
    .where("meeting_id", "=", treated.meetingId)
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();
  return round.status;
}

/**
 * The treated meeting adjourned and its draft minutes published, the decision of the exempt
 * case's item withheld and the closed item's left public, so the crawl reads minutes with both.
 */
async function publishTreatedMinutes({ meetingId }: TreatedMeeting): Promise<void> {
  await commitOrThrow(db, async (tx) =>
    adjournMeeting({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      now: new Date(),
      tx,
    }),
  );
  const questions = await minutesAccessQuestions(db, meetingId);
  await commitOrThrow(db, async (tx) =>
    answerMinutesItemAccess({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      answers: new Map(
        questions.map((question) => [
          question.agendaItemId,
          question.reasons.some((reason) => reason.startsWith("Unntatt"))
            ? { decisionPublic: false, basis: "Offl. § 13, jf. fvl. § 13" }
            : { decisionPublic: true },
        ]),
      ),
      now: new Date(),
      tx,
    }),
  );
  await commitOrThrow(db, async (tx) =>
    requestMinutesVersion({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      kind: "draft",
      reason: null,
      now: new Date(),
      tx,
    }),
  );
  const mailer = createMailer({
    ...t.app.config,
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-leak-minutes-")),
  });
  await runDueJobs({
    db,
    registry: createJobRegistry([renderMinutesVersionJob]),
    services: jobServices(db, mailer, { blobs: t.app.blobs }),
  });
  mailer.close();
}

beforeAll(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
  treated = await treatThreeItems();
  await generatePapers(treated);
  await publishTreatedMinutes(treated);
  // The demo's seed and every round of its papers, on a machine that may be busy.
}, 400_000);
afterAll(async () => {
  await t.close();
});

const ORIGIN = "http://localhost";
/** A runaway crawl (a link that generates links) fails instead of running forever. */
const MAX_PAGES = 5000;
/** Shorter fragments are too common to tell a leak from ordinary text. */
const MIN_FRAGMENT = 24;

/** Where poppler-utils is missing, PDFs are read as raw bytes, which finds only uncompressed text. */
const readPdfs = !skipPdfToolSuite("Reading the text of the public PDFs");

const collapse = (value: string): string => value.replace(/\s+/g, " ").trim();

function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** A text and each of its paragraphs and sentences long enough to be telling. */
function fragments(text: string): string[] {
  const pieces = [text, ...text.split(/\n\s*\n/), ...text.split(/(?<=[.!?])\s+/)];
  return pieces.map(collapse).filter((piece) => piece.length >= MIN_FRAGMENT);
}

interface Secrets {
  strings: string[];
  neutralTitles: string[];
  /** The journal references of exempt letters, which the public agenda shows. */
  exemptLetterReferences: string[];
}

async function readSecrets(): Promise<Secrets> {
  const exempt = await db
    .selectFrom("case")
    .select(["id", "title", "summary", "facts", "assessment", "recommendation", "public_title"])
    .where("access", "=", "exempt")
    .execute();
  const decisions = await db
    .selectFrom("agenda_item as a")
    .innerJoin("case as c", "c.id", "a.case_id")
    .select("a.decision")
    .where("c.access", "=", "exempt")
    .where("a.decision", "is not", null)
    .execute();
  const publicDocumentTitles = new Set(
    (await db.selectFrom("public_document").select("title").execute()).map((d) => d.title),
  );
  const hiddenDocuments = await db
    .selectFrom("document as d")
    .leftJoin("case as c", "c.id", "d.case_id")
    .select(["d.title", "d.file_name"])
    .where((eb) => eb.or([eb("d.access", "=", "exempt"), eb("c.access", "=", "exempt")]))
    .execute();
  const exemptLetters = await db
    .selectFrom("agenda_item_letter")
    .select(["correspondent", "title", "journal_reference"])
    .where("access", "=", "exempt")
    .execute();
  const texts = exempt.flatMap((c) => [
    c.title,
    c.summary,
    c.facts,
    c.assessment,
    c.recommendation,
  ]);
  for (const decision of decisions) if (decision.decision) texts.push(decision.decision);
  // Persons without a seat are private; if one is named in an exempt text, the name is a secret.
  const privatePersons = await db
    .selectFrom("person as p")
    .select(["p.given_name", "p.family_name"])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom("membership as ms").select("ms.id").whereRef("ms.person_id", "=", "p.id"),
        ),
      ),
    )
    .execute();
  const names = privatePersons
    .map((p) => `${p.given_name} ${p.family_name}`)
    .filter((name) => texts.some((text) => text.includes(name)));
  const documentSecrets = hiddenDocuments
    .flatMap((d) => [d.title, d.file_name])
    .filter((value) => !publicDocumentTitles.has(value) && value.length >= MIN_FRAGMENT);
  // A stock sentence that a public case also uses is no secret; leaving it in would only
  // make the test fail on text that is rightly public.
  const publicTexts = await db
    .selectFrom("public_case")
    .select(["title", "summary", "recommendation"])
    .where("access", "=", "public")
    .execute();
  const publicText = collapse(
    publicTexts.map((c) => `${c.title}\n${c.summary}\n${c.recommendation}`).join("\n"),
  );
  const strings = [
    ...new Set([
      ...texts.flatMap(fragments).filter((fragment) => !publicText.includes(fragment)),
      ...names,
      ...documentSecrets,
      ...EXEMPT_SECRETS.map(collapse),
      ...TREATMENT_SECRETS,
      ...ATTACHMENT_SECRETS,
      ...exemptLetters.flatMap((letter) => [letter.correspondent, letter.title]).map(collapse),
    ]),
  ];
  return {
    strings,
    neutralTitles: exempt.map((c) => String(c.public_title)),
    exemptLetterReferences: exemptLetters.map((letter) => letter.journal_reference),
  };
}

/** Months that have meetings; the calendar is crawled only there, or it would never end. */
async function meetingMonths(): Promise<Set<string>> {
  const meetings = await db.selectFrom("meeting").select("starts_at").execute();
  return new Set(meetings.map((m) => osloDay(m.starts_at).slice(0, 7)));
}

function linksIn(html: string, from: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/href="([^"]*)"/g)) {
    const href = decodeEntities(match[1] ?? "");
    const url = new URL(href, `${ORIGIN}${from}`);
    if (url.origin !== ORIGIN) continue;
    url.hash = "";
    links.push(`${url.pathname}${url.search}`);
  }
  return links;
}

function shouldVisit(path: string, months: Set<string>): boolean {
  const url = new URL(path, ORIGIN);
  if (url.pathname.startsWith("/assets/")) return false;
  if (url.pathname === "/moter") {
    const month = url.searchParams.get("maned");
    return month === null || months.has(month);
  }
  return true;
}

describe("the public site", () => {
  it("never shows anything of an exempt case, on any page or document", async () => {
    const secrets = await readSecrets();
    expect(secrets.strings.length).toBeGreaterThan(10);
    const months = await meetingMonths();
    // The sitemap and the feeds are read too: XML and iCalendar are checked like pages.
    const queue = [
      "/",
      "/moter",
      "/utvalg",
      "/tilgjengelighet",
      "/robots.txt",
      "/sitemap.xml",
      "/sitemap/sider-1.xml",
      "/sitemap/moter-1.xml",
      "/sitemap/saker-1.xml",
      "/sitemap/personer-1.xml",
    ];
    for (const month of months) queue.push(`/moter?maned=${month}`);
    // The lists as a filter form asks for them, which no link leads to.
    const slugs = (await db.selectFrom("body").select("slug").execute()).map((b) => b.slug);
    for (const slug of slugs)
      queue.push(`/saker?utvalg=${slug}&status=decided`, `/personer?utvalg=${slug}`);
    const seen = new Set(queue);
    const leaks: string[] = [];
    const broken: string[] = [];
    const counts = {
      pages: 0,
      documents: 0,
      cases: 0,
      meetings: 0,
      persons: 0,
      bodies: 0,
      feeds: 0,
      lists: 0,
      minutesPdfs: 0,
    };
    let shown = "";
    const documentsRead = new Set<string>();
    let papersText = "";
    let minutesText = "";
    while (queue.length > 0 && counts.pages + counts.documents < MAX_PAGES) {
      const path = queue.shift() as string;
      const response = await t.app.inject({ method: "GET", url: path });
      if (response.statusCode !== 200) {
        broken.push(`${path} answered ${response.statusCode}`);
        continue;
      }
      const type = String(response.headers["content-type"]);
      const isHtml = type.startsWith("text/html");
      // A PDF's text is compressed; pdftotext reads it as a visitor's viewer would show it.
      const isPdf = type.startsWith("application/pdf") && readPdfs;
      const body = isHtml
        ? collapse(decodeEntities(response.body))
        : isPdf
          ? await pdfText(response.rawPayload)
          : response.rawPayload.toString("utf8");
      if (isPdf) papersText += body;
      if (isPdf && /protokoll/.test(path)) {
        counts.minutesPdfs++;
        minutesText += body;
      }
      for (const secret of secrets.strings)
        if (body.includes(secret) || (isPdf && unbroken(body).includes(unbroken(secret))))
          leaks.push(`${path}: ${secret}`);
      if (/\.(atom|ics)$/.test(path)) counts.feeds++;
      if (!isHtml) {
        documentsRead.add(path);
        counts.documents++;
        continue;
      }
      if (path.startsWith("/saker?") || path.startsWith("/personer?")) counts.lists++;
      counts.pages++;
      if (path.startsWith("/saker/")) counts.cases++;
      if (path.startsWith("/moter/")) counts.meetings++;
      if (path.startsWith("/personer/")) counts.persons++;
      if (path.startsWith("/utvalg/")) counts.bodies++;
      shown += body;
      for (const link of linksIn(response.body, path)) {
        if (seen.has(link) || !shouldVisit(link, months)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    expect(leaks).toEqual([]);
    expect(broken).toEqual([]);
    expect(counts.pages).toBeGreaterThan(100);
    expect(counts.cases).toBeGreaterThan(10);
    expect(counts.meetings).toBeGreaterThan(10);
    expect(counts.persons).toBeGreaterThan(10);
    expect(counts.documents).toBeGreaterThan(0);
    // Every body's calendar and feed, and the lists page by page and filtered.
    expect(counts.feeds).toBeGreaterThan(4);
    expect(counts.lists).toBeGreaterThan(slugs.length);
    // The crawl reached the exempt cases: their neutral titles are on the public agendas.
    expect(secrets.neutralTitles.length).toBeGreaterThan(0);
    for (const title of secrets.neutralTitles) expect(shown).toContain(title);
    expect(shown).toContain("Unntatt offentlighet");
    // And the exempt letters: listed by their journal reference, with neither sender nor title.
    expect(secrets.exemptLetterReferences.length).toBeGreaterThan(0);
    for (const reference of secrets.exemptLetterReferences) expect(shown).toContain(reference);
    expect(shown).toContain("Brev unntatt offentlighet");
    // And the live page of the treated meeting, with the public item's proposal on it.
    expect(shown).toContain(OPEN_PROPOSAL);
    expect(shown).toContain("Møtet er lukket for denne saken");
    // And the treated meeting's generated papers, read as text where the PDF tools are installed.
    const papers = await treatedPapers("everyone");
    expect(papers.map((paper) => paper.kind).sort()).toEqual(["agenda", "notice", "packet"]);
    for (const paper of papers)
      expect([...documentsRead].some((read) => read.startsWith(`/dokumenter/${paper.id}/`))).toBe(
        true,
      );
    if (readPdfs) {
      const exemptCase = await db
        .selectFrom("case")
        .select("public_title")
        .where("id", "=", treated.exemptCaseId)
        .executeTakeFirstOrThrow();
      expect(papersText).toContain(String(exemptCase.public_title));
    }
    // And the treated meeting's published minutes, as a page and as PDF, the withheld decision
    // named only by its basis.
    expect(shown).toContain("Ikke godkjent.");
    if (readPdfs) {
      expect(counts.minutesPdfs).toBeGreaterThan(0);
      expect(minutesText).toContain("Utkast – ikke godkjent");
      expect(minutesText).toContain("Vedtaket er unntatt offentlighet: Offl. § 13, jf. fvl. § 13.");
    }
  }, 300_000); // Every page and every document, the PDFs read with pdftotext, on busy cores.

  it("never reaches the members' papers, which carry the exempt ones", async () => {
    const papers = await treatedPapers("members");
    expect(papers.map((paper) => paper.kind).sort()).toEqual(["agenda", "packet"]);
    for (const paper of papers) {
      const url = `/dokumenter/${paper.id}/${encodeURIComponent(paper.file_name)}`;
      expect((await t.app.inject({ method: "GET", url })).statusCode, url).toBe(404);
      const member = `/mine-moter/${treated.meetingId}${url}`;
      const anonymous = await t.app.inject({ method: "GET", url: member });
      expect(anonymous.statusCode, member).not.toBe(200);
      expect(anonymous.rawPayload.subarray(0, 5).toString()).not.toBe("%PDF-");
    }
  });

  it.skipIf(skipPdfToolSuite("The members' packet"))(
    "has the members' packet carry what the public one leaves out, so the crawl could see it",
    async () => {
      const [members] = (await treatedPapers("members")).filter((p) => p.kind === "packet");
      const [everyone] = (await treatedPapers("everyone")).filter((p) => p.kind === "packet");
      const text = async (sha256: string) =>
        pdfText((await t.app.blobs.get(sha256)) ?? new Uint8Array());
      const membersText = await text(members?.sha256 ?? "");
      for (const secret of ATTACHMENT_SECRETS) expect(membersText).toContain(secret);
      const exemptCase = await db
        .selectFrom("case")
        .select(["title", "public_title"])
        .where("id", "=", treated.exemptCaseId)
        .executeTakeFirstOrThrow();
      expect(membersText).toContain(collapse(exemptCase.title));
      const publicText = await text(everyone?.sha256 ?? "");
      expect(publicText).toContain(String(exemptCase.public_title));
      for (const secret of ATTACHMENT_SECRETS) expect(publicText).not.toContain(secret);
      expect(publicText).not.toContain(collapse(exemptCase.title));
    },
  );
});

/**
 * A PDF's text as a viewer shows it, with the soft hyphens Typst breaks lines at joined again.
 */
async function pdfText(pdf: Uint8Array): Promise<string> {
  return collapse((await pdfTool("pdftotext", [], pdf)).stdout.replace(/\u00ad\s*/g, ""));
}

/** pdftotext drops a hard hyphen at a line's end, so a name broken there is matched without. */
const unbroken = (text: string): string => text.replace(/-\s?/g, "");

/** The round's notice, agendas and packets of the treated meeting, for one audience. */
const treatedPapers = (audience: "everyone" | "members") =>
  db
    .selectFrom("document")
    .select(["id", "kind", "file_name", "sha256"])
    .where("meeting_id", "=", treated.meetingId)
    .where("kind", "in", ["notice", "agenda", "packet"])
    .where("audience", "=", audience)
    .where("replaced_by_id", "is", null)
    .execute();

describe("the e-mail alerts", () => {
  // The alerts replay every public event of the demo, which now includes its meetings' treatment.
  it("never carry anything of an exempt case, whatever the subscriber follows", async () => {
    const secrets = await readSecrets();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-leak-"));
    try {
      // One follower of every body and of every published case, and every public event again.
      const bodies = await db.selectFrom("body").select("id").execute();
      const cases = await db
        .selectFrom("public_case as c")
        .select("c.id")
        .where(casePublished("c.id"))
        .execute();
      const now = new Date();
      await db
        .insertInto("alert_subscription")
        .values([
          ...bodies.map((b) => ({
            email: `utvalg${b.id}@eksempel.no`,
            target: "body" as const,
            body_id: b.id,
            created_at: now,
            confirmed_at: now,
          })),
          ...cases.map((c) => ({
            email: `sak${c.id}@eksempel.no`,
            target: "case" as const,
            case_id: c.id,
            created_at: now,
            confirmed_at: now,
          })),
        ])
        .execute();
      await db.updateTable("alert_cursor").set({ last_event_id: 0 }).execute();
      await enqueueJob(db, dispatchAlertsJob, {
        baseUrl: ORIGIN,
        municipalityName: "Eksempel kommune",
      });
      const mailer = createMailer({ ...t.app.config, dataDir });
      const options = {
        db,
        registry: createJobRegistry(JOB_DEFINITIONS),
        services: jobServices(db, mailer),
      };
      for (let round = 0; round < 20; round++) {
        const summary = await runDueJobs(options);
        if (summary.done + summary.retried + summary.dead === 0) break;
      }
      const outbox = path.join(dataDir, "outbox");
      const { entries } = await listOutbox(outbox, 100_000);
      expect(entries.length).toBeGreaterThan(bodies.length);
      const leaks: string[] = [];
      let all = "";
      for (const entry of entries) {
        const mail = await readOutboxMail(outbox, entry.name);
        const text = collapse(`${mail?.subject ?? ""}\n${mail?.text ?? ""}`);
        all += text;
        for (const secret of secrets.strings)
          if (text.includes(secret)) leaks.push(`${entry.to}: ${secret}`);
      }
      expect(leaks).toEqual([]);
      expect(all).toContain("Unntatt offentlighet");
      for (const title of secrets.neutralTitles) expect(all).toContain(title);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** The hits section of a search page: what the index gave, without the query echoed back. */
function hitsOf(html: string): string {
  const start = html.indexOf('id="treff"');
  return start < 0 ? "" : html.slice(start);
}

/**
 * Every text the public may see, read from the public views and tables apart from the search
 * index, as one tsvector: a query that matches it may rightly find something, since the
 * stemmer folds many words together ("arbeidsmiljøloven" finds "arbeidsmiljø").
 */
async function publicVector(): Promise<string> {
  const publicRows = await Promise.all([
    db
      .selectFrom("public_case")
      .select(["title", "summary", "facts", "assessment", "recommendation", "archive_case_number"])
      .execute(),
    db.selectFrom("public_agenda_item").select(["title", "text", "decision"]).execute(),
    db.selectFrom("public_case_route_step").select(["recommendation"]).execute(),
    db.selectFrom("public_document").select(["title"]).execute(),
    db
      .selectFrom("public_document as pd")
      .innerJoin("document as d", "d.id", "pd.id")
      .select("d.extracted_text")
      .where("pd.redacted", "=", false)
      .execute(),
    db.selectFrom("person").select(["given_name", "family_name"]).execute(),
    db.selectFrom("body").select(["name", "description", "short_name"]).execute(),
    db.selectFrom("meeting").select(["location", "room"]).execute(),
    db.selectFrom("party").select(["name", "short_name"]).execute(),
  ]);
  const corpus = publicRows
    .flat()
    .flatMap((row) => Object.values(row))
    .filter((value): value is string => typeof value === "string")
    .join("\n");
  const row = await sql<{ v: string }>`select ${searchTsvector(corpus)}::text as v`.execute(db);
  return String(row.rows[0]?.v);
}

async function matchesPublicText(vector: string, query: string): Promise<boolean> {
  const tsquery = searchTsquery(parseSearchQuery(query));
  if (tsquery === null) return false;
  const row = await sql<{ hit: boolean }>`select ${vector}::tsvector @@ ${tsquery} as hit`.execute(
    db,
  );
  return row.rows[0]?.hit === true;
}

describe("the public search", () => {
  it("finds nothing of an exempt case: not its title, texts, decisions, documents or names", async () => {
    const secrets = await readSecrets();
    const documentTexts = await db
      .selectFrom("document as d")
      .leftJoin("case as c", "c.id", "d.case_id")
      .select("d.extracted_text")
      .where("d.extracted_text", "is not", null)
      .where((eb) => eb.or([eb("d.access", "=", "exempt"), eb("c.access", "=", "exempt")]))
      .execute();
    const phrases = [
      ...secrets.strings,
      ...documentTexts.flatMap((d) => fragments(String(d.extracted_text))),
    ];
    const words = [
      ...new Set(secrets.strings.flatMap((text) => text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])),
    ];
    const candidates = [
      ...phrases.map((phrase) => `"${phrase}"`),
      ...words,
      // As a journalist would type them: two words together.
      ...words.slice(1).map((word, i) => `${words[i]} ${word}`),
    ];
    const vector = await publicVector();
    const exemptOnly = new Set<string>();
    for (const query of candidates)
      if (!(await matchesPublicText(vector, query))) exemptOnly.add(query);
    expect(exemptOnly.size).toBeGreaterThan(50);
    const leaks: string[] = [];
    // Every query plain, and a sample with filters, which narrow but never widen the search.
    const filtered = [...exemptOnly].filter((_, i) => i % 5 === 0);
    const runs = [
      ...candidates.map((query) => [query, ""]),
      ...filtered.flatMap((query) =>
        ["&type=dokumenter", "&vedtatt=ja&sortering=dato"].map((extra) => [query, extra]),
      ),
    ];
    for (const [query = "", extra = ""] of runs) {
      const url = `/sok?q=${encodeURIComponent(query)}${extra}`;
      const response = await t.app.inject({ method: "GET", url });
      const hits = decodeEntities(hitsOf(response.body));
      // The list of hits alone: the page repeats the query, which is the secret here.
      const list = hits.includes("<ol")
        ? hits.slice(hits.indexOf("<ol"), hits.indexOf("</ol>"))
        : "";
      const shown = collapse(list.replace(/<[^>]*>/g, ""));
      if (response.statusCode !== 200) leaks.push(`${query}${extra}: ${response.statusCode}`);
      // What matches nothing public must find nothing, and nothing found may show a secret.
      if (exemptOnly.has(query) && (!hits.includes("Ingen treff.") || hits.includes("<mark>")))
        leaks.push(`${query}${extra}: found`);
      for (const secret of secrets.strings)
        if (shown.includes(secret)) leaks.push(`${query}${extra}: shows ${secret}`);
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it("still finds the exempt cases by their neutral public titles", async () => {
    const secrets = await readSecrets();
    for (const title of new Set(secrets.neutralTitles)) {
      const url = `/sok?q=${encodeURIComponent(`"${title}"`)}&type=saker`;
      const hits = hitsOf((await t.app.inject({ method: "GET", url })).body);
      expect(hits, title).toMatch(/\d+ treff\./);
      for (const secret of secrets.strings) expect(decodeEntities(hits)).not.toContain(secret);
    }
  });
});
