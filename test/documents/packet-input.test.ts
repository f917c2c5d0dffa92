import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { loadPacketItems, PacketNotReady } from "../../src/documents/packet-input.ts";
import { addCaseDocument } from "../../src/features/documents/add-case-document.ts";
import { addRedactedVersion } from "../../src/features/documents/add-redacted-version.ts";
import { lockCaseAttachment } from "../../src/features/documents/queries.ts";
import { lockMeeting } from "../../src/features/meetings/agenda-store.ts";
import { publishNotice } from "../../src/features/meetings/publish-notice.ts";
import { JOB_DEFINITIONS } from "../../src/jobs/definitions.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { buildCaseVersion } from "../factories/case-versions.ts";
import { buildCase } from "../factories/cases.ts";
import { buildAgendaEntry, buildAgendaItem, buildMeeting } from "../factories/meetings.ts";
import { buildBody } from "../factories/registry.ts";
import { commit, commitOrThrow, TEST_ACTOR } from "../factories/run.ts";
import { makeDocx, makePdf } from "../helpers/documents.ts";
import { jobServices } from "../helpers/job-services.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const BASIS = "Offl. § 13 jf. fvl. § 13";

let database: TestDatabase;
let meetingId: number;
let bodyId: number;
let bytes: Record<"plan" | "health" | "redacted" | "address" | "applicants", Buffer>;
let numbers: string[];

const runJobs = () =>
  runDueJobs({
    db: database.db,
    registry: createJobRegistry(JOB_DEFINITIONS),
    services: jobServices(database.db, createMailer(loadConfig({})), { blobs: database.blobs }),
  });

async function attach(
  caseId: number,
  title: string,
  file: { bytes: Buffer; mediaType?: string; fileName?: string },
  exempt = false,
) {
  const sha256 = await database.blobs.put(file.bytes);
  return commit(database.db, (tx) =>
    addCaseDocument({
      actor: TEST_ACTOR,
      caseId,
      file: {
        sha256,
        size: file.bytes.length,
        mediaType: file.mediaType ?? "application/pdf",
        fileName: file.fileName ?? "vedlegg.pdf",
      },
      title,
      kind: "attachment",
      ...(exempt ? { access: { access: "exempt" as const, exemptionBasis: BASIS } } : {}),
      tx,
    }),
  );
}

const load = (audience: "members" | "public") =>
  loadPacketItems({ db: database.db, blobs: database.blobs, meetingId, audience });

/**
 * A meeting with a public case (a plain attachment, an exempt one with a redacted version, an
 * exempt one without), an exempt case, a withdrawn case and Eventuelt; presentations rendered.
 */
