import { parse as parseContentDisposition } from "content-disposition";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { formatCaseNumber } from "../src/domain/numbering.ts";
import { osloDay } from "../src/domain/time.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
beforeAll(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url, headers });

/** The text of a page as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** Same rule as the portal: an agenda is public once its notice is published. */
const published = sql<boolean>`(m.status in ('notice_published', 'held', 'minutes_approved') or m.notice_published_at is not null)`;

const monthParam = (at: Date): string => osloDay(at).slice(0, 7);

async function decidedPublicItem() {
  return db
    .selectFrom("agenda_item as a")
    .innerJoin("case as c", "c.id", "a.case_id")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .select(["a.case_id", "c.case_type", "a.series_year", "a.series_number", "c.title"])
    .where("c.access", "=", "public")
    .where("a.decided_at", "is not", null)
    .where("a.series_number", "is not", null)
    .where(published)
    .orderBy("a.decided_at", "desc")
    .orderBy("a.id", "desc")
    .executeTakeFirstOrThrow();
}

async function exemptItem() {
  return db
    .selectFrom("agenda_item as a")
    .innerJoin("case as c", "c.id", "a.case_id")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .select([
      "a.meeting_id",
      "a.case_id",
      "c.title",
      "c.public_title",
      "c.exemption_basis",
      "c.summary",
    ])
    .where("c.access", "=", "exempt")
    .where(published)
    .orderBy("m.starts_at", "desc")
    .executeTakeFirstOrThrow();
}

describe("front page", () => {
  it("lists upcoming meetings and the latest decisions, cacheable for anonymous visitors", async () => {
    const response = await get("/");
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBeTruthy();
    expect(response.headers["cache-control"]).toContain("public");
    const page = text(response.body);
    expect(page).toContain("Kommende møter");
    expect(page).toContain("Siste vedtak");
    const next = await db
      .selectFrom("meeting as m")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select(["m.id", "b.name"])
      .where("m.starts_at", ">", new Date())
      .orderBy("m.starts_at")
      .executeTakeFirstOrThrow();
    expect(response.body).toContain(`href="/moter/${next.id}"`);
    const decided = await decidedPublicItem();
    expect(page).toContain(
      `${formatCaseNumber({ caseType: decided.case_type, year: decided.series_year ?? 0, number: decided.series_number ?? 0 })} ${decided.title}`,
    );
    expect(response.body).toContain('href="/moter"');
    expect(response.body).toContain('href="/utvalg"');
  });

  it("answers a revalidation with the same ETag by 304", async () => {
    const first = await get("/");
    const second = await get("/", { "if-none-match": String(first.headers.etag) });
    expect(second.statusCode).toBe(304);
  });
});

