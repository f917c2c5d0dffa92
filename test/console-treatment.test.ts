import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { addProposal } from "../src/features/console/add-proposal.ts";
import { addSpeaker } from "../src/features/console/add-speaker.ts";
import { closeSpeakerList } from "../src/features/console/close-speaker-list.ts";
import { createElection } from "../src/features/console/create-election.ts";
import { giveFloor } from "../src/features/console/give-floor.ts";
import { recordElectionRound } from "../src/features/console/record-election-round.ts";
import { recordVote, type VoteCounting } from "../src/features/console/record-vote.ts";
import { loadTreatment } from "../src/features/console/treatment-queries.ts";
import { withdrawProposal } from "../src/features/console/withdraw-proposal.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { inConsole, newKey, sitMeeting } from "./factories/treatment.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let db: Database;
let seated: SeatedMeeting;
beforeEach(async () => {
  database = await createTestDatabase("empty");
  db = database.db;
  seated = await buildSeatedMeeting(db);
});
afterEach(async () => {
  await database.close();
});

const partyCode = async (listId: number): Promise<string> =>
  (
    await db
      .selectFrom("party")
      .select("short_name")
      .where("id", "=", listId)
      .executeTakeFirstOrThrow()
  ).short_name;

async function byParty(a: [number, number], b: [number, number]): Promise<VoteCounting> {
  return {
    by: "party",
    parties: [
      { partyCode: await partyCode(seated.a.listId), votesFor: a[0], votesAgainst: a[1] },
      { partyCode: await partyCode(seated.b.listId), votesFor: b[0], votesAgainst: b[1] },
    ],
  };
}

const vote = (
  itemId: number,
  options: {
    proposal: number | "recommendation";
    against?: number | "recommendation" | null;
    counting: VoteCounting;
    chairVoted?: "for" | "against" | null;
    key?: string;
  },
) =>
  inConsole(db, seated.meeting.id, (args) =>
    recordVote({
      ...args,
      itemId,
      proposal: options.proposal,
      against: options.against ?? null,
      counting: options.counting,
      chairVoted: options.chairVoted ?? null,
      idempotencyKey: options.key ?? newKey(),
    }),
  );

const propose = (
  itemId: number,
  options: {
    kind: "alternative" | "amendment" | "addition" | "referral" | "postponement";
    text: string;
    by?: number;
    parties?: number[];
    amends?: number | "recommendation" | null;
    referredTo?: string | null;
  },
) =>
  inConsole(db, seated.meeting.id, (args) =>
    addProposal({
      ...args,
      itemId,
      kind: options.kind,
      text: options.text,
      madeByPersonId: options.by ?? seated.b.members[0] ?? 0,
      partyIds: options.parties ?? [],
      amends: options.amends ?? null,
      referredTo: options.referredTo ?? null,
    }),
  );

const itemRow = (itemId: number) =>
  db
    .selectFrom("agenda_item")
    .select(["decision", "decided_at", "postponed_at", "postponement"])
    .where("id", "=", itemId)
    .executeTakeFirstOrThrow();

