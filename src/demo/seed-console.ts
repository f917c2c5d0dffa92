import { createHash } from "node:crypto";
import type { Actor } from "../audit.ts";
import type { Outcome } from "../commit/outcome.ts";
import type { Database } from "../db/database.ts";
import type { ClosureGround } from "../db/schema.ts";
import { addDays, osloDateTime, osloDay } from "../domain/time.ts";
import type { Side } from "../domain/voting.ts";
import { addProposal, type MemberProposalKind } from "../features/console/add-proposal.ts";
import { addSpeaker } from "../features/console/add-speaker.ts";
import { adjournMeeting } from "../features/console/adjourn-meeting.ts";
import { answerSubstituteCall } from "../features/console/answer-substitute-call.ts";
import {
  loadRoster,
  type PresentVoter,
  presentVoters,
} from "../features/console/attendance-queries.ts";
import { callSubstitute } from "../features/console/call-substitute.ts";
import { closeItem } from "../features/console/close-item.ts";
import { createElection } from "../features/console/create-election.ts";
import { declareConflict } from "../features/console/declare-conflict.ts";
import { endSpeech } from "../features/console/end-speech.ts";
import { giveFloor } from "../features/console/give-floor.ts";
import { openMeeting } from "../features/console/open-meeting.ts";
import type { ProposalRef } from "../features/console/proposals.ts";
import { recordAttendance } from "../features/console/record-attendance.ts";
import { recordElectionRound } from "../features/console/record-election-round.ts";
import { recordRollCall } from "../features/console/record-roll-call.ts";
import { recordVote, type VoteCounting } from "../features/console/record-vote.ts";
import { registerAbsence } from "../features/console/register-absence.ts";
import { ruleOnConflict } from "../features/console/rule-on-conflict.ts";
import { startItem } from "../features/console/start-item.ts";
import { type CallSource, substituteProposal } from "../features/console/substitute-queries.ts";
import { lockMeeting } from "../features/meetings/agenda-store.ts";
import { recordDecision } from "../features/meetings/record-decision.ts";
import { MEETING_HOURS, meetingEnd } from "./timeline.ts";

/**
 * The demo's held meetings run through the meeting console, as the secretary would have run
 * them: forfall reported in the days before and the substitutes called in the order of their
 * lists, the meeting opened at its time with a roll call, each item started in turn, proposals
 * made and voted on (so the votes write the decisions), a few arrivals and departures, and the
 * meeting adjourned at its end. A few cases get the scenes a visitor should find in the demo:
 * an alternative vote on a joint proposal, a tie decided by the chair, a conflict of interest
 * with a substitute for the item, a postponement, an amendment voted down, an oversendelses-
 * forslag and the election of a person.
 */

/** How the secretary treats an item, planned before any row exists. */
export interface ConsoleItemPlan {
  kind: "entry" | "case";
  /** The written case's key in demo-data.ts; null for an entry or a routine case. */
  caseKey: string | null;
  /** The decision written in the decision form: entries, questions and interpellations. */
  formDecision: string | null;
  /** The decision the votes must give a case. */
  expectedDecision: string;
  /** Additions to the recommendation adopted at this step of the route. */
  additions: readonly string[];
  exempt: boolean;
  /** Whether this is the case's last body, where the demo's scenes are placed. */
  lastStep: boolean;
}

export interface ConsoleMeetingPlan {
  bodySlug: string;
  startsAt: Date;
  items: readonly ConsoleItemPlan[];
  /** Seeds this meeting's choices (who reports forfall, which votes split). */
  seed: number;
  names: ReadonlyMap<string, string>;
}

type Schedule = (at: Date, run: (at: Date) => Promise<void>) => void;

const MINUTE_MS = 60_000;

const ABSENCE_REASONS = [
  "Sykdom",
  "Jobbreise",
  "Familiære forhold",
  "Ferie planlagt før møteplanen ble vedtatt",
  "Møte i et annet verv",
] as const;

/** Where the scenes go: the case's key, at its last body. */
const SCENES: Readonly<Record<string, Scene>> = {
  eiendomsskatt: "alternative",
  tomtesalg: "tie",
  "dispensasjon-fritidsbolig": "conflict",
  "klage-garasje": "postponement",
  "fritak-2": "election",
  "budsjett-i-fjor": "budget",
  skjenkebevilling: "split",
  "kommunal-garanti": "split",
  omsorgsboliger: "split",
};