beforeAll(async () => {
  database = await createTestDatabase("empty");
  const db = database.db;
  bodyId = (await buildBody(db)).id;
  bytes = {
    plan: await makePdf(["Plankart for Øvre Ås"]),
    health: await makePdf(["Helseopplysninger om Ola Hansen"]),
    redacted: await makePdf(["Helseopplysninger om XXX XXXXXX"]),
    address: await makePdf(["Adresseliste for naboene"]),
    applicants: await makePdf(["Søkerliste med navn"]),
  };
  const open = await buildCase(db, { route: [bodyId], title: "Detaljregulering Øvre Ås" });
  const exempt = await buildCase(db, {
    route: [bodyId],
    exempt: true,
    title: "Tilsetting av kommunedirektør",
  });
  const withdrawn = await buildCase(db, { route: [bodyId], title: "Budsjettjustering" });
  await attach(open.id, "Plankart", { bytes: bytes.plan });
  const { documentId } = await attach(open.id, "Helseerklæring", { bytes: bytes.health }, true);
  const redactedSha = await database.blobs.put(bytes.redacted);
  await commit(db, async (tx) =>
    addRedactedVersion({
      actor: TEST_ACTOR,
      document: await lockCaseAttachment(tx, open.id, documentId),
      file: {
        sha256: redactedSha,
        size: bytes.redacted.length,
        mediaType: "application/pdf",
        fileName: "sladdet.pdf",
      },
      publicTitle: "Helseerklæring (sladdet)",
      tx,
    }),
  );
  await attach(open.id, "Adresseliste", { bytes: bytes.address }, true);
  await attach(exempt.id, "Søkerliste", { bytes: bytes.applicants });
  for (const built of [open, exempt, withdrawn]) await buildCaseVersion(db, { caseId: built.id });
  expect(await runJobs()).toMatchObject({ dead: 0 });

  const meeting = await buildMeeting(db, { bodyId });
  meetingId = meeting.id;
  for (const built of [open, exempt, withdrawn])
    await buildAgendaItem(db, { meetingId, caseId: built.id });
  await buildAgendaEntry(db, { meetingId, kind: "any_other_business", title: "Eventuelt" });
  await commitOrThrow(db, async (tx) =>
    publishNotice({
      actor: TEST_ACTOR,
      meeting: await lockMeeting(tx, meetingId),
      now: new Date(),
      tx,
    }),
  );
  // Withdrawing is the publish flow's use case; the packet only reads the column it sets.
  await db
    .updateTable("agenda_item")
    .set({ withdrawn_at: new Date(), withdrawn_reason: "Saken er ikke ferdig utredet." })
    .where("case_id", "=", withdrawn.id)
    .execute();
  const rows = await db
    .selectFrom("agenda_item")
    .select(["case_type", "series_number", "series_year"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
  numbers = rows.map((row) =>
    row.series_number === null
      ? ""
      : `${row.case_type} ${row.series_number}/${String((row.series_year ?? 0) % 100).padStart(2, "0")}`,
  );
});
afterAll(async () => {
  await database.close();
});

describe("the members' packet items", () => {
  it("hold every item in order with the originals, the presentation first", async () => {
    const items = await load("members");
    expect(
      items.map(({ number, title, exemptBasis, withdrawn, documents }) => ({
        number,
        title,
        exemptBasis,
        withdrawn,
        documents: documents.map(({ title: documentTitle, exempt }) => [documentTitle, exempt]),
      })),
    ).toEqual([
      {
        number: numbers[0],
        title: "Detaljregulering Øvre Ås",
        exemptBasis: null,
        withdrawn: false,
        documents: [
          ["Saksframlegg, versjon 1", false],
          ["Plankart", false],
          ["Helseerklæring", true],
          ["Adresseliste", true],
        ],
      },
      {
        number: numbers[1],
        title: "Tilsetting av kommunedirektør",
        exemptBasis: BASIS,
        withdrawn: false,
        documents: [
          ["Saksframlegg, versjon 1", true],
          ["Søkerliste", true],
        ],
      },
      {
        number: numbers[2],
        title: "Budsjettjustering",
        exemptBasis: null,
        withdrawn: true,
        documents: [],
      },
      { number: "", title: "Eventuelt", exemptBasis: null, withdrawn: false, documents: [] },
    ]);
    const [first] = items;
    expect(first?.documents[0]?.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(Buffer.from(first?.documents[2]?.pdf ?? []).equals(bytes.health)).toBe(true);
  });
});

describe("the public packet items", () => {
  it("come from the public views: neutral titles, redacted versions, no exempt original", async () => {
    const items = await load("public");
    expect(
      items.map(({ title, exemptBasis, documents }) => ({
        title,
        exemptBasis,
        documents: documents.map(({ title: documentTitle, exempt }) => [documentTitle, exempt]),
      })),
    ).toEqual([
      {
        title: "Detaljregulering Øvre Ås",
        exemptBasis: null,
        documents: [
          ["Saksframlegg, versjon 1", false],
          ["Plankart", false],
          ["Helseerklæring (sladdet)", false],
        ],
      },
      { title: "Personalsak", exemptBasis: BASIS, documents: [] },
      { title: "Budsjettjustering", exemptBasis: null, documents: [] },
      { title: "Eventuelt", exemptBasis: null, documents: [] },
    ]);
    const given = items.flatMap((item) => item.documents.map(({ pdf }) => Buffer.from(pdf)));
    const holds = (file: Buffer | undefined) => given.some((pdf) => file && pdf.equals(file));
    expect(holds(bytes.health)).toBe(false);
    expect(holds(bytes.address)).toBe(false);
    expect(holds(bytes.redacted)).toBe(true);
    expect(holds(bytes.plan)).toBe(true);
  });
});

describe("a packet whose papers are not ready", () => {
  it("names the attachment that waits for conversion, and the presentation not yet rendered", async () => {
    const late = await buildCase(database.db, { route: [bodyId], title: "Ny skolestruktur" });
    await buildCaseVersion(database.db, { caseId: late.id });
    await buildAgendaItem(database.db, { meetingId, caseId: late.id });
    await expect(load("members")).rejects.toThrow(PacketNotReady);
    await expect(load("members")).rejects.toThrow(
      /^Saksframlegget i sak \w+ \d+\/\d\d er ikke laget som PDF ennå/,
    );
    await runJobs();
    await attach(late.id, "Skolekart", {
      bytes: await makeDocx(["Skolekart"]),
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: "skolekart.docx",
    });
    await expect(load("members")).rejects.toThrow(
      /^Vedlegget «Skolekart» i sak (PS \d+\/\d\d|Ikke nummerert) er ikke konvertert til PDF ennå\.$/,
    );
  });
});
