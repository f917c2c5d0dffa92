import type { Database } from "../../db/database.ts";
import type { BodyKind, CaseType, ClosureGround, MembershipRole } from "../../db/schema.ts";
import { isMembershipValidOn, roleLabel } from "../../domain/membership.ts";
import {
  attendanceText,
  closureText,
  conflictText,
  electionText,
  exemptTreatmentText,
  itemReference,
  type PartyTally,
  personWithParty,
  postponementText,
  proposalHeading,
  referralText,
  voteText,
} from "../../domain/minutes-wording.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { loadRoster, type MeetingRoster } from "../console/attendance-queries.ts";
import { loadTreatment, type Treatment } from "../console/treatment-queries.ts";
import type {
  Minutes,
  MinutesAbsence,
  MinutesAudience,
  MinutesItem,
  MinutesParagraph,
  MinutesParagraphKind,
  MinutesPerson,
  MinutesSigner,
  MinutesSubstitute,
  MinutesText,
} from "./minutes-model.ts";

/** The key of the note the secretary adds before the first paragraph of an item. */
export const NOTE_AT_START = "note:start";

/** The key of a note added after the part with the given key. */
export const noteKey = (afterKey: string): string => `note:${afterKey}`;

/** The header's texts, kept in the minutes row rather than as minutes_text. */
export const HEADER_KEYS = ["others_present", "notice_remarks", "agenda_remarks"] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

interface StoredText {
  text: string;
  drafted: string;
}

/** The secretary's texts of one item (0 for the header), by key. */
type StoredTexts = ReadonlyMap<string, StoredText>;

/**
 * A drafted text with the secretary's text laid over it. A vote's result is never overlaid: its
 * counts change in the console, so a text stored against it (from before) is ignored.
 */
function overlay(
  stored: StoredTexts,
  key: string,
  drafted: string,
  editable: boolean,
): MinutesText {
  const own = editable ? stored.get(key) : undefined;
  if (!own) return { key, text: drafted, drafted, edited: false, stale: false, editable };
  return { key, text: own.text, drafted, edited: true, stale: own.drafted !== drafted, editable };
}

interface Draft {
  key: string;
  kind: MinutesParagraphKind;
  heading: string;
  text: string;
  editable: boolean;
}

/** The drafted paragraphs with the secretary's edits over them and the notes after them. */
function layParagraphs(drafts: readonly Draft[], stored: StoredTexts): MinutesParagraph[] {
  const note = (key: string): MinutesParagraph[] => {
    const own = stored.get(key);
    return own
      ? [
          {
            key,
            kind: "note",
            heading: "",
            text: own.text,
            drafted: "",
            edited: true,
            stale: false,
            editable: true,
          },
        ]
      : [];
  };
  return [
    ...note(NOTE_AT_START),
    ...drafts.flatMap((draft) => [
      {
        ...overlay(stored, draft.key, draft.text, draft.editable),
        kind: draft.kind,
        heading: draft.heading,
      },
      ...note(noteKey(draft.key)),
    ]),
  ];
}

interface ItemRow {
  id: number;
  position: number;
  caseType: CaseType | null;
  seriesYear: number | null;
  seriesNumber: number | null;
  title: string;
  archiveCaseNumber: string;
  isClosed: boolean;
  closedBasis: string | null;
  /** The case is exempt from public access (not 'public'). */
  exemptCase: boolean;
  exemptionBasis: string | null;
  startedAt: Date | null;
  withdrawnReason: string | null;
  decidedAt: Date | null;
  decision: string | null;
  decisionWithheldBasis: string | null;
  postponedAt: Date | null;
  postponement: string | null;
  closureGround: ClosureGround | null;
}