const countRows = async (table: "vote" | "proposal" | "audit_log") =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("votes on an item", () => {
  it("adopts the recommendation by majority, keeps the party lines and records the decision", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const outcome = await vote(itemId, {
      proposal: "recommendation",
      counting: await byParty([3, 0], [0, 2]),
    });
    expect(outcome).toMatchObject({
      ok: true,
      value: { summary: "Innstillingen ble vedtatt med 3 mot 2 stemmer." },
    });
    const recommendation = await db
      .selectFrom("case")
      .innerJoin("agenda_item", "agenda_item.case_id", "case.id")
      .select("case.recommendation")
      .where("agenda_item.id", "=", itemId)
      .executeTakeFirstOrThrow();
    const item = await itemRow(itemId);
    expect(item.decision).toBe(recommendation.recommendation);
    const lines = await db
      .selectFrom("vote_party_count")
      .select(["votes_for", "votes_against"])
      .orderBy("position")
      .execute();
    expect(lines.map((line) => [line.votes_for, line.votes_against]).sort()).toEqual([
      [0, 2],
      [3, 0],
    ]);
    const treatment = (await loadTreatment(db, [itemId], "workspace")).get(itemId);
    expect(treatment?.proposals[0]).toMatchObject({
      number: 0,
      kind: "recommendation",
      outcome: "adopted",
    });
  });

  it("refuses a count that does not match those present, and records nothing", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const before = await countRows("vote");
    const outcome = await vote(itemId, {
      proposal: "recommendation",
      counting: await byParty([2, 0], [0, 2]),
    });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        counts:
          "Det er talt 4 stemmer, men 5 er til stede og har stemmerett. Alle som er til stede, plikter å stemme (kl. § 8-1).",
      },
    });
    expect(await countRows("vote")).toBe(before);
    expect((await itemRow(itemId)).decision).toBeNull();
  });

  it("refuses a party counted with more votes than it has present", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const outcome = await vote(itemId, {
      proposal: "recommendation",
      counting: await byParty([4, 0], [0, 1]),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors.counts).toMatch(/har 3 til stede, men er ført med 4 stemmer/);
  });

  it("refuses a vote without a quorum, with the reason", async () => {
    const { itemId } = await sitMeeting(db, seated, [
      seated.a.members[0] ?? 0,
      seated.b.members[0] ?? 0,
    ]);
    const outcome = await vote(itemId, {
      proposal: "recommendation",
      counting: { by: "unanimous" },
    });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        form: "Utvalget er ikke vedtaksført: 2 av 5 medlemmer er til stede og stemmer, og minst 3 må være det (kl. § 11-9 første ledd).",
      },
    });
  });

  it("lets the chair's vote decide a tied alternative vote, and the adopted alternative is the decision", async () => {
    const present = [seated.a.members[0] ?? 0, seated.a.members[1] ?? 0, ...seated.b.members];
    const { itemId } = await sitMeeting(db, seated, present);
    const alternative = await propose(itemId, {
      kind: "alternative",
      text: "Saken sendes tilbake til kommunedirektøren for ny vurdering.",
      parties: [seated.b.listId],
    });
    if (!alternative.ok) throw new Error(JSON.stringify(alternative.errors));
    const tie = await byParty([2, 0], [0, 2]);
    const asked = await vote(itemId, {
      proposal: "recommendation",
      against: alternative.value.proposalId,
      counting: tie,
    });
    expect(asked.ok).toBe(false);
    if (!asked.ok)
      expect(asked.errors.counts).toMatch(/oppgi hvilket forslag møtelederen stemte for/);
    const decided = await vote(itemId, {
      proposal: "recommendation",
      against: alternative.value.proposalId,
      counting: tie,
      chairVoted: "against",
    });
    expect(decided).toMatchObject({
      ok: true,
      value: { adoptedProposalId: alternative.value.proposalId },
    });
    expect((await itemRow(itemId)).decision).toBe(
      "Saken sendes tilbake til kommunedirektøren for ny vurdering.",
    );
    const row = await db
      .selectFrom("vote")
      .select(["decided_by_chair", "basis"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      decided_by_chair: true,
      basis: "Stemmelikhet: møtelederens stemme er avgjørende (kl. § 11-9).",
    });
  });

  it("puts an adopted addition into the decision after the text it adds to", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const addition = await propose(itemId, {
      kind: "addition",
      text: "Kommunestyret ber om en orientering innen sommeren.",
      amends: "recommendation",
    });
    if (!addition.ok) throw new Error(JSON.stringify(addition.errors));
    expect(
      (await vote(itemId, { proposal: addition.value.proposalId, counting: { by: "unanimous" } }))
        .ok,
    ).toBe(true);
    expect((await itemRow(itemId)).decision).toBeNull();
    expect(
      (await vote(itemId, { proposal: "recommendation", counting: { by: "unanimous" } })).ok,
    ).toBe(true);
    expect((await itemRow(itemId)).decision).toMatch(
      /\n\nKommunestyret ber om en orientering innen sommeren\.$/,
    );
  });

  it("leaves the decision to the secretary when an amendment changed the wording", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const amendment = await propose(itemId, {
      kind: "amendment",
      text: "«2027» endres til «2028».",
      amends: "recommendation",
    });
    if (!amendment.ok) throw new Error(JSON.stringify(amendment.errors));
    await vote(itemId, { proposal: amendment.value.proposalId, counting: { by: "unanimous" } });
    await vote(itemId, { proposal: "recommendation", counting: { by: "unanimous" } });
    expect((await itemRow(itemId)).decision).toBeNull();
  });

  it("never votes on a referral, and never on one proposal twice", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const referral = await propose(itemId, {
      kind: "referral",
      text: "Formannskapet ser på parkeringsreglene.",
      referredTo: "Formannskapet",
    });
    if (!referral.ok) throw new Error(JSON.stringify(referral.errors));
    const refused = await vote(itemId, {
      proposal: referral.value.proposalId,
      counting: { by: "unanimous" },
    });
    expect(refused).toEqual({
      ok: false,
      errors: { proposal: "Et oversendelsesforslag sendes over uten votering." },
    });
    expect(
      (await vote(itemId, { proposal: "recommendation", counting: { by: "unanimous" } })).ok,
    ).toBe(true);
    const again = await vote(itemId, { proposal: "recommendation", counting: { by: "unanimous" } });
    expect(again).toEqual({
      ok: false,
      errors: { proposal: "Det er allerede stemt over innstillingen." },
    });
  });

  it("keeps a vote's key unique, so no path can count one request twice", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const alternative = await propose(itemId, { kind: "alternative", text: "Et annet forslag." });
    if (!alternative.ok) throw new Error(JSON.stringify(alternative.errors));
    const key = newKey();
    expect(
      (await vote(itemId, { proposal: "recommendation", counting: { by: "unanimous" }, key })).ok,
    ).toBe(true);
    await expect(
      vote(itemId, { proposal: alternative.value.proposalId, counting: { by: "unanimous" }, key }),
    ).rejects.toThrow();
    expect(await countRows("vote")).toBe(1);
  });

  it("postpones the item when a postponement is adopted, and treats it no further", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const postpone = await propose(itemId, {
      kind: "postponement",
      text: "Saken utsettes til neste møte.",
    });
    if (!postpone.ok) throw new Error(JSON.stringify(postpone.errors));
    expect(
      (
        await vote(itemId, {
          proposal: postpone.value.proposalId,
          counting: await byParty([3, 0], [2, 0]),
        })
      ).ok,
    ).toBe(true);
    const item = await itemRow(itemId);
    expect(item.postponement).toBe("Saken utsettes til neste møte.");
    expect(item.decision).toBeNull();
    const more = await propose(itemId, { kind: "alternative", text: "Noe annet." });
    expect(more).toEqual({ ok: false, errors: { form: "Saken er utsatt." } });
  });

  it("refuses treatment of an item that has not been started", async () => {
    await sitMeeting(db, seated);
    const second = seated.items[1]?.id ?? 0;
    const outcome = await propose(second, { kind: "alternative", text: "Et forslag." });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        form: "Start behandlingen av saken før du fører forslag, voteringer eller talere.",
      },
    });
  });
});

