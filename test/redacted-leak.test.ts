import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/blobs/blob-store.ts";
import { addCaseDocument } from "../src/features/documents/add-case-document.ts";
import { addRedactedVersion } from "../src/features/documents/add-redacted-version.ts";
import { lockCaseAttachment } from "../src/features/documents/queries.ts";
import { buildCase } from "./factories/cases.ts";
import { buildPublishedMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commit, TEST_ACTOR } from "./factories/run.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";
import { makePdf } from "./helpers/documents.ts";

/**
 * An exempt attachment of a public case, with a redacted version, and one without: crawled as
 * an anonymous visitor, the site offers the redacted file under its neutral title and legal
 * basis, and nowhere the original's title, file name or bytes.
 */

let t: TestApp;
const ORIGINAL = {
  title: "Nabovarsel med navn og adresse til Kari Nordmann",
  fileName: "nabovarsel-kari-nordmann-storgata-5.pdf",
};
const UNREDACTED = {
  title: "Legeerklæring for søkeren Ola Hansen",
  fileName: "legeerklaering-ola-hansen.pdf",
};
const PUBLIC_TITLE = "Nabovarsel (sladdet)";
const BASIS = "Offl. § 13 jf. fvl. § 13";
let originalBytes: Buffer;
let unredactedBytes: Buffer;
let redactedBytes: Buffer;
let caseId: number;

beforeAll(async () => {
  t = await createTestApp("empty");
  const db = t.app.db;
  const body = await buildBody(db);
  caseId = (await buildCase(db, { route: [body.id] })).id;
  originalBytes = await makePdf(["Kari Nordmann, Storgata 5"]);
  unredactedBytes = await makePdf(["Ola Hansen har diagnosen ..."]);
  redactedBytes = await makePdf(["XXXX XXXXXXX, XXXXXXXX X"]);
  const attach = async (file: { title: string; fileName: string }, bytes: Buffer) => {
    const sha256 = await t.database.blobs.put(bytes);
    return commit(db, (tx) =>
      addCaseDocument({
        actor: TEST_ACTOR,
        caseId,
        file: { sha256, size: bytes.length, mediaType: "application/pdf", fileName: file.fileName },
        title: file.title,
        kind: "attachment",
        access: { access: "exempt", exemptionBasis: BASIS },
        tx,
      }),
    );
  };
  const { documentId } = await attach(ORIGINAL, originalBytes);
  await attach(UNREDACTED, unredactedBytes);
  const redactedSha = await t.database.blobs.put(redactedBytes);
  await commit(db, async (tx) =>
    addRedactedVersion({
      actor: TEST_ACTOR,
      document: await lockCaseAttachment(tx, caseId, documentId),
      file: {
        sha256: redactedSha,
        size: redactedBytes.length,
        mediaType: "application/pdf",
        fileName: "sladdet.pdf",
      },
      publicTitle: PUBLIC_TITLE,
      tx,
    }),
  );
  await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [caseId] });
});
afterAll(async () => {
  await t.close();
});

describe("an exempt attachment on the public site", () => {
  it("shows only the redacted version, with its basis, and never the original", async () => {
    const seen = new Set<string>(["/", `/saker/${caseId}`]);
    const queue = [...seen];
    const pages: string[] = [];
    const downloads: Buffer[] = [];
    while (queue.length > 0 && seen.size < 2000) {
      const url = queue.shift() ?? "/";
      const response = await t.app.inject({ method: "GET", url });
      if (url.startsWith("/dokumenter/")) {
        expect(response.statusCode, url).toBe(200);
        downloads.push(response.rawPayload);
        continue;
      }
      if (!String(response.headers["content-type"]).startsWith("text/html")) continue;
      pages.push(response.body);
      for (const match of response.body.matchAll(/href="(\/[^"]*)"/g)) {
        const link = (match[1] ?? "").replace(/&amp;/g, "&");
        if (link.startsWith("/assets/") || link.startsWith("/moter?") || seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    const site = pages.join("\n");
    const casePage = pages[1] ?? "";
    expect(casePage).toContain(PUBLIC_TITLE);
    expect(casePage).toContain(`Sladdet versjon, unntatt offentlighet etter ${BASIS}`);
    for (const secret of [ORIGINAL.title, ORIGINAL.fileName, UNREDACTED.title, UNREDACTED.fileName])
      expect(site, secret).not.toContain(secret);
    expect(downloads.map(sha256Hex)).toEqual([sha256Hex(redactedBytes)]);
    for (const secret of [originalBytes, unredactedBytes])
      expect(downloads.some((bytes) => bytes.equals(secret))).toBe(false);
  });
});
