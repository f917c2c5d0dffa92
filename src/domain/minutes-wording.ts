/**
 * The sentences Norwegian minutes (møtebok) use for what the console recorded. Pure: the loader
 * gives the stored rows as plain values, and these say them the way published minutes do:
 * «Innstillingen ble vedtatt med 25 mot 10 stemmer. Mot stemte: Sp (4), KrF (2).»
 *
 * The counts and who won come from the stored vote, never from here, so the sentence cannot
 * contradict the vote's own summary. The law asks the minutes for the result and which parties
 * voted for which proposal (kl. § 11-4); the minutes name the minority side, as real minutes do,
 * and the members by name where the body records votes by name.
 */

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** «A», «A og B», «A, B og C». */
export function listJoin(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} og ${parts[parts.length - 1]}`;
}

/** «Kari Nordmann (Sp)», or the name alone for a member outside the parties. */
export const personWithParty = (name: string, party: string): string =>
  party ? `${name} (${party})` : name;

/** One party's (or joint list's) votes in a vote, with the members where names are recorded. */
export interface PartyTally {
  /** Short name, «Sp»; the group's name («Uten parti») for members without a party. */
  party: string;
  votesFor: number;
  votesAgainst: number;
  /** Names of the members who voted for / against; empty where the body does not record names. */
  namesFor: string[];
  namesAgainst: string[];
}

/** «Sp (4), KrF (2)», or with names «Sp (2: Ola Nordmann, Kari Nordmann), KrF (1: Per Hansen)». */
function sideList(parties: readonly PartyTally[], side: "for" | "against"): string {
  return parties
    .map((party) => {
      const count = side === "for" ? party.votesFor : party.votesAgainst;
      const names = side === "for" ? party.namesFor : party.namesAgainst;
      if (count === 0) return "";
      return names.length > 0
        ? `${party.party} (${count}: ${names.join(", ")})`
        : `${party.party} (${count})`;
    })
    .filter((entry) => entry !== "")
    .join(", ");
}

const CHAIR = ", med møteleders dobbeltstemme";

export interface VoteWording {
  kind: "proposal" | "alternative";
  /** How the minutes name the proposals: «innstillingen», «forslag 1 fra Kari Nordmann (Sp)». */
  firstLabel: string;
  /** The second proposal of an alternative vote; null for a vote on one proposal. */
  secondLabel: string | null;
  /** votesFor counts the (first) proposal, votesAgainst the second of an alternative vote. */
  votesFor: number;
  votesAgainst: number;
  /** Which proposal the vote adopted; null when a proposal voted on alone fell. */
  adopted: "first" | "second" | null;
  decidedByChair: boolean;
  parties: readonly PartyTally[];
}

/**
 * A vote as the minutes write it. A vote on one proposal: «Innstillingen ble enstemmig vedtatt.»,
 * «… ble vedtatt med 25 mot 10 stemmer. Mot stemte: …», «… falt med 20 mot 15 stemmer. For
 * stemte: …». An alternative vote: «Ved alternativ votering mellom innstillingen og forslag 1 …
 * ble innstillingen vedtatt med 20 mot 15 stemmer. For forslag 1 … stemte: …».
 */
export function voteText(vote: VoteWording): string {
  const chair = vote.decidedByChair ? CHAIR : "";
  if (vote.kind === "alternative" && vote.secondLabel !== null) {
    const firstWon = vote.adopted !== "second";
    const [winner, loser] = firstWon
      ? [vote.firstLabel, vote.secondLabel]
      : [vote.secondLabel, vote.firstLabel];
    const [won, lost] = firstWon
      ? [vote.votesFor, vote.votesAgainst]
      : [vote.votesAgainst, vote.votesFor];
    const lead = `Ved alternativ votering mellom ${vote.firstLabel} og ${vote.secondLabel} ble ${winner}`;
    if (lost === 0) return `${lead} enstemmig vedtatt.`;
    const minority = sideList(vote.parties, firstWon ? "against" : "for");
    return `${lead} vedtatt med ${won} mot ${lost} stemmer${chair}.${minority ? ` For ${loser} stemte: ${minority}.` : ""}`;
  }
  const label = capitalise(vote.firstLabel);
  const adopted = vote.adopted === "first";
  if (adopted && vote.votesAgainst === 0) return `${label} ble enstemmig vedtatt.`;
  if (!adopted && vote.votesFor === 0) return `${label} falt enstemmig.`;
  const counts = adopted
    ? `${vote.votesFor} mot ${vote.votesAgainst}`
    : `${vote.votesAgainst} mot ${vote.votesFor}`;
  const minority = sideList(vote.parties, adopted ? "against" : "for");
  const minorityLine = minority ? ` ${adopted ? "Mot" : "For"} stemte: ${minority}.` : "";
  return `${label} ${adopted ? "ble vedtatt" : "falt"} med ${counts} stemmer${chair}.${minorityLine}`;
}

export type ProposalKind =
  | "recommendation"
  | "alternative"
  | "amendment"
  | "addition"
  | "referral"
  | "postponement";

const PROPOSAL_NOUNS: Record<Exclude<ProposalKind, "recommendation">, string> = {
  alternative: "Forslag",
  amendment: "Endringsforslag",
  addition: "Tilleggsforslag",
  referral: "Oversendelsesforslag",
  postponement: "Utsettelsesforslag",
};

/**
 * The lead-in above a proposal: «Forslag 1 fra Kari Nordmann (Sp):», «Endringsforslag 2 fra … til
 * forslag 1:», «… på vegne av Sp og KrF:», «Formannskapets innstilling:».
 */
export function proposalHeading(proposal: {
  kind: ProposalKind;
  number: number;
  madeBy: string;
  /** The parties the proposal was made for; empty for one made in the member's own name. */
  onBehalfOf: readonly string[];
  amendsNumber: number | null;
  withdrawn: boolean;
}): string {
  const withdrawn = proposal.withdrawn ? " (trukket)" : "";
  if (proposal.kind === "recommendation") return `${proposal.madeBy}${withdrawn}:`;
  const amends =
    proposal.amendsNumber === null
      ? ""
      : proposal.amendsNumber === 0
        ? " til innstillingen"
        : ` til forslag ${proposal.amendsNumber}`;
  const behalf =
    proposal.onBehalfOf.length > 0 ? ` på vegne av ${listJoin(proposal.onBehalfOf)}` : "";
  return `${PROPOSAL_NOUNS[proposal.kind]} ${proposal.number} fra ${proposal.madeBy}${behalf}${amends}${withdrawn}:`;
}

/** «Oversendelsesforslag 3 fra Kari Nordmann (Sp) ble oversendt formannskapet uten votering.» */
export const referralText = (proposal: {
  number: number;
  madeBy: string;
  referredTo: string;
}): string =>
  `Oversendelsesforslag ${proposal.number} fra ${proposal.madeBy} ble oversendt ${proposal.referredTo} uten votering.`;

export type ConflictBasis = "fvl_6_first" | "fvl_6_second" | "kl_11_10_second";

const CONFLICT_PARAGRAPHS: Record<ConflictBasis, string> = {
  fvl_6_first: "fvl. § 6 første ledd",
  fvl_6_second: "fvl. § 6 andre ledd",
  kl_11_10_second: "kl. § 11-10 andre ledd",
};

/**
 * A declared conflict of interest and the body's ruling on it: «X (Sp) erklærte seg inhabil etter
 * fvl. § 6 første ledd: … Formannskapet fant X inhabil med 8 mot 0 stemmer. X fratrådte under
 * behandlingen av saken. Y (Sp) tiltrådte.» Under fvl. § 6 andre ledd the member asks the body
 * to consider it (særegne forhold), which the minutes say as such.
 */
export function conflictText(conflict: {
  bodyName: string;
  name: string;
  party: string;
  basis: ConflictBasis;
  grounds: string;
  ruling: "disqualified" | "not_disqualified" | null;
  /** The counts of the vote on «the member is disqualified». */
  votesFor: number | null;
  votesAgainst: number | null;
  decidedByChair: boolean;
  /** The substitute who met for the member in the item, «Y (Sp)»; null for none. */
  substitute: string | null;
}): string {
  const who = personWithParty(conflict.name, conflict.party);
  const paragraph = CONFLICT_PARAGRAPHS[conflict.basis];
  const grounds = conflict.grounds.trim() ? `: ${conflict.grounds.trim().replace(/\.$/, "")}` : "";
  const declared =
    conflict.basis === "fvl_6_second"
      ? `${who} ba om å få vurdert sin habilitet etter ${paragraph}${grounds}.`
      : `${who} erklærte seg inhabil etter ${paragraph}${grounds}.`;
  if (conflict.ruling === null || conflict.votesFor === null || conflict.votesAgainst === null)
    return declared;
  const chair = conflict.decidedByChair ? CHAIR : "";
  if (conflict.ruling === "not_disqualified")
    return `${declared} ${conflict.bodyName} fant ikke ${conflict.name} inhabil, med ${conflict.votesAgainst} mot ${conflict.votesFor} stemmer${chair}. ${conflict.name} deltok i behandlingen av saken.`;
  const substitute = conflict.substitute ? ` ${conflict.substitute} tiltrådte.` : "";
  return `${declared} ${conflict.bodyName} fant ${conflict.name} inhabil med ${conflict.votesFor} mot ${conflict.votesAgainst} stemmer${chair}. ${conflict.name} fratrådte under behandlingen av saken.${substitute}`;
}

/** How the minutes name an item in a sentence: «sak PS 12/2026», or «sak 3» without a number. */
export const itemReference = (item: { numberLabel: string; position: number }): string =>
  item.numberLabel ? `sak ${item.numberLabel}` : `sak ${item.position}`;

/**
 * A change in who met, at the item where it happened: «X (Sp) forlot møtet før behandlingen av
 * sak PS 12/2026.», «X (Sp) tiltrådte møtet fra og med behandlingen av …», «X (Sp) hadde forfall
 * fra og med …», «Y (Sp) tiltrådte for X fra og med …».
 */
export function attendanceText(
  change:
    | { kind: "left" | "arrived" | "absent"; who: string; item: string }
    | { kind: "substitute"; who: string; forName: string; item: string },
): string {
  switch (change.kind) {
    case "left":
      return `${change.who} forlot møtet før behandlingen av ${change.item}.`;
    case "arrived":
      return `${change.who} tiltrådte møtet fra og med behandlingen av ${change.item}.`;
    case "absent":
      return `${change.who} hadde forfall fra og med behandlingen av ${change.item}.`;
    case "substitute":
      return `${change.who} tiltrådte for ${change.forName} fra og med behandlingen av ${change.item}.`;
  }
}

export type ClosureGround = "confidentiality" | "employee" | "privacy" | "public_interest";

const CLOSURE_PARAGRAPHS: Record<ClosureGround, string> = {
  confidentiality: "kl. § 11-5 andre ledd",
  employee: "kl. § 11-5 andre ledd",
  privacy: "kl. § 11-5 tredje ledd",
  public_interest: "kl. § 11-5 tredje ledd",
};

/**
 * The body's decision to close the meeting for the item, with its basis: «Møtet ble lukket under
 * behandlingen av saken, jf. kl. § 11-5 andre ledd (Offl. § 13, jf. fvl. § 13 første ledd nr. 1).»
 * An item closed without the console recording the decision is said to be treated behind closed
 * doors on its basis, which is also the one paragraph the public minutes give a closed item.
 */
export function closureText(closure: {
  ground: ClosureGround | null;
  closedBasis: string | null;
}): string {
  const basis = closure.closedBasis?.trim() ?? "";
  if (closure.ground === null)
    return `Saken ble behandlet for lukkede dører${basis ? `, jf. ${basis}` : ""}.`;
  return `Møtet ble lukket under behandlingen av saken, jf. ${CLOSURE_PARAGRAPHS[closure.ground]}${basis ? ` (${basis})` : ""}.`;
}

/** «Saken ble utsatt.», with the decision to postpone where it says more. */
export function postponementText(postponement: string | null): string {
  const text = postponement?.trim() ?? "";
  return text ? `Saken ble utsatt. ${capitalise(text)}` : "Saken ble utsatt.";
}

export interface ElectionRoundWording {
  round: number;
  status: "elected" | "new_vote";
  /** Votes per candidate, in the candidates' order. */
  counts: ReadonlyArray<{ name: string; votes: number }>;
  blank: number;
  elected: string | null;
  byLot: boolean;
  /** The candidates the lot was drawn between. */
  drawnBetween: readonly string[];
}

const roundName = (round: number): string =>
  round === 1 ? "Første votering" : `Ny votering (${round}. votering)`;

/**
 * An election of one person by majority, round by round: «Kandidater: A (foreslått av Ap) og B.
 * Første votering: A 4, B 3. A ble valgt med 4 av 7 avgitte stemmer.» A tie in a later round:
 * «Stemmelikhet mellom A og B med 3 stemmer hver; valget ble avgjort ved loddtrekning. A ble valgt.»
 */
export function electionText(election: {
  candidates: ReadonlyArray<{ name: string; proposedBy: string }>;
  rounds: readonly ElectionRoundWording[];
}): string {
  const candidates = listJoin(
    election.candidates.map((candidate) =>
      candidate.proposedBy.trim()
        ? `${candidate.name} (foreslått av ${candidate.proposedBy.trim()})`
        : candidate.name,
    ),
  );
  const sentences = [`Kandidater: ${candidates}.`];
  for (const round of election.rounds) {
    const cast = round.counts.reduce((sum, count) => sum + count.votes, 0);
    const blank =
      round.blank > 0 ? `, ${round.blank} ${round.blank === 1 ? "blank stemme" : "blanke"}` : "";
    sentences.push(
      `${roundName(round.round)}: ${round.counts.map((count) => `${count.name} ${count.votes}`).join(", ")}${blank}.`,
    );
    if (round.status === "new_vote")
      sentences.push(
        "Ingen fikk mer enn halvparten av de avgitte stemmene, og det ble holdt ny votering.",
      );
    else if (round.byLot) {
      const most = Math.max(...round.counts.map((count) => count.votes));
      sentences.push(
        `Stemmelikhet mellom ${listJoin(round.drawnBetween)} med ${most} stemmer hver; valget ble avgjort ved loddtrekning. ${round.elected} ble valgt.`,
      );
    } else {
      const votes = round.counts.find((count) => count.name === round.elected)?.votes ?? 0;
      sentences.push(`${round.elected} ble valgt med ${votes} av ${cast} avgitte stemmer.`);
    }
  }
  return sentences.join(" ");
}

/**
 * The one paragraph the public minutes give the treatment of an exempt case treated in open
 * meeting: its documents were withheld, so the proposals and counts naming its content are too.
 */
export const exemptTreatmentText = (basis: string): string =>
  `Saken er unntatt offentlighet${basis.trim() ? `, jf. ${basis.trim()}` : ""}. Behandlingen gjengis ikke i den offentlige protokollen.`;