describe("proposals", () => {
  it("keeps the text as entered, the parties of a joint proposal, and a withdrawal", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const text = "  Kommunestyret vedtar\n\n– punkt 1\n– punkt 2  ";
    const made = await propose(itemId, {
      kind: "alternative",
      text,
      parties: [seated.a.listId, seated.b.listId],
    });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    expect(made.value.number).toBe(1);
    const withdrawn = await inConsole(db, seated.meeting.id, (args) =>
      withdrawProposal({ ...args, itemId, proposalId: made.value.proposalId }),
    );
    expect(withdrawn.ok).toBe(true);
    const treatment = (await loadTreatment(db, [itemId], "workspace")).get(itemId);
    const proposal = treatment?.proposals.find((row) => row.number === 1);
    expect(proposal?.text).toBe(text);
    expect(proposal?.parties).toHaveLength(2);
    expect(proposal?.withdrawn).toBe(true);
    const voteOnIt = await vote(itemId, {
      proposal: made.value.proposalId,
      counting: { by: "unanimous" },
    });
    expect(voteOnIt).toEqual({ ok: false, errors: { proposal: "Forslag 1 er trukket." } });
  });

  it("refuses an empty proposal and an amendment that names nothing", async () => {
    const { itemId } = await sitMeeting(db, seated);
    expect(await propose(itemId, { kind: "alternative", text: "   " })).toEqual({
      ok: false,
      errors: { text: "Skriv forslaget." },
    });
    expect(await propose(itemId, { kind: "amendment", text: "Endring." })).toEqual({
      ok: false,
      errors: { amends: "Velg forslaget som endres eller får et tillegg." },
    });
  });
});

