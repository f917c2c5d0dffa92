import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Outcome } from "../src/commit/outcome.ts";
import type { Database } from "../src/db/database.ts";
import { addProposal } from "../src/features/console/add-proposal.ts";
import { closeItem } from "../src/features/console/close-item.ts";
import { declareConflict } from "../src/features/console/declare-conflict.ts";
import { recordAttendance } from "../src/features/console/record-attendance.ts";
import { recordVote } from "../src/features/console/record-vote.ts";
import { ruleOnConflict } from "../src/features/console/rule-on-conflict.ts";
import { startItem } from "../src/features/console/start-item.ts";
import { loadMinutes } from "../src/features/minutes/load-minutes.ts";
import type { MinutesItem } from "../src/features/minutes/minutes-model.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "./factories/console.ts";
import { type ConsoleArgs, inConsole, newKey, sitMeeting } from "./factories/treatment.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

let database: TestDatabase;
let db: Database;
let s: SeatedMeeting;
beforeEach(async () => {
  database = await createTestDatabase("empty");
  db = database.db;
  s = await buildSeatedMeeting(db);
});
afterEach(async () => {
  await database.close();
});

async function ok<T>(work: (args: ConsoleArgs) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await inConsole(db, s.meeting.id, work);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
}

const item = (index: number): number => s.items[index]?.id ?? 0;

async function nameOf(personId: number): Promise<string> {
  const row = await db
    .selectFrom("person")
    .select(["given_name", "family_name"])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  return `${row.given_name} ${row.family_name}`;
}

async function partyCode(listId: number): Promise<string> {
  const row = await db
    .selectFrom("party")
    .select("short_name")
    .where("id", "=", listId)
    .executeTakeFirstOrThrow();
  return row.short_name;
}

const all = () => [...s.a.members, ...s.b.members];

/** A proposal by the given member, voted on by name: the given members for, the rest against. */
async function proposeAndVote(itemId: number, maker: number, text: string, forIds: number[]) {
  const { proposalId } = await ok((args) =>
    addProposal({
      ...args,
      itemId,
      kind: "alternative",
      text,
      madeByPersonId: maker,
      partyIds: [],
      amends: null,
      referredTo: null,
    }),
  );
  await ok((args) =>
    recordVote({
      ...args,
      itemId,
      proposal: proposalId,
      against: null,
      counting: {
        by: "member",
        members: all()
          .filter((id) => !excluded.has(id))
          .map((personId) => ({ personId, votedFor: forIds.includes(personId) })),
      },
      chairVoted: null,
      idempotencyKey: newKey(),
    }),
  );
  return proposalId;
}
const excluded = new Set<number>();

const paragraphs = (entry: MinutesItem | undefined) =>
  (entry?.treatment ?? []).map((paragraph) => paragraph.text).join("\n");