async function itemRows(
  db: Database,
  meetingId: number,
  audience: MinutesAudience,
): Promise<ItemRow[]> {
  if (audience === "members") {
    const rows = await db
      .selectFrom("agenda_item as a")
      .leftJoin("case as c", "c.id", "a.case_id")
      .select((eb) => [
        "a.id",
        "a.position",
        "a.case_type",
        "a.series_year",
        "a.series_number",
        eb.fn.coalesce("c.title", "a.title").as("title"),
        "c.archive_case_number",
        "a.is_closed",
        "a.closed_basis",
        "c.access",
        "c.exemption_basis",
        "a.started_at",
        "a.withdrawn_reason",
        "a.decided_at",
        "a.decision",
        "a.postponed_at",
        "a.postponement",
        "a.closure_ground",
      ])
      .where("a.meeting_id", "=", meetingId)
      .orderBy("a.position")
      .execute();
    return rows.map((row) =>
      toItemRow(row, { decisionWithheldBasis: null, closureGround: row.closure_ground }),
    );
  }
  // The public value is read from the public views only, so what they withhold cannot reach it.
  const rows = await db
    .selectFrom("public_agenda_item as a")
    .leftJoin("public_case as c", "c.id", "a.case_id")
    .select((eb) => [
      "a.id",
      "a.position",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      eb.fn.coalesce("c.title", "a.title").as("title"),
      "c.archive_case_number",
      "a.is_closed",
      "a.closed_basis",
      "c.access",
      "c.exemption_basis",
      "a.started_at",
      "a.withdrawn_reason",
      "a.decided_at",
      "a.decision",
      "a.decision_withheld_basis",
      "a.postponed_at",
      "a.postponement",
    ])
    .where("a.meeting_id", "=", meetingId)
    .orderBy("a.position")
    .execute();
  return rows.map((row) =>
    toItemRow(row, { decisionWithheldBasis: row.decision_withheld_basis, closureGround: null }),
  );
}

/** The columns both sources have in common, read into an item; the rest differ by audience. */
function toItemRow(
  row: {
    id: number;
    position: number;
    case_type: ItemRow["caseType"];
    series_year: number | null;
    series_number: number | null;
    title: string | null;
    archive_case_number: string | null;
    is_closed: boolean;
    closed_basis: string | null;
    access: string | null;
    exemption_basis: string | null;
    started_at: Date | null;
    withdrawn_reason: string | null;
    decided_at: Date | null;
    decision: string | null;
    postponed_at: Date | null;
    postponement: string | null;
  },
  rest: Pick<ItemRow, "decisionWithheldBasis" | "closureGround">,
): ItemRow {
  return {
    id: row.id,
    position: row.position,
    caseType: row.case_type,
    seriesYear: row.series_year,
    seriesNumber: row.series_number,
    title: row.title ?? "",
    archiveCaseNumber: row.archive_case_number ?? "",
    isClosed: row.is_closed,
    closedBasis: row.closed_basis,
    exemptCase: row.access !== null && row.access !== "public",
    exemptionBasis: row.exemption_basis,
    startedAt: row.started_at,
    withdrawnReason: row.withdrawn_reason,
    decidedAt: row.decided_at,
    decision: row.decision,
    postponedAt: row.postponed_at,
    postponement: row.postponement,
    ...rest,
  };
}

/** Closed for the meeting, or about an exempt case: the public reads only its title and basis. */
const isWithheld = (item: ItemRow): boolean => item.isClosed || item.exemptCase;

const exemptBasisOf = (item: ItemRow): string | null =>
  isWithheld(item) ? (item.closedBasis ?? item.exemptionBasis ?? "") : null;

interface PersonInfo {
  name: string;
  party: string;
}