describe("elections", () => {
  it("holds a new vote without a majority, asks for the lot on a tie, and records the draw", async () => {
    const { itemId } = await sitMeeting(db, seated);
    const election = await inConsole(db, seated.meeting.id, (args) =>
      createElection({
        ...args,
        itemId,
        title: "Valg av nestleder",
        candidates: [
          { name: "Ada Berg", proposedBy: "A" },
          { name: "Per Dahl", proposedBy: "B" },
          { name: "Kari Eik", proposedBy: "B" },
        ],
      }),
    );
    if (!election.ok) throw new Error(JSON.stringify(election.errors));
    const candidates = await db
      .selectFrom("election_candidate")
      .select("id")
      .orderBy("position")
      .execute();
    const [ada, per, kari] = candidates.map((candidate) => candidate.id) as [
      number,
      number,
      number,
    ];
    const round = (
      votes: [number, number, number],
      blank: number,
      lotWinnerId: number | null = null,
    ) =>
      inConsole(db, seated.meeting.id, (args) =>
        recordElectionRound({
          ...args,
          itemId,
          electionId: election.value.electionId,
          votes: new Map([
            [ada, votes[0]],
            [per, votes[1]],
            [kari, votes[2]],
          ]),
          blank,
          lotWinnerId,
          idempotencyKey: newKey(),
        }),
      );
    expect(await round([2, 2, 1], 0)).toMatchObject({
      ok: true,
      value: { electedCandidateId: null },
    });
    const tie = await round([2, 2, 0], 1);
    expect(tie.ok).toBe(false);
    if (!tie.ok) expect(tie.errors.counts).toMatch(/avgjøres ved loddtrekning/);
    const drawn = await round([2, 2, 0], 1, per);
    expect(drawn).toMatchObject({ ok: true, value: { electedCandidateId: per } });
    const rows = await db
      .selectFrom("election_round")
      .select(["round", "status", "by_lot", "drawn_between"])
      .orderBy("round")
      .execute();
    expect(rows).toEqual([
      { round: 1, status: "new_vote", by_lot: false, drawn_between: [] },
      { round: 2, status: "elected", by_lot: true, drawn_between: [ada, per] },
    ]);
    expect(await round([5, 0, 0], 0)).toEqual({
      ok: false,
      errors: { form: "Valget er avgjort." },
    });
  });
});

describe("the list of speakers", () => {
  it("gives the floor in turn, takes replies and answers, and closes the list with a strek", async () => {
    await db
      .updateTable("body")
      .set({ settings: JSON.stringify({ repliesPerSpeech: 1 }) })
      .where("id", "=", seated.bodyId)
      .execute();
    const { itemId } = await sitMeeting(db, seated);
    const [first, second] = seated.a.members as [number, number];
    const [other] = seated.b.members as [number];
    const add = (
      kind: "speech" | "reply" | "answer",
      personId: number,
      replyToId: number | null = null,
    ) =>
      inConsole(db, seated.meeting.id, (args) =>
        addSpeaker({ ...args, itemId, kind, personId, replyToId }),
      );
    const speech = await add("speech", first);
    if (!speech.ok) throw new Error(JSON.stringify(speech.errors));
    expect((await add("speech", other)).ok).toBe(true);
    expect((await add("reply", other, speech.value.entryId)).ok).toBe(true);
    expect(await add("reply", second, speech.value.entryId)).toEqual({
      ok: false,
      errors: { form: "Reglementet tillater 1 replikk til hvert innlegg." },
    });
    expect(await add("answer", other, speech.value.entryId)).toEqual({
      ok: false,
      errors: { person: "Bare den som hadde innlegget, svarer på replikkene." },
    });
    expect((await add("answer", first, speech.value.entryId)).ok).toBe(true);
    const floor = await inConsole(db, seated.meeting.id, (args) =>
      giveFloor({ ...args, itemId, entryId: speech.value.entryId }),
    );
    expect(floor.ok).toBe(true);
    let treatment = (await loadTreatment(db, [itemId], "workspace")).get(itemId);
    expect(treatment?.floor?.personId).toBe(first);
    // The speech's replies and answer come before the next speech.
    expect(treatment?.speakers.map((entry) => entry.kind)).toEqual([
      "speech",
      "reply",
      "answer",
      "speech",
    ]);
    expect(treatment?.next?.kind).toBe("reply");
    expect(
      (await inConsole(db, seated.meeting.id, (args) => closeSpeakerList({ ...args, itemId }))).ok,
    ).toBe(true);
    expect(await add("speech", second)).toEqual({
      ok: false,
      errors: { form: "Talerlisten er satt strek for, så det kan ikke tegnes flere innlegg." },
    });
    treatment = (await loadTreatment(db, [itemId], "workspace")).get(itemId);
    expect(treatment?.speakers).toHaveLength(4);
  });
});
