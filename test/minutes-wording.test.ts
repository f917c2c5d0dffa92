import { describe, expect, it } from "vitest";
import {
  attendanceText,
  closureText,
  conflictText,
  electionText,
  exemptTreatmentText,
  listJoin,
  type PartyTally,
  postponementText,
  proposalHeading,
  referralText,
  voteText,
} from "../src/domain/minutes-wording.ts";

const tally = (party: string, votesFor: number, votesAgainst: number): PartyTally => ({
  party,
  votesFor,
  votesAgainst,
  namesFor: [],
  namesAgainst: [],
});

describe("votes in minutes wording", () => {
  it("says a unanimous adoption as such", () => {
    expect(
      voteText({
        kind: "proposal",
        firstLabel: "innstillingen",
        secondLabel: null,
        votesFor: 35,
        votesAgainst: 0,
        adopted: "first",
        decidedByChair: false,
        parties: [tally("Ap", 20, 0), tally("H", 15, 0)],
      }),
    ).toBe("Innstillingen ble enstemmig vedtatt.");
  });

  it("names the parties against when the proposal is adopted on a split vote", () => {
    expect(
      voteText({
        kind: "proposal",
        firstLabel: "innstillingen",
        secondLabel: null,
        votesFor: 25,
        votesAgainst: 10,
        adopted: "first",
        decidedByChair: false,
        parties: [
          tally("Ap", 16, 0),
          tally("H", 8, 0),
          tally("Sp", 1, 4),
          tally("KrF", 0, 2),
          tally("FrP", 0, 4),
        ],
      }),
    ).toBe(
      "Innstillingen ble vedtatt med 25 mot 10 stemmer. Mot stemte: Sp (4), KrF (2), FrP (4).",
    );
  });

  it("names the parties for when the proposal falls, and the members where names are recorded", () => {
    expect(
      voteText({
        kind: "proposal",
        firstLabel: "forslag 1 fra Kari Nordmann (Sp)",
        secondLabel: null,
        votesFor: 3,
        votesAgainst: 6,
        adopted: null,
        decidedByChair: false,
        parties: [
          {
            party: "Sp",
            votesFor: 2,
            votesAgainst: 0,
            namesFor: ["Kari Nordmann", "Ola Li"],
            namesAgainst: [],
          },
          { party: "Ap", votesFor: 1, votesAgainst: 6, namesFor: ["Per Dahl"], namesAgainst: [] },
        ],
      }),
    ).toBe(
      "Forslag 1 fra Kari Nordmann (Sp) falt med 6 mot 3 stemmer. For stemte: Sp (2: Kari Nordmann, Ola Li), Ap (1: Per Dahl).",
    );
  });

  it("says a proposal nobody voted for fell unanimously", () => {
    expect(
      voteText({
        kind: "proposal",
        firstLabel: "forslag 2 fra Per Dahl (Ap)",
        secondLabel: null,
        votesFor: 0,
        votesAgainst: 9,
        adopted: null,
        decidedByChair: false,
        parties: [tally("Ap", 0, 9)],
      }),
    ).toBe("Forslag 2 fra Per Dahl (Ap) falt enstemmig.");
  });

  it("says when a tie was decided by the chair's vote", () => {
    expect(
      voteText({
        kind: "proposal",
        firstLabel: "innstillingen",
        secondLabel: null,
        votesFor: 4,
        votesAgainst: 4,
        adopted: "first",
        decidedByChair: true,
        parties: [tally("Ap", 4, 0), tally("H", 0, 4)],
      }),
    ).toBe(
      "Innstillingen ble vedtatt med 4 mot 4 stemmer, med møteleders dobbeltstemme. Mot stemte: H (4).",
    );
  });

  it("writes an alternative vote between two proposals with the losing side's parties", () => {
    expect(
      voteText({
        kind: "alternative",
        firstLabel: "innstillingen",
        secondLabel: "forslag 1 fra Kari Nordmann (Sp)",
        votesFor: 20,
        votesAgainst: 15,
        adopted: "first",
        decidedByChair: false,
        parties: [tally("Ap", 12, 0), tally("H", 8, 0), tally("Sp", 0, 10), tally("KrF", 0, 5)],
      }),
    ).toBe(
      "Ved alternativ votering mellom innstillingen og forslag 1 fra Kari Nordmann (Sp) ble innstillingen vedtatt med 20 mot 15 stemmer. For forslag 1 fra Kari Nordmann (Sp) stemte: Sp (10), KrF (5).",
    );
  });

  it("writes an alternative vote the second proposal won", () => {
    expect(
      voteText({
        kind: "alternative",
        firstLabel: "innstillingen",
        secondLabel: "forslag 1 fra Kari Nordmann (Sp)",
        votesFor: 13,
        votesAgainst: 22,
        adopted: "second",
        decidedByChair: false,
        parties: [tally("Ap", 5, 0), tally("H", 8, 0), tally("Sp", 0, 10), tally("KrF", 0, 12)],
      }),
    ).toBe(
      "Ved alternativ votering mellom innstillingen og forslag 1 fra Kari Nordmann (Sp) ble forslag 1 fra Kari Nordmann (Sp) vedtatt med 22 mot 13 stemmer. For innstillingen stemte: Ap (5), H (8).",
    );
  });
});