/** The votes' party counts with the parties' short names, and the members' names where recorded. */
async function voteTallies(
  db: Database,
  voteIds: readonly number[],
  audience: MinutesAudience,
  people: ReadonlyMap<number, PersonInfo>,
): Promise<Map<number, PartyTally[]>> {
  const tallies = new Map<number, PartyTally[]>();
  if (voteIds.length === 0) return tallies;
  const counts = await db
    .selectFrom(
      audience === "members"
        ? "vote_party_count as c"
        : ("public_vote_party_count as c" as "vote_party_count as c"),
    )
    .leftJoin("party", "party.id", "c.party_id")
    .select(["c.vote_id", "c.party_name", "party.short_name", "c.votes_for", "c.votes_against"])
    .where("c.vote_id", "in", voteIds)
    .orderBy("c.vote_id")
    .orderBy("c.position")
    .execute();
  // Names are the members' own record; the public view of a vote carries no names.
  const members =
    audience === "members"
      ? await db
          .selectFrom("vote_member")
          .select(["vote_id", "person_id", "voted_for"])
          .where("vote_id", "in", voteIds)
          .orderBy("person_id")
          .execute()
      : [];
  for (const count of counts) {
    const party = count.short_name ?? count.party_name;
    const names = (votedFor: boolean) =>
      members
        .filter((member) => member.vote_id === count.vote_id && member.voted_for === votedFor)
        .map((member) => people.get(member.person_id))
        .filter((person): person is PersonInfo => person !== undefined && person.party === party)
        .map((person) => person.name)
        .sort((a, b) => a.localeCompare(b, "nb"));
    const list = tallies.get(count.vote_id) ?? [];
    list.push({
      party: count.short_name ?? count.party_name,
      votesFor: count.votes_for,
      votesAgainst: count.votes_against,
      namesFor: names(true),
      namesAgainst: names(false),
    });
    tallies.set(count.vote_id, list);
  }
  return tallies;
}

function treatmentDrafts(
  treatment: Treatment | undefined,
  tallies: ReadonlyMap<number, PartyTally[]>,
  makerParty: ReadonlyMap<number, string>,
): Draft[] {
  if (!treatment) return [];
  const drafts: Draft[] = [];
  const maker = (proposal: Treatment["proposals"][number]): string =>
    proposal.number === 0
      ? proposal.madeByName
      : personWithParty(proposal.madeByName, makerParty.get(proposal.id) ?? "");
  const labelOf = (number: number | null): string => {
    const proposal = treatment.proposals.find((entry) => entry.number === number);
    if (!proposal || proposal.number === 0) return "innstillingen";
    return `forslag ${proposal.number} fra ${maker(proposal)}`;
  };
  for (const proposal of treatment.proposals) {
    drafts.push({
      key: `proposal:${proposal.id}`,
      kind: "proposal",
      heading: proposalHeading({
        kind: proposal.kind,
        number: proposal.number,
        madeBy: maker(proposal),
        onBehalfOf: proposal.parties,
        amendsNumber: proposal.amendsNumber,
        withdrawn: proposal.withdrawn,
      }),
      text: proposal.text,
      editable: true,
    });
    if (proposal.kind === "referral" && proposal.referredTo && !proposal.withdrawn)
      drafts.push({
        key: `referral:${proposal.id}`,
        kind: "proposal",
        heading: "",
        text: referralText({
          number: proposal.number,
          madeBy: maker(proposal),
          referredTo: proposal.referredTo,
        }),
        editable: true,
      });
  }
  for (const vote of treatment.votes) {
    const first = treatment.proposals.find((entry) => entry.number === vote.proposalNumber);
    const second =
      vote.otherProposalNumber === null
        ? undefined
        : treatment.proposals.find((entry) => entry.number === vote.otherProposalNumber);
    const adopted =
      first?.outcome === "adopted" ? "first" : second?.outcome === "adopted" ? "second" : null;
    drafts.push({
      key: `vote:${vote.id}`,
      kind: "vote",
      heading: `Votering ${vote.number}:`,
      text: voteText({
        kind: vote.kind,
        firstLabel: labelOf(vote.proposalNumber),
        secondLabel: vote.otherProposalNumber === null ? null : labelOf(vote.otherProposalNumber),
        votesFor: vote.votesFor,
        votesAgainst: vote.votesAgainst,
        adopted,
        decidedByChair: vote.decidedByChair,
        parties: tallies.get(vote.id) ?? [],
      }),
      editable: false,
    });
  }
  for (const election of treatment.elections) {
    const nameOf = (id: number | null): string =>
      election.candidates.find((candidate) => candidate.id === id)?.name ?? "";
    drafts.push({
      key: `election:${election.id}`,
      kind: "election",
      heading: `${election.title}:`,
      text: electionText({
        candidates: election.candidates,
        rounds: election.rounds.map((round) => ({
          round: round.round,
          status: round.status,
          counts: election.candidates.map((candidate) => ({
            name: candidate.name,
            votes: round.votes.get(candidate.id) ?? 0,
          })),
          blank: round.blank,
          elected: round.electedCandidateId === null ? null : nameOf(round.electedCandidateId),
          byLot: round.byLot,
          drawnBetween: election.candidates
            .filter(
              (candidate) =>
                round.byLot &&
                (round.votes.get(candidate.id) ?? 0) === Math.max(...[...round.votes.values()], 0),
            )
            .map((candidate) => candidate.name),
        })),
      }),
      editable: false,
    });
  }
  return drafts;
}