describe("meeting calendar", () => {
  it("shows the meetings of the month asked for, grouped by day, and none from other months", async () => {
    const meetings = await db
      .selectFrom("meeting as m")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select(["m.id", "m.starts_at", "m.status", "b.slug", "b.name"])
      .orderBy("m.starts_at")
      .execute();
    const first = meetings.find((m) => m.starts_at.getTime() < Date.now());
    if (!first) throw new Error("The demo has no past meetings.");
    const month = monthParam(first.starts_at);
    const response = await get(`/moter?maned=${month}`);
    expect(response.statusCode).toBe(200);
    const inMonth = meetings.filter((m) => monthParam(m.starts_at) === month);
    const others = meetings.filter((m) => monthParam(m.starts_at) !== month);
    for (const meeting of inMonth) expect(response.body).toContain(`href="/moter/${meeting.id}"`);
    for (const meeting of others)
      expect(response.body).not.toContain(`href="/moter/${meeting.id}"`);
    expect(response.body).toContain('<label class="ds-label" for="utvalg">Utvalg</label>');
    expect(response.body).toContain("Forrige måned");
    expect(response.body).toContain("Neste måned");
  });

  it("filters by body", async () => {
    const council = await db
      .selectFrom("body")
      .select(["id", "slug"])
      .where("kind", "=", "council")
      .executeTakeFirstOrThrow();
    const meetings = await db
      .selectFrom("meeting")
      .select(["id", "body_id", "starts_at"])
      .orderBy("starts_at")
      .execute();
    const councilMeeting = meetings.find((m) => m.body_id === council.id);
    if (!councilMeeting) throw new Error("The demo council has no meetings.");
    const month = monthParam(councilMeeting.starts_at);
    const response = await get(`/moter?maned=${month}&utvalg=${council.slug}`);
    expect(response.statusCode).toBe(200);
    for (const meeting of meetings.filter((m) => monthParam(m.starts_at) === month)) {
      const link = `href="/moter/${meeting.id}"`;
      if (meeting.body_id === council.id) expect(response.body).toContain(link);
      else expect(response.body).not.toContain(link);
    }
    expect(response.body).toContain(`value="${council.slug}" selected`);
  });

  it("defaults to the current month in Norway", async () => {
    const response = await get("/moter");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`name="maned" value="${monthParam(new Date())}"`);
  });

  it("shows a cancelled meeting as Avlyst", async () => {
    const cancelled = await db
      .selectFrom("meeting")
      .select(["id", "starts_at"])
      .where("status", "=", "cancelled")
      .executeTakeFirst();
    if (!cancelled) return;
    const response = await get(`/moter?maned=${monthParam(cancelled.starts_at)}`);
    expect(response.body).toContain(`href="/moter/${cancelled.id}"`);
    expect(text(response.body)).toContain("Avlyst");
  });

  it("answers a malformed month or an unknown body with 400 and a Norwegian message", async () => {
    const badMonth = await get("/moter?maned=2026-13");
    expect(badMonth.statusCode).toBe(400);
    expect(text(badMonth.body)).toContain("Måneden må skrives som år og måned");
    const badBody = await get("/moter?utvalg=finnes-ikke");
    expect(badBody.statusCode).toBe(400);
    expect(text(badBody.body)).toContain("Fant ikke utvalget");
    const twice = await get("/moter?maned=2026-01&maned=2026-02");
    expect(twice.statusCode).toBe(400);
  });
});