type Scene = "alternative" | "tie" | "conflict" | "postponement" | "election" | "budget" | "split";

const ALTERNATIVE_TEXT =
  "Eiendomsskatten på bolig og fritidsbolig avvikles fra 1. januar neste år. Bortfallet av inntekt dekkes ved reduserte driftsrammer, som kommunedirektøren legger fram i budsjettet.";
const POSTPONEMENT_TEXT =
  "Saken utsettes til neste møte. Utvalget ønsker befaring på eiendommen før klagen avgjøres.";
const AMENDMENT_TEXT =
  "Investeringsrammen for nytt svømmeanlegg reduseres med 20 millioner kroner, og låneopptaket reduseres tilsvarende.";
const REFERRAL_TEXT =
  "Kommunedirektøren bes utrede gratis kollektivtransport for barn og unge under 18 år.";

const GROUNDS: Readonly<Record<string, ClosureGround>> = { personalsak: "employee" };

const CONFLICT_GROUNDS =
  "Er svoger av tiltakshaveren og har uttalt seg til ham om søknaden før den ble sendt.";

/** A mulberry32 PRNG of its own, so the console's choices leave the plan's draws as they were. */
function rngOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A request key drawn from the name of the step, so the demo seeds the same every time. */
function requestKey(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function accepted<T>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`demo data: ${what} refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

const byParty = (voters: readonly PresentVoter[]): Map<string | null, PresentVoter[]> => {
  const groups = new Map<string | null, PresentVoter[]>();
  for (const voter of voters)
    groups.set(voter.partyCode, [...(groups.get(voter.partyCode) ?? []), voter]);
  return groups;
};

/**
 * A count per party where the parties named vote against (or for the other proposal) and the
 * rest for; `split` moves that many of the last party named to the other side.
 */
function partyCount(
  voters: readonly PresentVoter[],
  against: ReadonlySet<string | null>,
): VoteCounting {
  return {
    by: "party",
    parties: [...byParty(voters)].map(([partyCode, members]) => ({
      partyCode,
      votesFor: against.has(partyCode) ? 0 : members.length,
      votesAgainst: against.has(partyCode) ? members.length : 0,
    })),
  };
}

/**
 * The parties that vote against in a split vote: one or two of the parties other than the
 * chair's, as long as the proposal keeps its majority.
 */
function opposition(
  voters: readonly PresentVoter[],
  chairParty: string | null,
  rng: () => number,
  keep: ReadonlySet<string | null> = new Set(),
): Set<string | null> {
  const groups = [...byParty(voters)].filter(
    ([code]) => code !== null && code !== chairParty && !keep.has(code),
  );
  const against = new Set<string | null>();
  let votes = 0;
  const wanted = 1 + Math.floor(rng() * 2);
  while (against.size < wanted && groups.length > 0) {
    const [code, members] = groups.splice(Math.floor(rng() * groups.length), 1)[0] ?? [null, []];
    if (2 * (votes + members.length) >= voters.length) break;
    against.add(code);
    votes += members.length;
  }
  return against;
}

export function scheduleHeldMeeting(
  schedule: Schedule,
  {
    tx,
    actor,
    meetingId,
    plan,
  }: {
    tx: Database;
    actor: Actor;
    meetingId: () => number;
    plan: ConsoleMeetingPlan;
  },
): void {
  const rng = rngOf(plan.seed);
  const lock = () => lockMeeting(tx, meetingId());
  const itemIds: number[] = [];
  const chair = { personId: 0, party: null as string | null };
  const absentees: number[] = [];
  const absenceCount =
    plan.bodySlug === "kommunestyret" ? 2 + Math.floor(rng() * 2) : Math.floor(rng() * 3);
  const declineFirst = rng() < 0.25;
  const lateArrival = rng() < 0.35;
  const earlyDeparture = rng() < 0.35;
  let late: number | null = null;

  // Forfall three days before, the substitutes called that afternoon and answering by evening.
  const day = osloDay(plan.startsAt);
  const reportedAt = osloDateTime(addDays(day, -3), "10:00");
  schedule(reportedAt, async (at) => {
    const seats = await tx
      .selectFrom("membership")
      .innerJoin("body", "body.id", "membership.body_id")
      .select(["membership.person_id", "membership.role", "membership.list_id"])
      .where("body.slug", "=", plan.bodySlug)
      .where("membership.starts_on", "<=", day)
      .where((eb) =>
        eb.or([eb("membership.ends_on", "is", null), eb("membership.ends_on", ">=", day)]),
      )
      .orderBy("membership.person_id")
      .execute();
    const leader = seats.find((seat) => seat.role === "leader");
    const roster = await loadRoster(tx, meetingId());
    chair.personId = leader?.person_id ?? 0;
    chair.party = roster.members.find((m) => m.personId === chair.personId)?.partyCode ?? null;
    const candidates = roster.members.filter((m) => m.personId !== chair.personId);
    for (let n = 0; n < absenceCount && candidates.length > 0; n++) {
      const [person] = candidates.splice(Math.floor(rng() * candidates.length), 1);
      if (!person) break;
      absentees.push(person.personId);
      accepted(
        await registerAbsence({
          actor,
          meeting: await lock(),
          personId: person.personId,
          fromItemId: null,
          reason: ABSENCE_REASONS[Math.floor(rng() * ABSENCE_REASONS.length)] ?? "Sykdom",
          now: at,
          tx,
        }),
        "absence",
      );
    }
    if (lateArrival && candidates.length > 0)
      late = candidates[Math.floor(rng() * candidates.length)]?.personId ?? null;
  });
  const call = async (source: CallSource, at: Date): Promise<number | null> => {
    const proposal = await substituteProposal(tx, await loadRoster(tx, meetingId()), source);
    if (!proposal.next) return null;
    return accepted(
      await callSubstitute({
        actor,
        meeting: await lock(),
        source,
        substitutePersonId: proposal.next.personId,
        // The calls are replayed history: nobody is mailed, so no address is needed.
        baseUrl: "",
        notify: false,
        now: at,
        tx,
      }),
      "substitute call",
    ).callId;
  };
  const answer = async (callId: number | null, reply: "accepted" | "declined", at: Date) => {
    if (callId === null) return null;
    accepted(
      await answerSubstituteCall({
        actor,
        meeting: await lock(),
        callId,
        answer: reply,
        now: at,
        tx,
      }),
      "substitute answer",
    );
    const row = await tx
      .selectFrom("substitute_call")
      .select("substitute_person_id")
      .where("id", "=", callId)
      .executeTakeFirstOrThrow();
    return row.substitute_person_id;
  };
  // The calls go out that afternoon, one by one, and the answers come by evening; the first
  // substitute called sometimes cannot come, and the next on the list is called.
  const absenceAt = async (n: number) => {
    const absences = await tx
      .selectFrom("absence")
      .select("id")
      .where("meeting_id", "=", meetingId())
      .orderBy("id")
      .execute();
    return absences[n]?.id ?? null;
  };
  const callsAt = reportedAt.getTime() + 3 * 60 * MINUTE_MS;
  const after = (minutes: number) => new Date(callsAt + minutes * MINUTE_MS);
  for (let n = 0; n < absenceCount; n++) {
    let callId: number | null = null;
    const callNext = async (at: Date) => {
      const absenceId = await absenceAt(n);
      callId = absenceId === null ? null : await call({ absenceId }, at);
    };
    schedule(after(5 * n), callNext);
    if (n === 0 && declineFirst) {
      schedule(after(90), async (at) => {
        await answer(callId, "declined", at);
      });
      schedule(after(100), callNext);
      schedule(after(150), async (at) => {
        await answer(callId, "accepted", at);
      });
    } else
      schedule(after(90 + 5 * n), async (at) => {
        await answer(callId, "accepted", at);
      });
  }

  // Opened at its time, the roll call at once.
  schedule(plan.startsAt, async (at) => {
    accepted(await openMeeting({ actor, meeting: await lock(), now: at, tx }), "open");
    const rows = await tx
      .selectFrom("agenda_item")
      .select("id")
      .where("meeting_id", "=", meetingId())
      .orderBy("position")
      .execute();
    if (rows.length !== plan.items.length)
      throw new Error("demo data: the console's plan does not match the agenda");
    itemIds.push(...rows.map((row) => row.id));
    const roster = await loadRoster(tx, meetingId());
    const present = new Set([
      ...roster.members
        .map((m) => m.personId)
        .filter((id) => !absentees.includes(id) && id !== late),
      ...roster.calls.filter((call) => call.status === "accepted").map((call) => call.personId),
    ]);
    accepted(
      await recordRollCall({
        actor,
        meeting: await lock(),
        present,
        now: new Date(at.getTime() + MINUTE_MS),
        tx,
      }),
      "roll call",
    );
  });

  const count = plan.items.length;
  const slot = (MEETING_HOURS * 60 * MINUTE_MS - 15 * MINUTE_MS) / count;
  const lastCase = plan.items.findLastIndex((item) => item.kind === "case" && !item.exempt);
  plan.items.forEach((item, index) => {
    const start = plan.startsAt.getTime() + 5 * MINUTE_MS + Math.round(index * slot);
    // Moments within the item's slot, on whole minutes where the slot allows.
    const moment = (fraction: number) =>
      new Date(start + Math.round((fraction * slot) / MINUTE_MS) * MINUTE_MS);
    const itemId = () => itemIds[index] ?? 0;
    const scene = item.lastStep && item.caseKey ? SCENES[item.caseKey] : undefined;
    const voters = () => presentVoters(tx, itemId());
    let votes = 0;
    const vote = async (
      at: Date,
      proposal: ProposalRef,
      counting: VoteCounting,
      options: { against?: number; chairVoted?: Side } = {},
    ) =>
      accepted(
        await recordVote({
          actor,
          meeting: await lock(),
          itemId: itemId(),
          proposal,
          against: options.against ?? null,
          counting,
          chairVoted: options.chairVoted ?? null,
          idempotencyKey: requestKey(`demo-${meetingId()}-${itemId()}-${++votes}`),
          now: at,
          tx,
        }),
        "vote",
      );
    const propose = async (
      at: Date,
      kind: MemberProposalKind,
      text: string,
      maker: PresentVoter | undefined,
      options: { parties?: string[]; amends?: ProposalRef; referredTo?: string } = {},
    ) => {
      const partyIds =
        options.parties && options.parties.length > 0
          ? (
              await tx
                .selectFrom("party")
                .select("id")
                .where("short_name", "in", options.parties)
                .orderBy("id")
                .execute()
            ).map((row) => row.id)
          : [];
      return accepted(
        await addProposal({
          actor,
          meeting: await lock(),
          itemId: itemId(),
          kind,
          text,
          madeByPersonId: maker?.personId ?? chair.personId,
          partyIds,
          amends: options.amends ?? null,
          referredTo: options.referredTo ?? null,
          now: at,
          tx,
        }),
        "proposal",
      ).proposalId;
    };
    const ofParty = (all: PresentVoter[], party: string) =>
      all.find((voter) => voter.partyCode === party && voter.personId !== chair.personId);

    schedule(moment(0), async (at) => {
      if (item.exempt)
        accepted(
          await closeItem({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            ground: GROUNDS[item.caseKey ?? ""] ?? "confidentiality",
            basis: "Kl. § 11-5 andre ledd, jf. offl. § 13",
            now: at,
            tx,
          }),
          "closed item",
        );
      accepted(
        await startItem({ actor, meeting: await lock(), itemId: itemId(), now: at, tx }),
        "start item",
      );
      const attend = async (personId: number, kind: "arrived" | "left") =>
        accepted(
          await recordAttendance({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            personId,
            kind,
            now: at,
            tx,
          }),
          "attendance",
        );
      if (index === Math.min(1, count - 1) && late !== null && index > 0)
        await attend(late, "arrived");
      // The substitute called for a disqualified member leaves once that item is done.
      const forItem = await tx
        .selectFrom("substitute_call")
        .innerJoin("agenda_item", "agenda_item.id", "substitute_call.agenda_item_id")
        .select("substitute_call.substitute_person_id")
        .where("substitute_call.meeting_id", "=", meetingId())
        .where("substitute_call.scope", "=", "item")
        .where("substitute_call.status", "=", "accepted")
        .where("agenda_item.position", "<", index + 1)
        .execute();
      if (index > 0 && forItem.length > 0) {
        const before = await presentVoters(tx, itemIds[index - 1] ?? 0);
        const now = await voters();
        const roster = await loadRoster(tx, meetingId());
        for (const call of forItem) {
          const facts = roster.facts.get(call.substitute_person_id) ?? [];
          if (
            before.some((v) => v.personId === call.substitute_person_id) &&
            !now.some((v) => v.personId === call.substitute_person_id) &&
            !facts.some((fact) => fact.kind === "left")
          )
            await attend(call.substitute_person_id, "left");
        }
      }
      if (earlyDeparture && index === lastCase && index > 1) {
        const leaving = (await voters()).find(
          (voter) => voter.personId !== chair.personId && voter.capacity === "member",
        );
        if (leaving) await attend(leaving.personId, "left");
      }
      if (scene === "tie" && (await voters()).length % 2 === 1) {
        const leaving = (await voters()).find(
          (voter) => voter.partyCode !== chair.party && voter.capacity === "member",
        );
        if (leaving) await attend(leaving.personId, "left");
      }
    });

    if (item.formDecision !== null) {
      const decision = item.formDecision;
      schedule(moment(0.7), async (at) => {
        accepted(
          await recordDecision({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            decision,
            decidedAt: at,
            now: at,
            tx,
          }),
          "decision",
        );
      });
      return;
    }
    if (item.kind === "entry") return;

    const debated = scene !== undefined || rng() < 0.2;
    if (debated && !item.exempt) {
      // The speeches, each given the floor in turn, and a reply to the first.
      const speeches: { entryId: number; personId: number }[] = [];
      const floor = async (entryId: number, at: Date) =>
        accepted(
          await giveFloor({ actor, meeting: await lock(), itemId: itemId(), entryId, now: at, tx }),
          "floor",
        );
      const enter = async (kind: "speech" | "reply", personId: number, at: Date) =>
        accepted(
          await addSpeaker({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            kind,
            personId,
            replyToId: kind === "reply" ? (speeches[0]?.entryId ?? null) : null,
            now: at,
            tx,
          }),
          "speaker",
        ).entryId;
      schedule(moment(0.1), async (at) => {
        const all = await voters();
        const parties = [...byParty(all).keys()].filter((code) => code !== null);
        const speakers = parties
          .slice(0, 3)
          .map((party) => ofParty(all, party ?? ""))
          .filter((voter) => voter !== undefined);
        // A body without parties hears its members in turn.
        if (speakers.length < 2) speakers.splice(0, speakers.length, ...all.slice(0, 3));
        for (const speaker of speakers)
          speeches.push({
            entryId: await enter("speech", speaker.personId, at),
            personId: speaker.personId,
          });
        const first = speeches[0];
        if (first) await floor(first.entryId, at);
      });
      schedule(moment(0.13), async (at) => {
        const replier = speeches[1];
        if (replier) await floor(await enter("reply", replier.personId, at), at);
      });
      for (let n = 1; n <= 2; n++)
        schedule(moment(0.13 + 0.04 * n), async (at) => {
          const next = speeches[n];
          if (next) await floor(next.entryId, at);
        });
      schedule(moment(0.26), async (at) => {
        if (speeches.length > 0)
          accepted(
            await endSpeech({ actor, meeting: await lock(), itemId: itemId(), now: at, tx }),
            "end speech",
          );
      });
    }

    schedule(moment(0.3), async (at) => {
      const all = await voters();
      // The treatment's steps are recorded at the moment of the vote; nothing else happens
      // in between that the history would have to order.
      if (scene === "conflict") {
        const member = all.find(
          (voter) => voter.personId !== chair.personId && voter.capacity === "member",
        );
        if (!member) throw new Error("demo data: no member for the conflict of interest");
        const { conflictId } = accepted(
          await declareConflict({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            personId: member.personId,
            basis: "fvl_6_first",
            grounds: CONFLICT_GROUNDS,
            now: at,
            tx,
          }),
          "conflict",
        );
        accepted(
          await ruleOnConflict({
            actor,
            meeting: await lock(),
            conflictId,
            votesFor: all.length - 1,
            votesAgainst: 0,
            chairVote: null,
            now: at,
            tx,
          }),
          "conflict ruling",
        );
        const substitute = await answer(await call({ conflictId }, at), "accepted", at);
        if (substitute !== null)
          accepted(
            await recordAttendance({
              actor,
              meeting: await lock(),
              itemId: itemId(),
              personId: substitute,
              kind: "arrived",
              now: at,
              tx,
            }),
            "substitute arrives",
          );
        await vote(at, "recommendation", { by: "unanimous" });
        return;
      }
      if (scene === "postponement") {
        const id = await propose(at, "postponement", POSTPONEMENT_TEXT, all[0]);
        await vote(at, id, { by: "unanimous" });
        return;
      }
      if (scene === "alternative") {
        const id = await propose(at, "alternative", ALTERNATIVE_TEXT, ofParty(all, "H"), {
          parties: ["H", "FrP"],
        });
        await vote(at, "recommendation", partyCount(all, new Set(["H", "FrP"])), {
          against: id,
        });
        return;
      }
      if (scene === "tie") {
        const half = all.length / 2;
        const parties = [...byParty(all)].filter(([code]) => code !== chair.party);
        const lines = new Map<string | null, { votesFor: number; votesAgainst: number }>();
        for (const [code, members] of byParty(all))
          lines.set(code, { votesFor: members.length, votesAgainst: 0 });
        let against = 0;
        for (const [code, members] of parties) {
          const moved = Math.min(members.length, half - against);
          if (moved <= 0) break;
          lines.set(code, { votesFor: members.length - moved, votesAgainst: moved });
          against += moved;
        }
        await vote(
          at,
          "recommendation",
          {
            by: "party",
            parties: [...lines].map(([partyCode, line]) => ({ partyCode, ...line })),
          },
          { chairVoted: "for" },
        );
        return;
      }
      if (scene === "election") {
        const candidate = plan.names.get("fritak2.new") ?? "";
        const proposer = ofParty(all, "SV");
        const { electionId } = accepted(
          await createElection({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            title: "Valg av nytt medlem i hovedutvalg for oppvekst og kultur",
            candidates: [
              { name: candidate, proposedBy: proposer ? `SV ved ${proposer.name}` : "SV" },
            ],
            now: at,
            tx,
          }),
          "election",
        );
        const candidates = await tx
          .selectFrom("election_candidate")
          .select("id")
          .where("election_id", "=", electionId)
          .execute();
        accepted(
          await recordElectionRound({
            actor,
            meeting: await lock(),
            itemId: itemId(),
            electionId,
            votes: new Map(candidates.map((row) => [row.id, all.length - 2])),
            blank: 2,
            lotWinnerId: null,
            idempotencyKey: requestKey(`demo-${meetingId()}-${itemId()}-election`),
            now: at,
            tx,
          }),
          "election round",
        );
        await vote(at, "recommendation", { by: "unanimous" });
        return;
      }
      for (const text of item.additions) {
        const maker = ofParty(all, chair.party ?? "") ?? all[0];
        const id = await propose(at, "addition", text, maker, {
          amends: "recommendation",
        });
        await vote(at, id, partyCount(all, opposition(all, chair.party, rng)));
      }
      if (scene === "budget") {
        const amendment = await propose(at, "amendment", AMENDMENT_TEXT, ofParty(all, "FrP"), {
          amends: "recommendation",
        });
        const referral = ofParty(all, "R");
        await propose(at, "referral", REFERRAL_TEXT, referral, {
          parties: ["R", "SV"],
          referredTo: "Formannskapet",
        });
        const forAmendment = new Set<string | null>(["FrP", "H"]);
        const againstAmendment = new Set(
          [...byParty(all).keys()].filter((code) => !forAmendment.has(code)),
        );
        await vote(at, amendment, partyCount(all, againstAmendment));
        await vote(at, "recommendation", partyCount(all, new Set(["FrP"])));
        return;
      }
      const split = scene === "split" || (!item.exempt && rng() < 0.2);
      await vote(
        at,
        "recommendation",
        split ? partyCount(all, opposition(all, chair.party, rng)) : { by: "unanimous" },
      );
    });
    if (scene !== "postponement") {
      const expected = item.expectedDecision;
      schedule(moment(0.95), async () => {
        const row = await tx
          .selectFrom("agenda_item")
          .select("decision")
          .where("id", "=", itemId())
          .executeTakeFirstOrThrow();
        if (row.decision !== expected)
          throw new Error(`demo data: the votes on ${item.caseKey} gave another decision`);
      });
    }
  });

  schedule(meetingEnd(plan.startsAt), async (at) => {
    accepted(await adjournMeeting({ actor, meeting: await lock(), now: at, tx }), "adjourn");
  });
}