describe("the minutes drafted from the console", () => {
  beforeEach(() => excluded.clear());

  it("writes each item's treatment in minutes wording, with the header from the roll call", async () => {
    await sitMeeting(db, s);
    const maker = s.a.members[1] ?? 0;
    await proposeAndVote(item(0), maker, "Kommunen bygger ny skole på Nordby.", s.a.members);
    // Item 2: a member leaves before it, another declares a conflict and is ruled disqualified.
    const leaving = s.b.members[1] ?? 0;
    await ok((args) =>
      recordAttendance({ ...args, itemId: item(1), personId: leaving, kind: "left" }),
    );
    await ok((args) => startItem({ ...args, itemId: item(1) }));
    const conflicted = s.a.members[2] ?? 0;
    const { conflictId } = await ok((args) =>
      declareConflict({
        ...args,
        itemId: item(1),
        personId: conflicted,
        basis: "fvl_6_first",
        grounds: "Er styreleder i tiltakshaver",
      }),
    );
    await ok((args) =>
      ruleOnConflict({ ...args, conflictId, votesFor: 3, votesAgainst: 0, chairVote: null }),
    );
    excluded.add(leaving);
    excluded.add(conflicted);
    await proposeAndVote(item(1), maker, "Saken sendes tilbake.", [
      s.a.members[0] ?? 0,
      s.a.members[1] ?? 0,
      s.b.members[0] ?? 0,
    ]);

    const minutes = await loadMinutes(db, { meetingId: s.meeting.id, audience: "members" });
    const [a, b] = [await partyCode(s.a.listId), await partyCode(s.b.listId)];
    const makerName = await nameOf(maker);
    expect(minutes.present.map((person) => person.personId).sort()).toEqual(all().sort());
    expect(minutes.chair?.personId).toBe(s.a.members[0]);
    expect(minutes.openedAt).not.toBeNull();

    const first = minutes.items[0];
    expect(first?.treatment.map((paragraph) => paragraph.kind)).toEqual(["proposal", "vote"]);
    expect(first?.treatment[0]?.heading).toBe(`Forslag 1 fra ${makerName} (${a}):`);
    expect(first?.treatment[0]?.text).toBe("Kommunen bygger ny skole på Nordby.");
    const vote = first?.treatment[1];
    expect(vote?.editable).toBe(false);
    expect(vote?.text).toBe(
      `Forslag 1 fra ${makerName} (${a}) ble vedtatt med 3 mot 2 stemmer. Mot stemte: ${b} (2: ${[
        await nameOf(s.b.members[0] ?? 0),
        await nameOf(leaving),
      ]
        .sort((x, y) => x.localeCompare(y, "nb"))
        .join(", ")}).`,
    );
    expect(first?.decision?.text).toBe("Kommunen bygger ny skole på Nordby.");

    const second = paragraphs(minutes.items[1]);
    expect(second).toContain(
      `${await nameOf(leaving)} (${b}) forlot møtet før behandlingen av sak ${minutes.items[1]?.numberLabel}.`,
    );
    const conflictedName = await nameOf(conflicted);
    expect(second).toContain(
      `${conflictedName} (${a}) erklærte seg inhabil etter fvl. § 6 første ledd: Er styreleder i tiltakshaver.`,
    );
    expect(second).toContain(
      `fant ${conflictedName} inhabil med 3 mot 0 stemmer. ${conflictedName} fratrådte under behandlingen av saken.`,
    );
    expect(second).toContain("ble enstemmig vedtatt.");
  });

  it("gives the public a closed item's title and basis only: no names, proposal texts or counts", async () => {
    await sitMeeting(db, s);
    await ok((args) => startItem({ ...args, itemId: item(1) }));
    await ok((args) =>
      closeItem({
        ...args,
        itemId: item(1),
        ground: "employee",
        basis: "Offl. § 25",
      }),
    );
    const maker = s.b.members[0] ?? 0;
    await proposeAndVote(item(1), maker, "Hemmelig forslag om Rektor Hansen.", s.a.members);
    const conflicted = s.a.members[2] ?? 0;
    await ok((args) =>
      declareConflict({
        ...args,
        itemId: item(1),
        personId: conflicted,
        basis: "fvl_6_second",
        grounds: "Nabo av søkeren",
      }),
    );

    const members = await loadMinutes(db, { meetingId: s.meeting.id, audience: "members" });
    expect(paragraphs(members.items[1])).toContain("Hemmelig forslag");
    expect(paragraphs(members.items[1])).toContain(
      "Møtet ble lukket under behandlingen av saken, jf. kl. § 11-5 andre ledd (Offl. § 25).",
    );

    const publicMinutes = await loadMinutes(db, { meetingId: s.meeting.id, audience: "public" });
    const closed = publicMinutes.items[1];
    expect(closed?.exemptBasis).toBe("Offl. § 25");
    expect(closed?.treatment.map((paragraph) => paragraph.text)).toEqual([
      "Saken ble behandlet for lukkede dører, jf. Offl. § 25.",
    ]);
    expect(closed?.decision).toBeNull();
    expect(closed?.decisionWithheldBasis).toBe("Offl. § 25");
    const json = JSON.stringify(closed);
    for (const secret of [
      "Hemmelig",
      "Hansen",
      "Nabo",
      await nameOf(maker),
      await nameOf(conflicted),
      "3 mot 2",
      "stemte",
    ])
      expect(json).not.toContain(secret);
  });

  it("shows a closed item's decision to the public once the secretariat has answered it may", async () => {
    await sitMeeting(db, s);
    await ok((args) => startItem({ ...args, itemId: item(1) }));
    await ok((args) =>
      closeItem({ ...args, itemId: item(1), ground: "privacy", basis: "Offl. § 13" }),
    );
    await proposeAndVote(item(1), s.a.members[0] ?? 0, "Søknaden innvilges.", all());
    await db
      .insertInto("minutes_item_access")
      .values({
        agenda_item_id: item(1),
        decision_public: true,
        withheld_basis: null,
        answered_at: new Date(),
        answered_by_name: "Testdata",
      })
      .execute();
    const publicMinutes = await loadMinutes(db, { meetingId: s.meeting.id, audience: "public" });
    expect(publicMinutes.items[1]?.decision?.text).toBe("Søknaden innvilges.");
    expect(publicMinutes.items[1]?.decisionWithheldBasis).toBeNull();
    expect(JSON.stringify(publicMinutes.items[1]?.treatment)).not.toContain("Søknaden");
  });
});
