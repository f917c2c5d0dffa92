import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/blobs/blob-store.ts";
import { ConfigError, loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { checkFileName } from "../src/features/documents/file-name.ts";
import { JOB_DEFINITIONS } from "../src/jobs/definitions.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { buildCase } from "./factories/cases.ts";
import { buildPublishedMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import {
  encryptPdf,
  makeDocx,
  makePdf,
  multipartBody,
  skipWithout,
  TINY_PNG,
  type UploadPart,
} from "./helpers/documents.ts";
import { jobServices } from "./helpers/job-services.ts";

describe("the upload limit", () => {
  it("is 50 MB unless UPLOAD_LIMIT_MB says otherwise, in whole megabytes from 1 to 2048", () => {
    expect(loadConfig({}).uploadLimitBytes).toBe(50 * 1024 * 1024);
    expect(loadConfig({ UPLOAD_LIMIT_MB: "20" }).uploadLimitBytes).toBe(20 * 1024 * 1024);
    for (const value of ["0", "0.5", "abc", "4096"])
      expect(() => loadConfig({ UPLOAD_LIMIT_MB: value }), value).toThrow(ConfigError);
  });
});

describe("a file's name", () => {
  it("keeps Norwegian letters and plain punctuation, in NFC", () => {
    expect(checkFileName("Søknad om bygg – Ærlig Øvre Å (2).pdf")).toEqual({
      ok: true,
      name: "Søknad om bygg – Ærlig Øvre Å (2).pdf",
    });
    expect(checkFileName("A\u030agate.pdf")).toEqual({ ok: true, name: "Ågate.pdf" });
    expect(checkFileName("rapport..v2.pdf").ok).toBe(true);
  });

  it("refuses path parts, control characters and direction marks instead of cutting them away", () => {
    for (const name of ["../etc/passwd.pdf", "mappe/fil.pdf", "C:\\mappe\\fil.pdf", ".."])
      expect(checkFileName(name), name).toMatchObject({ ok: false, message: /mapper/ });
    for (const name of ["fil\u0000.pdf", "fil\u0007.pdf", "fil\u007f.pdf", "rapport\u202efdp.exe"])
      expect(checkFileName(name), JSON.stringify(name)).toMatchObject({
        ok: false,
        message: /kontrolltegn/,
      });
    expect(checkFileName(" ").ok).toBe(false);
    expect(checkFileName(" fil.pdf").ok).toBe(false);
    expect(checkFileName(`${"a".repeat(197)}.pdf`).ok).toBe(false);
  });
});

let t: TestApp;
let db: Database;
let dataDir: string;
let staff: Agent;
let caseId: number;

const LIMIT = 200_000;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-documents-"));
  t = await createTestApp("empty", { dataDir, uploadLimitBytes: LIMIT });
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  const body = await buildBody(db);
  caseId = (await buildCase(db, { route: [body.id] })).id;
});
afterEach(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function upload(agent: Agent, url: string, parts: readonly UploadPart[], csrf = agent.csrfToken) {
  const { payload, contentType } = multipartBody([{ name: "_csrf", value: csrf }, ...parts]);
  return t.app.inject({
    method: "POST",
    url,
    headers: { cookie: agent.cookie, "content-type": contentType },
    payload,
  });
}

const attach = (
  agent: Agent,
  file: { name: string; bytes: Buffer },
  fields: Record<string, string> = {},
  into = caseId,
) =>
  upload(agent, `/admin/saker/${into}/dokumenter`, [
    { name: "title", value: fields.title ?? "Vedlegg til saken" },
    { name: "access", value: fields.access ?? "public" },
    { name: "exemptionBasis", value: fields.exemptionBasis ?? "" },
    { name: "file", file },
  ]);

const documents = () =>
  db.selectFrom("document").selectAll().where("case_id", "=", caseId).orderBy("id").execute();

const scratchFiles = () => {
  const folder = path.join(dataDir, "uploads");
  return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
};

const runJobs = (soffice = "soffice") =>
  runDueJobs({
    db,
    registry: createJobRegistry(JOB_DEFINITIONS),
    services: jobServices(db, createMailer({ ...t.app.config }), {
      blobs: t.database.blobs,
      soffice,
    }),
  });

/** The page's text with tags and entities out, for messages. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("uploading an attachment", () => {
  it("stores a PDF by its bytes, lists it, and reads its text in a job", async () => {
    const bytes = await makePdf(["Reguleringsplan for Nordre jorde", "Side to om trafikk"]);
    const response = await attach(staff, { name: "Planbeskrivelse æøå.pdf", bytes });
    expect(response.statusCode, response.body).toBe(303);
    const [document] = await documents();
    expect(document).toMatchObject({
      title: "Vedlegg til saken",
      file_name: "Planbeskrivelse æøå.pdf",
      sha256: sha256Hex(bytes),
      pdf_sha256: sha256Hex(bytes),
      rendition: "ready",
      position: 1,
      page_count: 2,
      extracted_text: null,
    });
    expect(await t.database.blobs.get(sha256Hex(bytes))).toEqual(bytes);
    expect(scratchFiles()).toEqual([]);

    expect((await runJobs()).done).toBe(1);
    const [read] = await documents();
    expect(read?.extracted_text).toBe("Reguleringsplan for Nordre jorde\n\f\nSide to om trafikk");
    expect(await runJobs()).toEqual({ done: 0, retried: 0, dead: 0 });

    const page = await staff.get(`/admin/saker/${caseId}/dokumenter`);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain("Planbeskrivelse æøå.pdf");
    expect(text(page.body)).toMatch(/PDF\s+\d+ kB\s+2/);
  });

  it("refuses every kind of bad file with its own message, and stores nothing", async () => {
    const pdf = await makePdf(["Et vedlegg"]);
    await attach(staff, { name: "Første.pdf", bytes: pdf }, { title: "Det første vedlegget" });
    const before = await documents();
    const other = await makePdf(["Et annet vedlegg"]);
    const cases: Array<[string, { name: string; bytes: Buffer }, RegExp]> = [
      [
        "a text file renamed .pdf",
        { name: "Notat.pdf", bytes: Buffer.from("Dette er bare tekst.\n") },
        /slutter på \.pdf, men innholdet er ikke en PDF-fil/,
      ],
      ["an empty file", { name: "Tom.pdf", bytes: Buffer.alloc(0) }, /er tom/],
      [
        "a truncated PDF",
        { name: "Avkuttet.pdf", bytes: pdf.subarray(0, Math.floor(pdf.length / 2)) },
        /skadet eller ufullstendig/,
      ],
      [
        "a file over the limit",
        { name: "Stor.pdf", bytes: Buffer.concat([pdf, Buffer.alloc(LIMIT)]) },
        /større enn grensen/,
      ],
      ["a name with a folder", { name: "../Andre.pdf", bytes: other }, /mapper/],
      ["a name with a control character", { name: "Fil\u0001.pdf", bytes: other }, /kontrolltegn/],
      [
        "a PDF under a Word name",
        { name: "Notat.docx", bytes: await makePdf(["Annen"]) },
        /er en PDF-fil, men navnet slutter ikke på \.pdf/,
      ],
      [
        "a spreadsheet",
        { name: "Tall.xlsx", bytes: Buffer.from("PK\u0003\u0004ikke en zip") },
        /ikke en fil som kan legges ved/,
      ],
      [
        "an old Office file that is not a Word document",
        {
          name: "Gammel.doc",
          bytes: Buffer.concat([
            Buffer.from("d0cf11e0a1b11ae1", "hex"),
            Buffer.alloc(4096),
            Buffer.from("Workbook\0", "utf16le"),
          ]),
        },
        /slutter på \.doc, men innholdet er ikke en Word-fil i det gamle formatet/,
      ],
      [
        "the same file again",
        { name: "Kopi.pdf", bytes: pdf },
        /allerede vedlegg i saken, med tittelen «Det første vedlegget»/,
      ],
    ];
    if (!skipWithout("qpdf", "qpdf"))
      cases.push([
        "an encrypted PDF",
        { name: "Kryptert.pdf", bytes: encryptPdf(await makePdf(["Hemmelig"])) },
        /kryptert eller passordbeskyttet/,
      ]);
    const blobsBefore = await db.selectFrom("blob").select("sha256").execute();
    for (const [what, file, message] of cases) {
      const response = await attach(staff, file);
      expect(response.statusCode, what).toBe(400);
      expect(text(response.body), what).toMatch(message);
      expect(scratchFiles(), what).toEqual([]);
      if (what !== "the same file again")
        expect(await t.database.blobs.get(sha256Hex(file.bytes)), what).toBeNull();
    }
    expect(await documents()).toEqual(before);
    expect(await db.selectFrom("blob").select("sha256").execute()).toEqual(blobsBefore);
  });

  it("asks for a title and a file, and the basis of an exempt document", async () => {
    const pdf = await makePdf(["Et vedlegg"]);
    const noTitle = await attach(staff, { name: "Fil.pdf", bytes: pdf }, { title: " " });
    expect(text(noTitle.body)).toContain("Skriv en tittel på dokumentet.");
    const noBasis = await attach(staff, { name: "Fil.pdf", bytes: pdf }, { access: "exempt" });
    expect(text(noBasis.body)).toContain("Oppgi hjemmelen");
    const noFile = await upload(staff, `/admin/saker/${caseId}/dokumenter`, [
      { name: "title", value: "Uten fil" },
      { name: "file", file: { name: "", bytes: Buffer.alloc(0) } },
    ]);
    expect(text(noFile.body)).toContain("Velg en fil å laste opp.");
    expect(await documents()).toEqual([]);
    expect(await t.database.blobs.get(sha256Hex(pdf))).toBeNull();
  });

  it("writes no file when the CSRF token does not come first and right", async () => {
    const pdf = await makePdf(["Et vedlegg"]);
    const response = await upload(
      staff,
      `/admin/saker/${caseId}/dokumenter`,
      [
        { name: "title", value: "Vedlegg" },
        { name: "file", file: { name: "Fil.pdf", bytes: pdf } },
      ],
      "feil",
    );
    expect(response.statusCode).toBe(403);
    expect(await documents()).toEqual([]);
    expect(scratchFiles()).toEqual([]);
    expect(await t.database.blobs.get(sha256Hex(pdf))).toBeNull();
  });

  it("is closed to a case officer who does not own the case, and unknown to one for an exempt case", async () => {
    const officer = await signIn(t.app, "case_officer", "officer");
    const body = await buildBody(db);
    const exemptId = (await buildCase(db, { route: [body.id], exempt: true })).id;
    const pdf = await makePdf(["Et vedlegg"]);
    expect((await officer.get(`/admin/saker/${caseId}/dokumenter`)).statusCode).toBe(200);
    expect((await officer.get(`/admin/saker/${exemptId}/dokumenter`)).statusCode).toBe(404);
    expect((await attach(officer, { name: "Fil.pdf", bytes: pdf })).statusCode).toBe(404);
    expect((await attach(officer, { name: "Fil.pdf", bytes: pdf }, {}, exemptId)).statusCode).toBe(
      404,
    );
    expect(await db.selectFrom("document").select("id").execute()).toEqual([]);
    expect(await t.database.blobs.get(sha256Hex(pdf))).toBeNull();
  });

  it("lets the case's own officer attach, and files an exempt case's document as exempt", async () => {
    const officer = await signIn(t.app, "case_officer", "officer");
    const me = await db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "officer")
      .executeTakeFirstOrThrow();
    const body = await buildBody(db);
    const own = (await buildCase(db, { route: [body.id], exempt: true, ownerId: me.id })).id;
    const response = await attach(
      officer,
      { name: "Fil.pdf", bytes: await makePdf(["A"]) },
      {},
      own,
    );
    expect(response.statusCode, response.body).toBe(303);
    const row = await db
      .selectFrom("document")
      .select(["access", "exemption_basis", "uploaded_by_user_id"])
      .where("case_id", "=", own)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      access: "exempt",
      exemption_basis: "Offl. § 13 jf. fvl. § 13",
      uploaded_by_user_id: me.id,
    });
  });
});

describe("the attachments of a case", () => {
  it("replaced after the notice, go in the meeting's change log by a title the public may read", async () => {
    const bodyId = (await db.selectFrom("body").select("id").executeTakeFirstOrThrow()).id;
    const { meeting } = await buildPublishedMeeting(db, { bodyId, caseIds: [caseId] });
    await attach(
      staff,
      { name: "Plan.pdf", bytes: await makePdf(["Plan"]) },
      { title: "Plankart" },
    );
    const [plan] = await documents();
    const replaced = await upload(staff, `/admin/saker/${caseId}/dokumenter/${plan?.id}/erstatt`, [
      {
        name: "replacement",
        file: { name: "Plan v2.pdf", bytes: await makePdf(["Plan, rettet"]) },
      },
    ]);
    expect(replaced.statusCode, replaced.body).toBe(303);
    const log = await db
      .selectFrom("meeting_change")
      .select(["kind", "description", "document_id"])
      .where("meeting_id", "=", meeting.id)
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: "document_replaced" });
    expect(log[0]?.description).toMatch(
      /^Vedlegget «Plankart» i PS \d+\/\d\d «.+» er erstattet med versjon 2$/,
    );
  });

  it("are ordered, renamed, replaced as versions, and given a redacted version", async () => {
    const first = await makePdf(["Først"]);
    const second = await makePdf(["Andre"]);
    await attach(staff, { name: "En.pdf", bytes: first }, { title: "Vedlegg en" });
    await attach(staff, { name: "To.pdf", bytes: second }, { title: "Vedlegg to" });
    const [one, two] = await documents();
    if (!one || !two) throw new Error("two documents expected");
    expect([one.position, two.position]).toEqual([1, 2]);

    const moved = await staff.post(`/admin/saker/${caseId}/dokumenter/${two.id}/flytt`, {
      direction: "up",
    });
    expect(moved.statusCode).toBe(303);
    const order = await documents();
    expect(order.map((d) => [d.title, d.position])).toEqual([
      ["Vedlegg en", 2],
      ["Vedlegg to", 1],
    ]);

    const changed = await staff.post(`/admin/saker/${caseId}/dokumenter/${one.id}`, {
      title: "Uttalelse fra nabo",
      access: "exempt",
      exemptionBasis: "Offl. § 13 jf. fvl. § 13",
    });
    expect(changed.statusCode, changed.body).toBe(303);

    const replacement = await makePdf(["Først, rettet"]);
    const replaced = await upload(staff, `/admin/saker/${caseId}/dokumenter/${one.id}/erstatt`, [
      { name: "replacement", file: { name: "En v2.pdf", bytes: replacement } },
    ]);
    expect(replaced.statusCode, replaced.body).toBe(303);
    const versions = await documents();
    const old = versions.find((d) => d.id === one.id);
    const current = versions.find((d) => d.sha256 === sha256Hex(replacement));
    expect(old?.replaced_by_id).toBe(current?.id);
    expect(current).toMatchObject({
      title: "Uttalelse fra nabo",
      version: 2,
      position: 2,
      access: "exempt",
      replaced_by_id: null,
    });
    const list = text((await staff.get(`/admin/saker/${caseId}/dokumenter`)).body);
    expect(list).toMatch(/Tidligere versjoner Uttalelse fra nabo \(versjon 1, En\.pdf, Erstattet/);

    const redactedUrl = `/admin/saker/${caseId}/dokumenter/${current?.id}/sladdet`;
    const notPdf = await upload(staff, redactedUrl, [
      { name: "publicTitle", value: "Uttalelse fra nabo (sladdet)" },
      { name: "redacted", file: { name: "Sladdet.docx", bytes: await makeDocx(["Sladdet"]) } },
    ]);
    expect(text(notPdf.body)).toContain("Den sladdede versjonen må være en PDF-fil");
    const redacted = await makePdf(["Først, XXXXXX"]);
    const noTitle = await upload(staff, redactedUrl, [
      { name: "publicTitle", value: "" },
      { name: "redacted", file: { name: "Sladdet.pdf", bytes: redacted } },
    ]);
    expect(text(noTitle.body)).toContain("Skriv den offentlige tittelen.");
    const done = await upload(staff, redactedUrl, [
      { name: "publicTitle", value: "Uttalelse fra nabo (sladdet)" },
      { name: "redacted", file: { name: "Sladdet.pdf", bytes: redacted } },
    ]);
    expect(done.statusCode, done.body).toBe(303);
    const view = await db
      .selectFrom("public_document")
      .select(["sha256", "title", "file_name", "redacted", "exemption_basis"])
      .where("id", "=", Number(current?.id))
      .executeTakeFirstOrThrow();
    expect(view).toEqual({
      sha256: sha256Hex(redacted),
      title: "Uttalelse fra nabo (sladdet)",
      file_name: `dokument-${current?.id}-sladdet.pdf`,
      redacted: true,
      exemption_basis: "Offl. § 13 jf. fvl. § 13",
    });
  });
});

describe("an exempt attachment", () => {
  it("is hidden from a colleague who may read the case, title, list and file", async () => {
    const officer = await signIn(t.app, "case_officer", "officer");
    const pdf = await makePdf(["Personopplysninger"]);
    await attach(
      staff,
      { name: "Personopplysninger.pdf", bytes: pdf },
      { title: "Opplysninger om søkerens helse", access: "exempt", exemptionBasis: "Offl. § 13" },
    );
    await attach(staff, { name: "Kart.pdf", bytes: await makePdf(["Kart"]) }, { title: "Kart" });
    const [exempt] = await documents();
    const list = await officer.get(`/admin/saker/${caseId}/dokumenter`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Kart");
    expect(list.body).not.toContain("Opplysninger om søkerens helse");
    expect(list.body).not.toContain("Personopplysninger.pdf");
    const download = `/admin/saker/${caseId}/dokumenter/${exempt?.id}/original`;
    expect((await officer.get(download)).statusCode).toBe(404);
    const own = await staff.get(download);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(pdf)).toBe(true);
  });

  it("of an exempt case keeps the case's basis when its title changes", async () => {
    const body = await buildBody(db);
    const exemptCase = (await buildCase(db, { route: [body.id], exempt: true })).id;
    await attach(staff, { name: "Notat.pdf", bytes: await makePdf(["Notat"]) }, {}, exemptCase);
    const document = await db
      .selectFrom("document")
      .select("id")
      .where("case_id", "=", exemptCase)
      .executeTakeFirstOrThrow();
    const page = await staff.get(`/admin/saker/${exemptCase}/dokumenter/${document.id}`);
    expect(text(page.body)).toContain("Saken er unntatt offentlighet, så vedlegget blir det også");
    const changed = await staff.post(`/admin/saker/${exemptCase}/dokumenter/${document.id}`, {
      title: "Nytt navn",
      access: "public",
    });
    expect(changed.statusCode, changed.body).toBe(303);
    expect(
      await db
        .selectFrom("document")
        .select(["title", "access", "exemption_basis"])
        .where("id", "=", document.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({
      title: "Nytt navn",
      access: "exempt",
      exemption_basis: "Offl. § 13 jf. fvl. § 13",
    });
  });
});

describe("conversion to PDF", () => {
  it("says a Word file waits for conversion while LibreOffice is missing, and keeps it", async () => {
    const docx = await makeDocx(["Saksutredning", "Side to"]);
    expect((await attach(staff, { name: "Utredning.docx", bytes: docx })).statusCode).toBe(303);
    expect((await documents())[0]?.rendition).toBe("pending");
    await runJobs(path.join(dataDir, "ingen-soffice"));
    const [document] = await documents();
    expect(document).toMatchObject({
      rendition: "unavailable",
      pdf_sha256: null,
      sha256: sha256Hex(docx),
    });
    const page = text((await staff.get(`/admin/saker/${caseId}/dokumenter`)).body);
    expect(page).toContain("Venter på konvertering til PDF");

    const again = `/admin/saker/${caseId}/dokumenter/${document?.id}/konverter`;
    expect((await staff.post(again, {})).statusCode).toBe(303);
    expect((await documents())[0]?.rendition).toBe("pending");
    const twice = await staff.post(again, {});
    expect(twice.statusCode).toBe(400);
    expect(text(twice.body)).toContain("Dokumentet venter ikke på konvertering til PDF.");
    expect((await runJobs(path.join(dataDir, "ingen-soffice"))).done).toBe(1);
    expect((await documents())[0]?.rendition).toBe("unavailable");
  });

  it("makes an image a one-page PDF without text", async () => {
    expect((await attach(staff, { name: "Kart.png", bytes: TINY_PNG })).statusCode).toBe(303);
    await runJobs();
    const [document] = await documents();
    expect(document).toMatchObject({ rendition: "ready", page_count: 1, extracted_text: "" });
    expect(document?.pdf_sha256).not.toBeNull();
  });

  it.skipIf(skipWithout("soffice", "libreoffice-writer-nogui"))(
    "converts a Word file with LibreOffice and reads the PDF's text",
    async () => {
      const docx = await makeDocx(["Saksutredning om skolestruktur", "Vedlegg med tall"]);
      expect((await attach(staff, { name: "Utredning.docx", bytes: docx })).statusCode).toBe(303);
      expect((await runJobs()).done).toBe(2);
      const [document] = await documents();
      expect(document).toMatchObject({
        rendition: "ready",
        page_count: 2,
        sha256: sha256Hex(docx),
      });
      expect(document?.extracted_text).toContain("Saksutredning om skolestruktur");
      const pdf = await staff.get(`/admin/saker/${caseId}/dokumenter/${document?.id}/pdf`);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    },
    60_000,
  );
});
