import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { addProposal } from "../src/features/console/add-proposal.ts";
import { recordVote } from "../src/features/console/record-vote.ts";
import { lockMeeting } from "../src/features/meetings/agenda-store.ts";
import { textFieldName } from "../src/features/minutes/minutes-editor-page.tsx";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { commitOrThrow, TEST_ACTOR } from "./factories/run.ts";
import { newKey, sitMeeting } from "./factories/treatment.ts";
import { type Agent, createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
let staff: Agent;
let seated: SeatedMeeting;
let itemId: number;
let proposalId: number;
let voteId: number;

beforeEach(async () => {
  t = await createTestApp("empty");
  db = t.app.db;
  staff = await signIn(t.app, "secretariat");
  seated = await buildSeatedMeeting(db, { items: 1 });
  ({ itemId } = await sitMeeting(db, seated));
  const args = async (tx: Database) => ({
    actor: TEST_ACTOR,
    meeting: await lockMeeting(tx, seated.meeting.id),
    now: new Date(),
    tx,
  });
  ({ proposalId } = await commitOrThrow(db, async (tx) =>
    addProposal({
      ...(await args(tx)),
      itemId,
      kind: "alternative",
      text: "Kommunen bygger ny skole.",
      madeByPersonId: seated.a.members[1] ?? 0,
      partyIds: [],
      amends: null,
      referredTo: null,
    }),
  ));
  ({ voteId } = await commitOrThrow(db, async (tx) =>
    recordVote({
      ...(await args(tx)),
      itemId,
      proposal: proposalId,
      against: null,
      counting: { by: "unanimous" },
      chairVoted: null,
      idempotencyKey: newKey(),
    }),
  ));
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

const page = () => `/admin/moter/${seated.meeting.id}/protokoll`;

describe("the minutes editor page", () => {
  it("shows the draft in reading order with a form per text and the vote linked to the console", async () => {
    const response = await staff.get(page());
    expect(response.statusCode).toBe(200);
    const body = text(response.body);
    expect(body).toContain("Utkast, ikke godkjent");
    expect(body).toContain("Kommunen bygger ny skole.");
    expect(body).toContain("ble enstemmig vedtatt.");
    expect(response.body).toContain(`name="${textFieldName(itemId, `proposal:${proposalId}`)}"`);
    expect(response.body).not.toContain(`name="${textFieldName(itemId, `vote:${voteId}`)}"`);
    expect(response.body).toContain(`/admin/moter/${seated.meeting.id}/konsoll/saker/${itemId}`);
    expect(response.body).toContain(`/admin/moter/${seated.meeting.id}/saker/${itemId}/vedtak`);
  });

  it("saves an edited paragraph, and shows the error at the field for an empty one without saving", async () => {
    const key = `proposal:${proposalId}`;
    const name = textFieldName(itemId, key);
    const empty = await staff.post(`${page()}/tekst`, { itemId: String(itemId), key, [name]: " " });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(`id="${name}-feil"`);
    expect(text(empty.body)).toContain("Skriv teksten.");
    const saved = await staff.post(`${page()}/tekst`, {
      itemId: String(itemId),
      key,
      [name]: "Kommunen bygger ny skole på Nordby.",
    });
    expect(saved.statusCode).toBe(303);
    const body = text((await staff.get(page())).body);
    expect(body).toContain("Kommunen bygger ny skole på Nordby.");
    expect(body).toContain("Tilbake til utkastet");
  });

  it("refuses a vote's text and signers who did not meet, with Norwegian messages", async () => {
    const vote = await staff.post(`${page()}/tekst`, {
      itemId: String(itemId),
      key: `vote:${voteId}`,
      [textFieldName(itemId, `vote:${voteId}`)]: "Annet resultat.",
    });
    expect(vote.statusCode).toBe(400);
    expect(text(vote.body)).toContain("rettes i møtekonsollen");
    const signers = await staff.post(`${page()}/godkjenning`, {
      signers: String(seated.a.substitutes[0]),
      approval: "signatures",
    });
    expect(signers.statusCode).toBe(400);
    expect(text(signers.body)).toContain("Bare medlemmer som var til stede");
    const none = await staff.post(`${page()}/godkjenning`, { approval: "signatures" });
    expect(none.statusCode).toBe(400);
    const rows = await db.selectFrom("minutes_signer").selectAll().execute();
    expect(rows).toEqual([]);
  });

  it("is for the secretariat only", async () => {
    const member = await signIn(t.app, "member");
    expect([403, 404]).toContain((await member.get(page())).statusCode);
  });
});
