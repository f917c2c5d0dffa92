import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Outcome } from "../src/commit/outcome.ts";
import type { Database } from "../src/db/database.ts";
import { addProposal } from "../src/features/console/add-proposal.ts";
import { recordVote } from "../src/features/console/record-vote.ts";
import { addMinutesNote } from "../src/features/minutes/add-minutes-note.ts";
import { chooseMinutesApproval } from "../src/features/minutes/choose-minutes-approval.ts";
import { chooseMinutesSigners } from "../src/features/minutes/choose-minutes-signers.ts";
import { editMinutesText } from "../src/features/minutes/edit-minutes-text.ts";
import { loadMinutes } from "../src/features/minutes/load-minutes.ts";
import { APPROVED_REFUSAL } from "../src/features/minutes/minutes-record.ts";
import { revertMinutesText } from "../src/features/minutes/revert-minutes-text.ts";
import { setMinutesHeader } from "../src/features/minutes/set-minutes-header.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { type ConsoleArgs, inConsole, newKey, sitMeeting } from "./factories/treatment.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let db: Database;
let s: SeatedMeeting;
let proposalId: number;
let voteId: number;
let itemId: number;

beforeEach(async () => {
  database = await createTestDatabase("empty");
  db = database.db;
  s = await buildSeatedMeeting(db, { items: 1 });
  ({ itemId } = await sitMeeting(db, s));
  ({ proposalId } = await ok((args) =>
    addProposal({
      ...args,
      itemId,
      kind: "alternative",
      text: "Kommunen bygger ny skole.",
      madeByPersonId: s.a.members[1] ?? 0,
      partyIds: [],
      amends: null,
      referredTo: null,
    }),
  ));
  ({ voteId } = await ok((args) =>
    recordVote({
      ...args,
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
  await database.close();
});

const run = <T>(work: (args: ConsoleArgs) => Promise<Outcome<T>>) =>
  inConsole(db, s.meeting.id, work);

async function ok<T>(work: (args: ConsoleArgs) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await run(work);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
}

const errorsOf = (outcome: Outcome<unknown>) => (outcome.ok ? {} : outcome.errors);

const treatment = async () =>
  (await loadMinutes(db, { meetingId: s.meeting.id, audience: "members" })).items[0]?.treatment ??
  [];

const storedCount = async () =>
  Number(
    (
      await db
        .selectFrom("minutes_text")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("the secretary's edits over the draft", () => {
  it("writes over a drafted paragraph, shows it stale when the console's text changes, and takes it back", async () => {
    const key = `proposal:${proposalId}`;
    await ok((args) =>
      editMinutesText({ ...args, itemId, key, text: "Kommunen bygger ny skole på Nordby.\r\n" }),
    );
    let paragraph = (await treatment()).find((entry) => entry.key === key);
    expect(paragraph).toMatchObject({
      text: "Kommunen bygger ny skole på Nordby.",
      drafted: "Kommunen bygger ny skole.",
      edited: true,
      stale: false,
    });
    // A correction of the proposal's text in the console, after the secretary's edit.
    await db
      .updateTable("proposal")
      .set({ text: "Kommunen bygger ny skole i sentrum." })
      .where("id", "=", proposalId)
      .execute();
    paragraph = (await treatment()).find((entry) => entry.key === key);
    expect(paragraph).toMatchObject({ edited: true, stale: true });

    await ok((args) => revertMinutesText({ ...args, itemId, key }));
    paragraph = (await treatment()).find((entry) => entry.key === key);
    expect(paragraph).toMatchObject({ text: "Kommunen bygger ny skole i sentrum.", edited: false });
    expect(
      errorsOf(await run((args) => revertMinutesText({ ...args, itemId, key }))).form,
    ).toContain("ikke endret");
  });

  it("refuses to write over a vote's result, an empty text and one too long, and changes nothing", async () => {
    const vote = await run((args) =>
      editMinutesText({ ...args, itemId, key: `vote:${voteId}`, text: "Enstemmig vedtatt." }),
    );
    expect(errorsOf(vote).form).toBe(
      "Et voteringsresultat rettes i møtekonsollen, ikke i protokollteksten.",
    );
    const key = `proposal:${proposalId}`;
    expect(
      errorsOf(await run((args) => editMinutesText({ ...args, itemId, key, text: "  " }))).text,
    ).toBe("Skriv teksten.");
    expect(
      errorsOf(
        await run((args) => editMinutesText({ ...args, itemId, key, text: "x".repeat(20_001) })),
      ).text,
    ).toContain("høyst");
    expect(
      errorsOf(
        await run((args) =>
          editMinutesText({ ...args, itemId, key: "proposal:999999", text: "Tekst" }),
        ),
      ).form,
    ).toContain("finnes ikke");
    expect(await storedCount()).toBe(0);
    expect((await treatment()).find((entry) => entry.key === `vote:${voteId}`)?.text).toMatch(
      / ble enstemmig vedtatt\.$/,
    );
  });

  it("adds a note after a paragraph, once per place", async () => {
    await ok((args) =>
      addMinutesNote({
        ...args,
        itemId,
        after: `vote:${voteId}`,
        text: "Protokolltilførsel fra H.",
      }),
    );
    const kinds = (await treatment()).map((entry) => [entry.kind, entry.text]);
    expect(kinds[kinds.length - 1]).toEqual(["note", "Protokolltilførsel fra H."]);
    expect(
      errorsOf(
        await run((args) =>
          addMinutesNote({ ...args, itemId, after: `vote:${voteId}`, text: "Til" }),
        ),
      ).text,
    ).toContain("allerede");
    await ok((args) =>
      addMinutesNote({ ...args, itemId, after: "start", text: "Saken ble drøftet." }),
    );
    expect((await treatment())[0]?.text).toBe("Saken ble drøftet.");
  });

  it("sets the header texts and chooses signers among those present and the approval method", async () => {
    await ok((args) =>
      setMinutesHeader({
        ...args,
        texts: {
          othersPresent: "Kommunedirektør Liv Berg",
          noticeRemarks: "",
          agendaRemarks: "Ingen merknader.",
        },
      }),
    );
    const tooLong = await run((args) =>
      setMinutesHeader({
        ...args,
        texts: { othersPresent: "x".repeat(20_001), noticeRemarks: "", agendaRemarks: "" },
      }),
    );
    expect(errorsOf(tooLong).othersPresent).toContain("høyst");
    const stranger = s.a.substitutes[0] ?? 0;
    expect(
      errorsOf(await run((args) => chooseMinutesSigners({ ...args, personIds: [stranger] })))
        .signers,
    ).toContain("til stede");
    expect(
      errorsOf(await run((args) => chooseMinutesSigners({ ...args, personIds: [] }))).signers,
    ).toContain("minst ett");
    const signers = [s.b.members[0] ?? 0, s.a.members[1] ?? 0];
    await ok((args) => chooseMinutesSigners({ ...args, personIds: signers }));
    await ok((args) => chooseMinutesApproval({ ...args, approval: "meeting" }));
    const minutes = await loadMinutes(db, { meetingId: s.meeting.id, audience: "members" });
    expect(minutes.othersPresent.text).toBe("Kommunedirektør Liv Berg");
    expect(minutes.agendaRemarks.text).toBe("Ingen merknader.");
    expect(minutes.signers.map((signer) => signer.personId)).toEqual(signers);
    const row = await db
      .selectFrom("minutes")
      .select("approval")
      .where("meeting_id", "=", s.meeting.id)
      .executeTakeFirstOrThrow();
    expect(row.approval).toBe("meeting");
  });

  it("refuses every change once the minutes are approved", async () => {
    await ok((args) => chooseMinutesApproval({ ...args, approval: "signatures" }));
    await db
      .updateTable("minutes")
      .set({ approved_at: new Date() })
      .where("meeting_id", "=", s.meeting.id)
      .execute();
    const key = `proposal:${proposalId}`;
    const attempts = [
      await run((args) => editMinutesText({ ...args, itemId, key, text: "Ny tekst" })),
      await run((args) => addMinutesNote({ ...args, itemId, after: key, text: "Merknad" })),
      await run((args) => revertMinutesText({ ...args, itemId, key })),
      await run((args) =>
        setMinutesHeader({
          ...args,
          texts: { othersPresent: "A", noticeRemarks: "", agendaRemarks: "" },
        }),
      ),
      await run((args) => chooseMinutesSigners({ ...args, personIds: [s.a.members[0] ?? 0] })),
      await run((args) => chooseMinutesApproval({ ...args, approval: "meeting" })),
    ];
    for (const attempt of attempts) expect(errorsOf(attempt).form).toBe(APPROVED_REFUSAL);
    expect(await storedCount()).toBe(0);
  });
});