describe("meeting page", () => {
  it("shows body, time, place, status and the numbered agenda with links to the cases", async () => {
    const meeting = await db
      .selectFrom("meeting as m")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select(["m.id", "m.location", "m.status", "b.name"])
      .where("m.status", "in", ["held", "minutes_approved"])
      .orderBy("m.starts_at", "desc")
      .executeTakeFirstOrThrow();
    const items = await db
      .selectFrom("agenda_item as a")
      .innerJoin("case as c", "c.id", "a.case_id")
      .select(["a.case_id", "c.case_type", "a.series_year", "a.series_number", "c.access"])
      .where("a.meeting_id", "=", meeting.id)
      .orderBy("a.position")
      .execute();
    expect(items.length).toBeGreaterThan(0);
    const response = await get(`/moter/${meeting.id}`);
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain(meeting.name);
    expect(page).toContain(meeting.location);
    expect(page).toContain(meeting.status === "held" ? "Avholdt" : "Protokoll godkjent");
    expect(page).toContain("Saksliste");
    let last = -1;
    for (const item of items) {
      const label =
        item.series_year !== null && item.series_number !== null
          ? formatCaseNumber({
              caseType: item.case_type,
              year: item.series_year,
              number: item.series_number,
            })
          : "Ikke nummerert";
      expect(page).toContain(label);
      const at = response.body.indexOf(`href="/saker/${item.case_id}"`);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
  });

  it("shows an exempt item with its neutral title and legal basis only", async () => {
    const item = await exemptItem();
    const response = await get(`/moter/${item.meeting_id}`);
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain(String(item.public_title));
    expect(page).toContain("Unntatt offentlighet");
    expect(page).toContain(String(item.exemption_basis));
    expect(page).not.toContain(item.title);
  });

  it("marks closed items as Lukket with the legal basis", async () => {
    const closed = await db
      .selectFrom("agenda_item as a")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .select(["a.meeting_id", "a.closed_basis"])
      .where("a.is_closed", "=", true)
      .where(published)
      .executeTakeFirstOrThrow();
    const page = text((await get(`/moter/${closed.meeting_id}`)).body);
    expect(page).toContain("Lukket");
    expect(page).toContain(String(closed.closed_basis));
  });

  it("holds the agenda back until the notice is published", async () => {
    const planned = await db
      .selectFrom("meeting")
      .select("id")
      .where("status", "=", "planned")
      .where("notice_published_at", "is", null)
      .executeTakeFirstOrThrow();
    const response = await get(`/moter/${planned.id}`);
    expect(response.statusCode).toBe(200);
    expect(text(response.body)).toContain("Sakslisten blir publisert når innkallingen er sendt.");
    expect(response.body).not.toContain('href="/saker/');
  });

  it("offers «Følg møtet direkte» only from the notice until the meeting is held", async () => {
    for (const status of [
      "planned",
      "notice_published",
      "held",
      "minutes_approved",
      "cancelled",
    ] as const) {
      const meeting = await db
        .selectFrom("meeting")
        .select("id")
        .where("status", "=", status)
        .executeTakeFirstOrThrow();
      const response = await get(`/moter/${meeting.id}`);
      expect(response.statusCode).toBe(200);
      const live = response.body.includes(`href="/moter/${meeting.id}/direkte"`);
      expect(live, status).toBe(status === "notice_published");
      expect(text(response.body).includes("Følg møtet direkte"), status).toBe(live);
    }
  });

  it("answers 404 for unknown and malformed ids", async () => {
    for (const url of ["/moter/99999999", "/moter/abc", "/moter/0", "/moter/1e3"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(text(response.body)).toContain("Fant ikke siden");
    }
  });
});

describe("case page", () => {
  it("shows the case with its route through three bodies in order", async () => {
    const threeBody = await db
      .selectFrom("case_route_step as s")
      .innerJoin("case as c", "c.id", "s.case_id")
      .select("s.case_id")
      .where("c.access", "=", "public")
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("agenda_item as a")
            .innerJoin("meeting as m", "m.id", "a.meeting_id")
            .select("a.id")
            .whereRef("a.case_id", "=", "s.case_id")
            .where(published),
        ),
      )
      .groupBy("s.case_id")
      .having((eb) => eb.fn.countAll(), "=", 3)
      .orderBy("s.case_id")
      .executeTakeFirstOrThrow();
    const caseRow = await db
      .selectFrom("case")
      .selectAll()
      .where("id", "=", threeBody.case_id)
      .executeTakeFirstOrThrow();
    const steps = await db
      .selectFrom("case_route_step as s")
      .innerJoin("body as b", "b.id", "s.body_id")
      .select(["b.name", "b.slug"])
      .where("s.case_id", "=", caseRow.id)
      .orderBy("s.position")
      .execute();
    const response = await get(`/saker/${caseRow.id}`);
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain(caseRow.title);
    expect(page).toContain(caseRow.archive_case_number);
    expect(page).toContain("PS Politisk sak");
    expect(page).toContain(caseRow.case_officer);
    expect(page).toContain("Kommunedirektørens innstilling");
    expect(page).toContain("Saksgang");
    const route = response.body.slice(response.body.indexOf('id="saksgang"'));
    const positions = steps.map((step) => route.indexOf(`href="/utvalg/${step.slug}"`));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const firstParagraph = caseRow.summary
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, " ")
      .trim();
    expect(page).toContain(firstParagraph);
  });

  it("shows the decision where the case has been decided", async () => {
    const decided = await db
      .selectFrom("agenda_item as a")
      .innerJoin("case as c", "c.id", "a.case_id")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .select(["a.case_id", "a.decision"])
      .where("c.access", "=", "public")
      .where("a.decision", "is not", null)
      .where(published)
      .executeTakeFirstOrThrow();
    const page = text((await get(`/saker/${decided.case_id}`)).body);
    const first = String(decided.decision)
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, " ")
      .trim();
    expect(page).toContain(first);
  });

  it("shows an exempt case's neutral title and legal basis, nothing of its content", async () => {
    const item = await exemptItem();
    const response = await get(`/saker/${item.case_id}`);
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain(String(item.public_title));
    expect(page).toContain("Unntatt offentlighet");
    expect(page).toContain(String(item.exemption_basis));
    expect(page).not.toContain(item.title);
    for (const paragraph of item.summary.split(/\n\s*\n/))
      expect(page).not.toContain(paragraph.replace(/\s+/g, " ").trim());
    // The route is shown, but no decision the secretariat has not let out (minutes_item_access).
    expect(page).toContain("Saksgang");
    const decisions = await db
      .selectFrom("agenda_item as a")
      .leftJoin("minutes_item_access as ma", "ma.agenda_item_id", "a.id")
      .select("a.decision")
      .where("a.case_id", "=", item.case_id)
      .where("a.decision", "is not", null)
      .where((eb) =>
        eb.or([eb("ma.decision_public", "is", null), eb("ma.decision_public", "=", false)]),
      )
      .execute();
    for (const { decision } of decisions)
      for (const line of String(decision)
        .split("\n")
        .filter((l) => l.trim().length > 12))
        expect(page).not.toContain(line.replace(/\s+/g, " ").trim());
  });

  it("answers 404 for unknown ids and for a case on no published agenda", async () => {
    for (const url of ["/saker/99999999", "/saker/x", "/saker/-1"])
      expect((await get(url)).statusCode, url).toBe(404);
    const draft = await db
      .insertInto("case")
      .values({ archive_case_number: "2099/1", title: "Utkast som ikke er sendt ut" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect((await get(`/saker/${draft.id}`)).statusCode).toBe(404);
  });
});