const fullName = (row: { given_name: string; family_name: string }): string =>
  `${row.given_name} ${row.family_name}`;

/**
 * The minutes of a meeting as one value (see minutes-model.ts), drafted from what the console
 * recorded with the secretary's texts laid over the draft. For members: everything. For the
 * public: read from the public views only; an item closed or about an exempt case keeps its
 * public title and basis, its treatment is one paragraph saying so, and its decision appears
 * only where the secretariat has answered that the public may read it.
 */
export async function loadMinutes(
  db: Database,
  { meetingId, audience }: { meetingId: number; audience: MinutesAudience },
): Promise<Minutes> {
  const meeting = await db
    .selectFrom("meeting")
    .innerJoin("body", "body.id", "meeting.body_id")
    .select([
      "meeting.id",
      "meeting.body_id",
      "meeting.starts_at",
      "meeting.opened_at",
      "meeting.closed_at",
      "meeting.location",
      "meeting.room",
      "meeting.series_number",
      "meeting.series_year",
      "body.name as body_name",
      "body.kind as body_kind",
    ])
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw new NotFoundError();

  const [roster, minutesRow, items, storedRows, signerRows, absences, memberships] =
    await Promise.all([
      loadRoster(db, meetingId),
      db.selectFrom("minutes").selectAll().where("meeting_id", "=", meetingId).executeTakeFirst(),
      itemRows(db, meetingId, audience),
      db
        .selectFrom("minutes_text")
        .select(["agenda_item_id", "key", "text", "drafted"])
        .where("meeting_id", "=", meetingId)
        .execute(),
      db
        .selectFrom("minutes_signer")
        .select(["person_id"])
        .where("meeting_id", "=", meetingId)
        .orderBy("position")
        .execute(),
      db
        .selectFrom("absence")
        .innerJoin("person", "person.id", "absence.person_id")
        .select([
          "absence.id",
          "absence.person_id",
          "absence.from_agenda_item_id",
          "person.given_name",
          "person.family_name",
        ])
        .where("absence.meeting_id", "=", meetingId)
        .where("absence.withdrawn_at", "is", null)
        .orderBy("absence.id")
        .execute(),
      db
        .selectFrom("membership")
        .select(["person_id", "role", "starts_on", "ends_on"])
        .where("body_id", "=", meeting.body_id)
        .execute(),
    ]);

  const people = peopleOf(roster);
  const roles = new Map<number, MembershipRole>();
  for (const membership of memberships)
    if (
      isMembershipValidOn(
        { startsOn: membership.starts_on, endsOn: membership.ends_on },
        roster.day,
      ) &&
      !roles.has(membership.person_id)
    )
      roles.set(membership.person_id, membership.role);
  const bodyKind: BodyKind = meeting.body_kind;
  const person = (personId: number, fallbackName = ""): MinutesPerson => {
    const info = people.get(personId);
    const role = roles.get(personId);
    return {
      personId,
      name: info?.name ?? fallbackName,
      party: info?.party ?? "",
      role: role ? roleLabel(role, bodyKind) : "Varamedlem",
    };
  };
  const who = (personId: number): string => {
    const info = people.get(personId);
    return info ? personWithParty(info.name, info.party) : "";
  };

  const stored = new Map<number, Map<string, StoredText>>();
  for (const row of storedRows) {
    const itemId = row.agenda_item_id ?? 0;
    const map = stored.get(itemId) ?? new Map<string, StoredText>();
    map.set(row.key, { text: row.text, drafted: row.drafted });
    stored.set(itemId, map);
  }
  const storedFor = (itemId: number): StoredTexts => stored.get(itemId) ?? new Map();

  const itemById = new Map(items.map((item) => [item.id, item]));
  const labelOfItem = (item: ItemRow): string =>
    caseNumberLabel({ caseType: item.caseType, year: item.seriesYear, number: item.seriesNumber });
  const referenceOf = (itemId: number | null): string => {
    const item = itemId === null ? undefined : itemById.get(itemId);
    return item ? itemReference({ numberLabel: labelOfItem(item), position: item.position }) : "";
  };

  // The treatment the audience may read: every item for members; for the public, only the items
  // the public views show (public_treated_item), never a closed or exempt one.
  const treatedIds =
    audience === "members"
      ? items.map((item) => item.id)
      : (
          await db
            .selectFrom("public_treated_item")
            .select("id")
            .where("meeting_id", "=", meetingId)
            .execute()
        ).map((row) => row.id);
  const treated = new Set(treatedIds);
  const [treatments, conflicts, events, makerRows] = await Promise.all([
    loadTreatment(db, treatedIds, audience === "members" ? "workspace" : "public"),
    treatedIds.length === 0
      ? []
      : db
          .selectFrom("conflict_of_interest")
          .selectAll()
          .where("agenda_item_id", "in", treatedIds)
          .orderBy("declared_at")
          .orderBy("id")
          .execute(),
    db
      .selectFrom("attendance_event")
      .select(["id", "person_id", "kind", "agenda_item_id"])
      .where("meeting_id", "=", meetingId)
      .orderBy("id")
      .execute(),
    treatedIds.length === 0
      ? []
      : db
          .selectFrom(
            audience === "members" ? "proposal as p" : ("public_proposal as p" as "proposal as p"),
          )
          .innerJoin("proposal as own", "own.id", "p.id")
          .innerJoin("person", "person.id", "own.made_by_person_id")
          .leftJoin("party", "party.id", "person.party_id")
          .select(["p.id", "own.made_by_person_id", "party.short_name"])
          .where("p.agenda_item_id", "in", treatedIds)
          .execute(),
  ]);
  // The party the maker sat for (the list), as the counts name it, else the person's own.
  const makerParty = new Map(
    makerRows.map((row) => [
      row.id,
      (row.made_by_person_id === null ? undefined : people.get(row.made_by_person_id)?.party) ??
        row.short_name ??
        "",
    ]),
  );
  const voteIds = [...treatments.values()].flatMap((treatment) =>
    treatment.votes.map((vote) => vote.id),
  );
  const tallies = await voteTallies(db, voteIds, audience, people);

  const acceptedCalls = roster.calls.filter((call) => call.status === "accepted");
  const positionOf = (itemId: number | null): number | null =>
    itemId === null ? null : (roster.positions.get(itemId) ?? null);

  const minutesItems: MinutesItem[] = items.map((item) => {
    const numberLabel = labelOfItem(item);
    const basis = exemptBasisOf(item);
    const withheldFromPublic = audience === "public" && !treated.has(item.id);
    if (withheldFromPublic) {
      const only = item.isClosed
        ? closureText({ ground: null, closedBasis: basis })
        : exemptTreatmentText(basis ?? "");
      const treatment: MinutesParagraph[] = isWithheld(item)
        ? [
            {
              key: "closure",
              kind: "closure",
              heading: "",
              text: only,
              drafted: only,
              edited: false,
              stale: false,
              editable: false,
            },
          ]
        : [];
      return {
        agendaItemId: item.id,
        numberLabel,
        title: item.title,
        archiveCaseNumber: item.archiveCaseNumber,
        exemptBasis: basis,
        startedAt: item.startedAt?.toISOString() ?? null,
        withdrawnReason: item.withdrawnReason,
        treatment,
        decision:
          item.decision === null
            ? null
            : {
                key: "decision",
                text: item.decision,
                drafted: item.decision,
                edited: false,
                stale: false,
                editable: false,
              },
        decisionWithheldBasis:
          item.decision === null && item.decidedAt !== null
            ? item.decisionWithheldBasis || basis || ""
            : null,
      };
    }

    const drafts: Draft[] = [];
    // Who came, left, or met for someone from this item on: where it happened.
    for (const event of events)
      if (event.agenda_item_id === item.id && event.kind !== "present")
        drafts.push({
          key: `attendance:${event.id}`,
          kind: "attendance",
          heading: "",
          text: attendanceText({
            kind: event.kind,
            who: who(event.person_id),
            item: referenceOf(item.id),
          }),
          editable: true,
        });
    for (const absence of absences)
      if (absence.from_agenda_item_id === item.id)
        drafts.push({
          key: `absence:${absence.id}`,
          kind: "attendance",
          heading: "",
          text: attendanceText({
            kind: "absent",
            who: who(absence.person_id) || fullName(absence),
            item: referenceOf(item.id),
          }),
          editable: true,
        });
    for (const call of acceptedCalls)
      if (call.scope === "from_item" && call.itemPosition === item.position)
        drafts.push({
          key: `substitute:${call.callId}`,
          kind: "attendance",
          heading: "",
          text: attendanceText({
            kind: "substitute",
            who: who(call.personId),
            forName: who(call.forPersonId),
            item: referenceOf(item.id),
          }),
          editable: true,
        });
    if (item.isClosed)
      drafts.push({
        key: "closure",
        kind: "closure",
        heading: "",
        text: closureText({ ground: item.closureGround, closedBasis: item.closedBasis }),
        editable: true,
      });
    for (const conflict of conflicts.filter((row) => row.agenda_item_id === item.id)) {
      const substitute = acceptedCalls.find(
        (call) =>
          call.scope === "item" &&
          call.forPersonId === conflict.person_id &&
          call.itemPosition === positionOf(item.id),
      );
      const info = people.get(conflict.person_id);
      drafts.push({
        key: `conflict:${conflict.id}`,
        kind: "conflict",
        heading: "",
        text: conflictText({
          bodyName: meeting.body_name,
          name: info?.name ?? "",
          party: info?.party ?? "",
          basis: conflict.basis,
          grounds: conflict.grounds,
          ruling: conflict.ruling,
          votesFor: conflict.votes_for,
          votesAgainst: conflict.votes_against,
          decidedByChair: conflict.decided_by_chair,
          substitute: substitute ? who(substitute.personId) : null,
        }),
        editable: true,
      });
    }
    drafts.push(...treatmentDrafts(treatments.get(item.id), tallies, makerParty));
    if (item.postponedAt !== null)
      drafts.push({
        key: "postponement",
        kind: "postponement",
        heading: "",
        text: postponementText(item.postponement),
        editable: true,
      });
    return {
      agendaItemId: item.id,
      numberLabel,
      title: item.title,
      archiveCaseNumber: item.archiveCaseNumber,
      exemptBasis: basis,
      startedAt: item.startedAt?.toISOString() ?? null,
      withdrawnReason: item.withdrawnReason,
      treatment: layParagraphs(drafts, storedFor(item.id)),
      decision:
        item.decision === null
          ? null
          : {
              key: "decision",
              text: item.decision,
              drafted: item.decision,
              edited: false,
              stale: false,
              editable: false,
            },
      decisionWithheldBasis:
        audience === "public" && item.decision === null && item.decidedAt !== null
          ? item.decisionWithheldBasis || basis || ""
          : null,
    };
  });

  const met = new Set<number>();
  for (const event of events) if (event.kind !== "left") met.add(event.person_id);
  const memberIds = new Set(roster.members.map((member) => member.personId));
  const present: MinutesPerson[] = [
    ...roster.members.filter((member) => met.has(member.personId)).map((m) => person(m.personId)),
    ...acceptedCalls
      .filter(
        (call, index, calls) => calls.findIndex((c) => c.personId === call.personId) === index,
      )
      .filter((call) => !memberIds.has(call.personId))
      .map((call) => ({ ...person(call.personId), role: "Varamedlem" })),
  ];
  const absent: MinutesAbsence[] = absences.map((absence) => ({
    ...person(absence.person_id, fullName(absence)),
    scope:
      absence.from_agenda_item_id === null ? "" : `fra ${referenceOf(absence.from_agenda_item_id)}`,
  }));
  const substitutes: MinutesSubstitute[] = acceptedCalls.map((call) => {
    const item = [...itemById.values()].find((entry) => entry.position === call.itemPosition);
    const reference = item ? referenceOf(item.id) : "";
    return {
      ...person(call.personId),
      role: "Varamedlem",
      forName: people.get(call.forPersonId)?.name ?? "",
      scope:
        call.scope === "meeting"
          ? "hele møtet"
          : call.scope === "from_item"
            ? `fra ${reference}`
            : `i ${reference}`,
    };
  });
  const chairRole = (role: MembershipRole) =>
    present.find((entry) => roles.get(entry.personId) === role) ?? null;
  const chair = chairRole("leader") ?? chairRole("deputy_leader");

  const latestVersion = await db
    .selectFrom("minutes_version")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "published")
    .orderBy("version", "desc")
    .executeTakeFirst();
  const signatures = latestVersion
    ? await db
        .selectFrom("minutes_signature")
        .select(["person_id", "signed_at"])
        .where("minutes_version_id", "=", latestVersion.id)
        .execute()
    : [];
  const signers: MinutesSigner[] = signerRows.map((row) => ({
    ...person(row.person_id),
    signedAt:
      signatures
        .find((signature) => signature.person_id === row.person_id)
        ?.signed_at.toISOString() ?? null,
  }));

  const header = (key: HeaderKey): MinutesText => {
    const text = minutesRow ? columnOf(minutesRow, key) : "";
    return { key, text, drafted: "", edited: text !== "", stale: false, editable: true };
  };
  const place = [meeting.location, meeting.room].filter((part) => part.trim() !== "").join(", ");
  return {
    audience,
    meetingId,
    bodyName: meeting.body_name,
    meetingNumberLabel:
      meeting.series_number !== null && meeting.series_year !== null
        ? `Møte ${meeting.series_number}/${meeting.series_year}`
        : "",
    place,
    startsAt: meeting.starts_at.toISOString(),
    openedAt: meeting.opened_at?.toISOString() ?? null,
    closedAt: meeting.closed_at?.toISOString() ?? null,
    approved: minutesRow?.approved_at != null,
    present,
    absent,
    substitutes,
    othersPresent: header("others_present"),
    noticeRemarks: header("notice_remarks"),
    agendaRemarks: header("agenda_remarks"),
    chair,
    signers,
    items: minutesItems,
  };
}

function columnOf(
  row: { others_present: string; notice_remarks: string; agenda_remarks: string },
  key: HeaderKey,
): string {
  return row[key];
}

/** Everyone the minutes may name: the seats and the substitutes called, with their party. */
function peopleOf(roster: MeetingRoster): Map<number, PersonInfo> {
  const people = new Map<number, PersonInfo>();
  for (const entry of [...roster.members, ...roster.calls])
    people.set(entry.personId, { name: entry.name, party: entry.partyCode ?? "" });
  return people;
}