describe("the rest of a treatment in minutes wording", () => {
  it("heads proposals with who made them and for which parties", () => {
    expect(
      proposalHeading({
        kind: "alternative",
        number: 1,
        madeBy: "Anne Hansen (H)",
        onBehalfOf: [],
        amendsNumber: null,
        withdrawn: false,
      }),
    ).toBe("Forslag 1 fra Anne Hansen (H):");
    expect(
      proposalHeading({
        kind: "amendment",
        number: 2,
        madeBy: "Anne Hansen (H)",
        onBehalfOf: ["H", "KrF", "V"],
        amendsNumber: 0,
        withdrawn: true,
      }),
    ).toBe(
      "Endringsforslag 2 fra Anne Hansen (H) på vegne av H, KrF og V til innstillingen (trukket):",
    );
    expect(
      proposalHeading({
        kind: "recommendation",
        number: 0,
        madeBy: "Formannskapets innstilling",
        onBehalfOf: [],
        amendsNumber: null,
        withdrawn: false,
      }),
    ).toBe("Formannskapets innstilling:");
  });

  it("writes an election decided by lot after a new vote", () => {
    expect(
      electionText({
        candidates: [
          { name: "Kari Nordmann", proposedBy: "Sp" },
          { name: "Ola Li", proposedBy: "" },
        ],
        rounds: [
          {
            round: 1,
            status: "new_vote",
            counts: [
              { name: "Kari Nordmann", votes: 3 },
              { name: "Ola Li", votes: 3 },
            ],
            blank: 1,
            elected: null,
            byLot: false,
            drawnBetween: [],
          },
          {
            round: 2,
            status: "elected",
            counts: [
              { name: "Kari Nordmann", votes: 3 },
              { name: "Ola Li", votes: 3 },
            ],
            blank: 1,
            elected: "Ola Li",
            byLot: true,
            drawnBetween: ["Kari Nordmann", "Ola Li"],
          },
        ],
      }),
    ).toBe(
      "Kandidater: Kari Nordmann (foreslått av Sp) og Ola Li. Første votering: Kari Nordmann 3, Ola Li 3, 1 blank stemme. Ingen fikk mer enn halvparten av de avgitte stemmene, og det ble holdt ny votering. Ny votering (2. votering): Kari Nordmann 3, Ola Li 3, 1 blank stemme. Stemmelikhet mellom Kari Nordmann og Ola Li med 3 stemmer hver; valget ble avgjort ved loddtrekning. Ola Li ble valgt.",
    );
  });

  it("writes an election won in the first vote", () => {
    expect(
      electionText({
        candidates: [
          { name: "Kari Nordmann", proposedBy: "Ap" },
          { name: "Ola Li", proposedBy: "H" },
        ],
        rounds: [
          {
            round: 1,
            status: "elected",
            counts: [
              { name: "Kari Nordmann", votes: 5 },
              { name: "Ola Li", votes: 2 },
            ],
            blank: 0,
            elected: "Kari Nordmann",
            byLot: false,
            drawnBetween: [],
          },
        ],
      }),
    ).toBe(
      "Kandidater: Kari Nordmann (foreslått av Ap) og Ola Li (foreslått av H). Første votering: Kari Nordmann 5, Ola Li 2. Kari Nordmann ble valgt med 5 av 7 avgitte stemmer.",
    );
  });

  it("writes a conflict ruled on, with the substitute who met for the item", () => {
    expect(
      conflictText({
        bodyName: "Formannskapet",
        name: "Kari Nordmann",
        party: "Sp",
        basis: "fvl_6_first",
        grounds: "Er styreleder i tiltakshaver.",
        ruling: "disqualified",
        votesFor: 8,
        votesAgainst: 0,
        decidedByChair: false,
        substitute: "Ola Li (Sp)",
      }),
    ).toBe(
      "Kari Nordmann (Sp) erklærte seg inhabil etter fvl. § 6 første ledd: Er styreleder i tiltakshaver. Formannskapet fant Kari Nordmann inhabil med 8 mot 0 stemmer. Kari Nordmann fratrådte under behandlingen av saken. Ola Li (Sp) tiltrådte.",
    );
  });

  it("writes a question of special circumstances the body found no conflict in", () => {
    expect(
      conflictText({
        bodyName: "Planutvalget",
        name: "Per Dahl",
        party: "Ap",
        basis: "fvl_6_second",
        grounds: "",
        ruling: "not_disqualified",
        votesFor: 2,
        votesAgainst: 6,
        decidedByChair: false,
        substitute: null,
      }),
    ).toBe(
      "Per Dahl (Ap) ba om å få vurdert sin habilitet etter fvl. § 6 andre ledd. Planutvalget fant ikke Per Dahl inhabil, med 6 mot 2 stemmer. Per Dahl deltok i behandlingen av saken.",
    );
  });

  it("writes the changes in who met at the item", () => {
    expect(attendanceText({ kind: "left", who: "Kari Nordmann (Sp)", item: "sak PS 12/26" })).toBe(
      "Kari Nordmann (Sp) forlot møtet før behandlingen av sak PS 12/26.",
    );
    expect(
      attendanceText({
        kind: "substitute",
        who: "Ola Li (Sp)",
        forName: "Kari Nordmann (Sp)",
        item: "sak PS 13/26",
      }),
    ).toBe("Ola Li (Sp) tiltrådte for Kari Nordmann (Sp) fra og med behandlingen av sak PS 13/26.");
  });

  it("writes a closing with its paragraph, and a closed item for the public with its basis", () => {
    expect(
      closureText({
        ground: "confidentiality",
        closedBasis: "Offl. § 13, jf. fvl. § 13 første ledd nr. 1",
      }),
    ).toBe(
      "Møtet ble lukket under behandlingen av saken, jf. kl. § 11-5 andre ledd (Offl. § 13, jf. fvl. § 13 første ledd nr. 1).",
    );
    expect(closureText({ ground: "public_interest", closedBasis: null })).toBe(
      "Møtet ble lukket under behandlingen av saken, jf. kl. § 11-5 tredje ledd.",
    );
    expect(closureText({ ground: null, closedBasis: "Offl. § 25" })).toBe(
      "Saken ble behandlet for lukkede dører, jf. Offl. § 25.",
    );
    expect(exemptTreatmentText("Offl. § 13")).toContain("unntatt offentlighet, jf. Offl. § 13.");
  });

  it("writes a postponement and a referral", () => {
    expect(postponementText(null)).toBe("Saken ble utsatt.");
    expect(postponementText("saken utsettes til neste møte.")).toBe(
      "Saken ble utsatt. Saken utsettes til neste møte.",
    );
    expect(referralText({ number: 3, madeBy: "Per Dahl (Ap)", referredTo: "formannskapet" })).toBe(
      "Oversendelsesforslag 3 fra Per Dahl (Ap) ble oversendt formannskapet uten votering.",
    );
  });

  it("joins lists the Norwegian way", () => {
    expect(listJoin([])).toBe("");
    expect(listJoin(["Ap"])).toBe("Ap");
    expect(listJoin(["Ap", "H", "Sp"])).toBe("Ap, H og Sp");
  });
});