describe("bodies", () => {
  it("lists the active bodies", async () => {
    const bodies = await db.selectFrom("body").select(["name", "slug"]).execute();
    const response = await get("/utvalg");
    expect(response.statusCode).toBe(200);
    for (const body of bodies) expect(response.body).toContain(`href="/utvalg/${body.slug}"`);
  });

  it("shows the council's members by list with Ordfører, substitutes in rank order, and meetings", async () => {
    const council = await db
      .selectFrom("body")
      .select(["id", "slug", "name", "description"])
      .where("kind", "=", "council")
      .executeTakeFirstOrThrow();
    const today = osloDay(new Date());
    const seats = await db
      .selectFrom("membership as ms")
      .innerJoin("term as t", "t.id", "ms.term_id")
      .innerJoin("person as p", "p.id", "ms.person_id")
      .select([
        "ms.role",
        "ms.list_id",
        "ms.substitute_rank",
        "p.id",
        "p.given_name",
        "p.family_name",
      ])
      .where("ms.body_id", "=", council.id)
      .where("t.starts_on", "<=", today)
      .where("t.ends_on", ">=", today)
      .where("ms.starts_on", "<=", today)
      .where((eb) => eb.or([eb("ms.ends_on", "is", null), eb("ms.ends_on", ">=", today)]))
      .execute();
    const response = await get(`/utvalg/${council.slug}`);
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain(council.description);
    const leader = seats.find((seat) => seat.role === "leader");
    if (!leader) throw new Error("The demo council has no leader.");
    expect(page).toContain(`${leader.given_name} ${leader.family_name} Ordfører`);
    for (const seat of seats) expect(response.body).toContain(`href="/personer/${seat.id}"`);
    const substitutes = seats
      .filter((seat) => seat.role === "substitute" && seat.list_id === leader.list_id)
      .sort((a, b) => (a.substitute_rank ?? 0) - (b.substitute_rank ?? 0));
    expect(substitutes.length).toBeGreaterThan(1);
    const section = response.body.slice(response.body.indexOf('id="varamedlemmer"'));
    const positions = substitutes.map((seat) => section.indexOf(`href="/personer/${seat.id}"`));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Numbered once, by rank: not "1. Frode Iversen 1. varamedlem".
    for (const seat of substitutes)
      expect(section).toMatch(
        new RegExp(
          `<li value="${seat.substitute_rank}"><a class="ds-link" href="/personer/${seat.id}">[^<]+</a></li>`,
        ),
      );
    expect(text(section)).not.toMatch(/\d+\. varamedlem/);
    expect(page).toContain("Kommende møter");
    expect(page).toContain("Tidligere møter");
  });

  it("answers 404 for an unknown body", async () => {
    expect((await get("/utvalg/finnes-ikke")).statusCode).toBe(404);
  });
});

