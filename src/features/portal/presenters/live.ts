import { bodyRules } from "../../../domain/rules.ts";
import { formatTime, formatWeekdayDate } from "../../../domain/time.ts";
import { PROPOSAL_KIND_LABELS } from "../../console/add-proposal.ts";
import { SPEECH_KIND_LABELS } from "../../console/add-speaker.ts";
import type { Treatment } from "../../console/treatment-queries.ts";
import type { LiveAgendaRow, LiveMeetingRow } from "../live-queries.ts";
import { type Exemption, exemptionOf, itemNumberLabel } from "./labels.ts";
import { meetingHref } from "./links.ts";
import { paragraphs } from "./text.ts";

export interface LiveProposal {
  id: number;
  title: string;
  madeBy: string;
  status: string;
  text: string[];
}

export interface LiveVote {
  id: number;
  title: string;
  summary: string;
  basis: string;
  /** Column headings of the party table: for/against, or the two proposals of an alternative vote. */
  sides: [string, string];
  parties: Array<{ partyName: string; first: number; second: number }>;
}

export interface LiveItem {
  id: number;
  heading: string;
  /** An item in closed meeting shows only this: that it is closed, and why. */
  closedBasis: string | null;
  exemption: Exemption | null;
  startedLabel: string | null;
  floor: string | null;
  next: string | null;
  proposals: LiveProposal[];
  votes: LiveVote[];
  elections: Array<{ id: number; title: string; results: string[] }>;
  decision: string[] | null;
  postponement: string[] | null;
}

export interface LivePageModel {
  meetingId: number;
  title: string;
  meetingHref: string;
  state: string;
  videoStreamUrl: string | null;
  current: LiveItem | null;
  /** The items treated before the current one, latest first. */
  earlier: LiveItem[];
  /** The newest result, which the page's live region announces when it changes. */
  latestResult: string;
}

const proposalName = (number: number, kind: keyof typeof PROPOSAL_KIND_LABELS): string =>
  number === 0
    ? "Innstillingen"
    : `Forslag ${number} (${PROPOSAL_KIND_LABELS[kind].toLowerCase()})`;

function presentItem(row: LiveAgendaRow, treatment: Treatment | undefined): LiveItem {
  const heading = `Sak ${row.position}${itemNumberLabel(row) ? `, ${itemNumberLabel(row)}` : ""}: ${row.title}`;
  const base = {
    id: row.id,
    heading,
    exemption: exemptionOf(row),
    startedLabel: row.started_at ? `Behandlingen startet kl. ${formatTime(row.started_at)}` : null,
  };
  if (row.is_closed)
    return {
      ...base,
      closedBasis: row.closed_basis ?? "Ikke oppgitt",
      floor: null,
      next: null,
      proposals: [],
      votes: [],
      elections: [],
      decision: null,
      postponement: null,
    };
  const kinds = new Map(
    (treatment?.proposals ?? []).map((proposal) => [proposal.number, proposal.kind]),
  );
  const nameOf = (number: number | null): string =>
    number === null ? "" : proposalName(number, kinds.get(number) ?? "alternative");
  const speaker = (entry: Treatment["floor"]): string | null =>
    entry
      ? `${entry.name}${entry.partyCode ? ` (${entry.partyCode})` : ""}, ${SPEECH_KIND_LABELS[entry.kind].toLowerCase()}`
      : null;
  return {
    ...base,
    closedBasis: null,
    floor: speaker(treatment?.floor ?? null),
    next: speaker(treatment?.next ?? null),
    proposals: (treatment?.proposals ?? []).map((proposal) => ({
      id: proposal.id,
      title: proposalName(proposal.number, proposal.kind),
      madeBy:
        proposal.parties.length > 0
          ? `${proposal.madeByName} på vegne av ${proposal.parties.join(", ")}`
          : proposal.madeByName,
      status: proposal.withdrawn
        ? "Trukket"
        : proposal.kind === "referral"
          ? `Oversendes ${proposal.referredTo ?? ""} uten votering`
          : proposal.outcome === "adopted"
            ? "Vedtatt"
            : proposal.outcome === "fallen"
              ? "Falt"
              : "Ikke stemt over ennå",
      text: paragraphs(proposal.text),
    })),
    votes: (treatment?.votes ?? []).map((vote) => ({
      id: vote.id,
      title:
        vote.kind === "alternative"
          ? `Votering ${vote.number}: ${nameOf(vote.proposalNumber)} mot ${nameOf(vote.otherProposalNumber)}`
          : `Votering ${vote.number}: ${nameOf(vote.proposalNumber)}`,
      summary: vote.summary,
      basis: vote.basis,
      sides:
        vote.kind === "alternative"
          ? [nameOf(vote.proposalNumber), nameOf(vote.otherProposalNumber)]
          : ["For", "Mot"],
      parties: vote.parties.map((party) => ({
        partyName: party.partyName,
        first: party.votesFor,
        second: party.votesAgainst,
      })),
    })),
    elections: (treatment?.elections ?? []).map((election) => ({
      id: election.id,
      title: election.title,
      results: election.rounds.map((round) => round.summary),
    })),
    decision: row.access === "public" && row.decision ? paragraphs(row.decision) : null,
    postponement: row.postponement ? paragraphs(row.postponement) : null,
  };
}

function meetingState(meeting: LiveMeetingRow): string {
  if (meeting.status === "cancelled") return "Møtet er avlyst.";
  if (meeting.closed_at) return `Møtet ble hevet kl. ${formatTime(meeting.closed_at)}.`;
  if (meeting.opened_at) return `Møtet ble satt kl. ${formatTime(meeting.opened_at)} og pågår.`;
  return `Møtet er ikke satt ennå. Det er berammet til kl. ${formatTime(meeting.starts_at)}.`;
}

export function presentLivePage({
  meeting,
  agenda,
  treatments,
}: {
  meeting: LiveMeetingRow;
  agenda: readonly LiveAgendaRow[];
  treatments: ReadonlyMap<number, Treatment>;
}): LivePageModel {
  const started = agenda
    .filter((row) => row.started_at !== null)
    .sort((a, b) => (b.started_at?.getTime() ?? 0) - (a.started_at?.getTime() ?? 0));
  const items = started.map((row) => presentItem(row, treatments.get(row.id)));
  const [current, ...earlier] = items;
  const latest = items
    .flatMap((item) => item.votes.map((vote) => ({ item, vote })))
    .sort((a, b) => b.vote.id - a.vote.id)[0];
  return {
    meetingId: meeting.id,
    title: `${meeting.body_name}, ${formatWeekdayDate(meeting.starts_at)}`,
    meetingHref: meetingHref(meeting.id),
    state: meetingState(meeting),
    videoStreamUrl: bodyRules(meeting.body_settings).videoStreamUrl,
    current: current ?? null,
    earlier,
    latestResult: latest ? `${latest.item.heading}. ${latest.vote.summary}` : "",
  };
}
