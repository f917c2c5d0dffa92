import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import {
  issueDecisionNoticesJob,
  requestDecisionNotices,
} from "../src/features/decision-notices/issue-decision-notices-job.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { recordDecision } from "../src/features/meetings/record-decision.ts";
import { withdrawDecision } from "../src/features/meetings/withdraw-decision.ts";
import { createJobRegistry } from "../src/jobs/registry.ts";
import { runDueJobs } from "../src/jobs/worker.ts";
import { createMailer, type Mailer } from "../src/mail/mailer.ts";
import { listOutbox, readOutboxMail } from "../src/mail/outbox.ts";
import { sendMailJob } from "../src/mail/send-mail-job.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { commit, commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { createUser } from "./helpers/accounts.ts";
import { jobServices } from "./helpers/job-services.ts";
import { pdfTool, skipPdfToolSuite } from "./helpers/pdf-tools.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let dataDir: string;
let mailer: Mailer;

beforeEach(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-notices-"));
  mailer = createMailer({ ...loadConfig({}), dataDir });
});
afterEach(async () => {
  mailer.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const runJobs = () =>
  runDueJobs({
    db: database.db,
    registry: createJobRegistry([issueDecisionNoticesJob, sendMailJob]),
    services: jobServices(database.db, mailer, { blobs: database.blobs }),
  });

const outbox = async () => {
  const { entries } = await listOutbox(path.join(dataDir, "outbox"));
  return Promise.all(
    entries.map(async (entry) => {
      const mail = await readOutboxMail(path.join(dataDir, "outbox"), entry.name);
      return { to: entry.to, subject: entry.subject, text: mail?.text ?? "" };
    }),
  );
};

const notices = (caseId: number) =>
  database.db
    .selectFrom("decision_notice")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("id")
    .execute();

const documentOf = (id: number | null) =>
  database.db
    .selectFrom("document")
    .selectAll()
    .where("id", "=", id ?? 0)
    .executeTakeFirstOrThrow();

/** A held meeting of a one-body route deciding two cases: one the officer owns, one exempt. */
async function heldMeeting() {
  const officerId = await createUser(database.db, {
    username: "kari.saksbehandler",
    displayName: "Kari Saksbehandler",
    role: "case_officer",
    email: "kari@kommune.example",
    password: "hemmelig-passord-1",
    mustChangePassword: false,
  });
  const body = await buildBody(database.db, { name: "Formannskapet" });
  const open = await buildCase(database.db, {
    route: [body.id],
    title: "Ny barnehage på Øvre Ås",
    ownerId: officerId,
  });
  const exempt = await buildCase(database.db, {
    route: [body.id],
    title: "Tilsetting av rådgiver Ola Hansen",
    exempt: true,
    ownerId: officerId,
  });
  const built = await buildHeldMeeting(database.db, {
    bodyId: body.id,
    caseIds: [open.id, exempt.id],
    decisions: ["Barnehagen bygges med 80 plasser.", "Ola Hansen tilsettes som rådgiver."],
  });
  return { officerId, open, exempt, ...built };
}

describe("decision notices (melding om vedtak)", () => {
  it("makes one notice per decided item, with a saksprotokoll on the case and a mail", async () => {
    const { open, exempt, meeting, officerId } = await heldMeeting();
    await runJobs();
    const [notice, ...more] = await notices(open.id);
    expect(more).toHaveLength(0);
    expect(notice).toMatchObject({
      recipient_user_id: officerId,
      decision: "Barnehagen bygges med 80 plasser.",
      replaced_by_id: null,
      read_at: null,
    });
    expect(notice?.sent_at).not.toBeNull();
    const document = await documentOf(notice?.document_id ?? null);
    expect(document).toMatchObject({
      kind: "decision_notice",
      case_id: open.id,
      access: "public",
      exemption_basis: null,
    });
    expect(document.title).toMatch(
      /^Saksprotokoll – Formannskapet \d+\. \w+ \d{4} – PS \d+\/\d{2}$/,
    );

    const [exemptNotice] = await notices(exempt.id);
    const exemptDocument = await documentOf(exemptNotice?.document_id ?? null);
    expect(exemptDocument).toMatchObject({
      access: "exempt",
      exemption_basis: "Offl. § 13 jf. fvl. § 13",
    });

    const mails = await outbox();
    expect(mails).toHaveLength(2);
    const openMail = mails.find((mail) => mail.subject.includes("Ny barnehage"));
    expect(openMail?.to).toBe("Kari Saksbehandler <kari@kommune.example>");
    expect(openMail?.text).toContain("Barnehagen bygges med 80 plasser.");
    const exemptMail = mails.find((mail) => mail !== openMail);
    expect(exemptMail?.subject).not.toContain("Ola Hansen");
    expect(exemptMail?.text).not.toContain("Ola Hansen");
    expect(exemptMail?.text).toContain("unntatt offentlighet");

    // A second run, as a retried or repeated job, sends nothing more.
    await commit(database.db, (tx) => requestDecisionNotices(tx, meeting.id));
    await runJobs();
    expect(await notices(open.id)).toHaveLength(1);
    expect(await outbox()).toHaveLength(2);
  });

  it("sends a new notice that replaces the old when the decision is corrected or withdrawn", async () => {
    const { open, meeting, items } = await heldMeeting();
    await runJobs();
    const itemId = items[0]?.id ?? 0;
    await commitOrThrow(database.db, async (tx) =>
      recordDecision({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        itemId,
        decision: "Barnehagen bygges med 100 plasser.",
        decidedAt: new Date(meeting.starts_at.getTime() + 60_000),
        now: new Date(),
        tx,
      }),
    );
    await runJobs();
    const [first, second] = await notices(open.id);
    expect(first?.replaced_by_id).toBe(second?.id);
    expect(second).toMatchObject({
      decision: "Barnehagen bygges med 100 plasser.",
      replaced_by_id: null,
    });
    const firstDocument = await documentOf(first?.document_id ?? null);
    expect(firstDocument.replaced_by_id).toBe(second?.document_id);
    const corrected = (await outbox()).filter((mail) => mail.text.includes("100 plasser"));
    expect(corrected).toHaveLength(1);
    expect(corrected[0]?.text).toContain("Vedtaket er rettet");

    await commitOrThrow(database.db, async (tx) =>
      withdrawDecision({
        actor: TEST_ACTOR,
        meeting: await lockMeeting(tx, meeting.id),
        itemId,
        now: new Date(),
        tx,
      }),
    );
    await runJobs();
    const all = await notices(open.id);
    expect(all).toHaveLength(3);
    expect(all[1]?.replaced_by_id).toBe(all[2]?.id);
    expect(all[2]).toMatchObject({ decision: "", replaced_by_id: null });
    expect((await outbox()).some((mail) => mail.subject.startsWith("Vedtak trukket tilbake"))).toBe(
      true,
    );
  });
});

describe.skipIf(skipPdfToolSuite("saksprotokoll PDF"))("the saksprotokoll PDF", () => {
  it("is a PDF/A with its fonts embedded that says the item, the vote and the decision", async () => {
    const { open } = await heldMeeting();
    await runJobs();
    const [notice] = await notices(open.id);
    const document = await documentOf(notice?.document_id ?? null);
    const pdf = await database.blobs.get(document.sha256);
    if (!pdf) throw new Error("the saksprotokoll's blob is missing");
    const check = await pdfTool("qpdf", ["--check"], pdf);
    expect(check.status).toBe(0);
    const info = await pdfTool("pdfinfo", ["-meta"], pdf);
    expect(info.stdout).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(info.stdout).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
    const rows = (await pdfTool("pdffonts", [], pdf)).stdout.trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    // Every font from the shipped family, embedded, subset and with a unicode map.
    for (const row of rows)
      expect(row).toMatch(/^[A-Z]{6}\+SourceSans3-.*Identity-H\s+yes\s+yes\s+yes\s/);
    const text = (await pdfTool("pdftotext", [], pdf)).stdout.replace(/\s+/g, " ");
    expect(text).toContain("Saksprotokoll");
    expect(text).toContain("Formannskapet");
    expect(text).toContain("Ny barnehage på Øvre Ås");
    expect(text).toContain(open.archiveCaseNumber);
    expect(text).toContain("Barnehagen bygges med 80 plasser.");
  });
});