describe("person page", () => {
  it("shows a member's name, party and seats, and no contact details", async () => {
    const member = await db
      .selectFrom("membership as ms")
      .innerJoin("person as p", "p.id", "ms.person_id")
      .innerJoin("body as b", "b.id", "ms.body_id")
      .select(["p.id", "p.given_name", "p.family_name", "p.email", "p.phone", "b.name"])
      .where("p.email", "is not", null)
      .executeTakeFirstOrThrow();
    const response = await get(`/personer/${member.id}`);
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain(`${member.given_name} ${member.family_name}`);
    expect(page).toContain(member.name);
    expect(page).toContain("Verv");
    expect(page).not.toContain(String(member.email));
    if (member.phone) expect(page).not.toContain(member.phone);
  });

  it("answers 404 for a person without any seat, and for unknown ids", async () => {
    const outsider = await db
      .insertInto("person")
      .values({ given_name: "Privat", family_name: "Person" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect((await get(`/personer/${outsider.id}`)).statusCode).toBe(404);
    expect((await get("/personer/99999999")).statusCode).toBe(404);
    expect((await get("/personer/ola")).statusCode).toBe(404);
  });
});

describe("accessibility statement", () => {
  it("states the target, the testing, the limits, the contact and links to uustatus.no", async () => {
    const response = await get("/tilgjengelighet");
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain("Tilgjengelighetserklæring");
    expect(page).toContain("WCAG 2.1");
    expect(page).toContain("axe-core");
    expect(page).toContain("PDF");
    expect(page).toMatch(/postmottak@[a-z0-9-]+\.kommune\.no/);
    expect(response.body).toContain('href="https://www.uustatus.no/"');
    expect(page).toMatch(/sist oppdatert \d{1,2}\. \p{L}+ \d{4}/u);
  });
});

describe("document download", () => {
  async function publicDocument() {
    return db
      .selectFrom("public_document as d")
      .innerJoin("blob as b", "b.sha256", "d.sha256")
      .innerJoin("meeting as m", (join) =>
        join.on((eb) =>
          eb.or([
            eb("m.id", "=", eb.ref("d.meeting_id")),
            eb(
              "m.id",
              "in",
              eb
                .selectFrom("agenda_item as a")
                .select("a.meeting_id")
                .whereRef("a.case_id", "=", "d.case_id"),
            ),
          ]),
        ),
      )
      .select(["d.id", "d.sha256", "d.file_name", "b.media_type", "b.size"])
      .where(published)
      .orderBy("d.id")
      .executeTakeFirstOrThrow();
  }

  it("sends a public document with its type, name, ETag and a short cache life", async () => {
    const document = await publicDocument();
    const url = `/dokumenter/${document.id}/${encodeURIComponent(document.file_name)}`;
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain(document.media_type.split(";")[0]);
    expect(response.headers.etag).toBe(`"${document.sha256}"`);
    expect(response.headers["cache-control"]).toBe("public, max-age=60");
    expect(parseContentDisposition(String(response.headers["content-disposition"]))).toEqual({
      type: "inline",
      parameters: { filename: document.file_name },
    });
    expect(response.rawPayload.length).toBe(Number(document.size));
    const again = await get(url, { "if-none-match": `"${document.sha256}"` });
    expect(again.statusCode).toBe(304);
  });

  /** A document beside a public one, on the same case or meeting, in a file of its own. */
  async function addDocumentBeside(fileName: string, mediaType: string) {
    const beside = await db
      .selectFrom("document")
      .select(["case_id", "meeting_id"])
      .where("id", "=", (await publicDocument()).id)
      .executeTakeFirstOrThrow();
    const bytes = new TextEncoder().encode(`Innholdet i ${fileName}`);
    const sha256 = await t.database.blobs.put(bytes);
    await db
      .insertInto("blob")
      .values({ sha256, size: bytes.byteLength, media_type: mediaType })
      .execute();
    return db
      .insertInto("document")
      .values({ sha256, file_name: fileName, title: fileName, kind: "attachment", ...beside })
      .returning("id")
      .executeTakeFirstOrThrow();
  }

  it("keeps a Norwegian file name in UTF-8, with an ASCII fallback for old clients", async () => {
    const fileName = "Årsmelding for Ås – utkast.pdf";
    const document = await addDocumentBeside(fileName, "application/pdf");
    const response = await get(`/dokumenter/${document.id}/${encodeURIComponent(fileName)}`);
    expect(response.statusCode).toBe(200);
    const header = String(response.headers["content-disposition"]);
    expect(header).toBe(
      `inline; filename="?rsmelding for ?s ? utkast.pdf"; ` +
        `filename*=UTF-8''%C3%85rsmelding%20for%20%C3%85s%20%E2%80%93%20utkast.pdf`,
    );
    expect(parseContentDisposition(header).parameters.filename).toBe(fileName);
  });

  it("offers a type a browser could run as a download, quoting what needs quoting", async () => {
    const fileName = 'Møteplan "ærlig talt"; 100%.html';
    const document = await addDocumentBeside(fileName, "text/html; charset=utf-8");
    const response = await get(`/dokumenter/${document.id}/${encodeURIComponent(fileName)}`);
    expect(response.statusCode).toBe(200);
    const header = String(response.headers["content-disposition"]);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(parseContentDisposition(header)).toEqual({
      type: "attachment",
      parameters: { filename: fileName },
    });
  });

  it("stops serving a document withdrawn from public access, even to a revalidating cache", async () => {
    const document = await publicDocument();
    const url = `/dokumenter/${document.id}/${encodeURIComponent(document.file_name)}`;
    expect((await get(url)).statusCode).toBe(200);
    await db
      .updateTable("document")
      .set({ access: "exempt", exemption_basis: "Offl. § 13 jf. fvl. § 13 første ledd nr. 1" })
      .where("id", "=", document.id)
      .execute();
    try {
      expect((await get(url, { "if-none-match": `"${document.sha256}"` })).statusCode).toBe(404);
      expect((await get(url)).statusCode).toBe(404);
    } finally {
      await db
        .updateTable("document")
        .set({ access: "public", exemption_basis: null })
        .where("id", "=", document.id)
        .execute();
    }
  });

  it("answers 404 for a wrong file name, an unknown id and a document that is not public", async () => {
    const document = await publicDocument();
    expect((await get(`/dokumenter/${document.id}/annet-navn.pdf`)).statusCode).toBe(404);
    expect((await get("/dokumenter/99999999/x.pdf")).statusCode).toBe(404);
    expect((await get("/dokumenter/abc/x.pdf")).statusCode).toBe(404);
    const hidden = await db
      .selectFrom("document as d")
      .leftJoin("case as c", "c.id", "d.case_id")
      .select(["d.id", "d.file_name"])
      .where((eb) => eb.or([eb("d.access", "=", "exempt"), eb("c.access", "=", "exempt")]))
      .execute();
    expect(hidden.length).toBeGreaterThan(0);
    for (const row of hidden) {
      const response = await get(`/dokumenter/${row.id}/${encodeURIComponent(row.file_name)}`);
      expect(response.statusCode, row.file_name).toBe(404);
    }
  });
});
