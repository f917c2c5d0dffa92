import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { refused } from "../../commit/outcome.ts";
import { idList, optionalId, parseForm, postedValues, requiredId } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { pathId } from "../../web/route-helpers.ts";
import { addProposal } from "./add-proposal.ts";
import { addSpeaker } from "./add-speaker.ts";
import { closeSpeakerList } from "./close-speaker-list.ts";
import { requestKey } from "./console-request.tsx";
import { answerConsoleForm } from "./console-routes.tsx";
import { createElection } from "./create-election.ts";
import { endSpeech } from "./end-speech.ts";
import { giveFloor } from "./give-floor.ts";
import type { ProposalRef } from "./proposals.ts";
import { recordElectionRound } from "./record-election-round.ts";
import { recordVote, type VoteCounting } from "./record-vote.ts";
import { strikeSpeaker } from "./strike-speaker.ts";
import { TREATMENT_FIELD_LABELS } from "./treatment-sections.tsx";
import { withdrawProposal } from "./withdraw-proposal.ts";

const ITEM = "/admin/moter/:id/konsoll/saker/:itemId";

/** A proposal as a form names it: an id, or «innstilling» before the recommendation has one. */
const proposalRef = (message: string) =>
  z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .refine((value) => value === "innstilling" || /^[1-9]\d{0,8}$/.test(value), message)
      .transform(
        (value): ProposalRef => (value === "innstilling" ? "recommendation" : Number(value)),
      ),
  );

const optionalProposalRef = (message: string) =>
  z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .refine(
        (value) => value === "" || value === "innstilling" || /^[1-9]\d{0,8}$/.test(value),
        message,
      )
      .transform((value): ProposalRef | null =>
        value === "" ? null : value === "innstilling" ? "recommendation" : Number(value),
      ),
  );

const proposalForm = z.object({
  forslagType: z.enum(["alternative", "amendment", "addition", "referral", "postponement"], {
    error: "Velg type forslag.",
  }),
  forslagStiller: requiredId("Velg hvem som fremmer forslaget."),
  forslagParti: idList("Velg partier fra listen."),
  forslagEndrer: optionalProposalRef("Velg forslaget som endres fra listen."),
  forslagOversendes: z.string().max(200, "Skriv kortere.").default(""),
  // Kept as entered: the minutes print the proposal as the member put it.
  forslagTekst: z.string().max(20_000, "Forslaget er for langt.").default(""),
});

const voteForm = z.object({
  voteringForslag: proposalRef("Velg forslaget det stemmes over."),
  voteringMot: optionalProposalRef("Velg forslaget fra listen."),
  voteringMoteleder: z.enum(["", "for", "mot"]).default(""),
  enstemmig: z.enum(["", "ja"]).default(""),
});

const COUNT = /^\d{1,4}$/;

/** The counts from the form: one pair per party (`for-<kode>`, `mot-<kode>`) or a vote per member. */
function countingFrom(body: unknown, unanimous: boolean): VoteCounting | string {
  if (unanimous) return { by: "unanimous" };
  const values = postedValues(body);
  const members = Object.entries(values).filter(([name]) => name.startsWith("stemme-"));
  if (members.length > 0)
    return {
      by: "member",
      members: members.map(([name, value]) => ({
        personId: Number(name.slice("stemme-".length)),
        votedFor: value === "for",
      })),
    };
  const parties: Array<{ partyCode: string | null; votesFor: number; votesAgainst: number }> = [];
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith("for-")) continue;
    const code = name.slice("for-".length);
    const against = values[`mot-${code}`] ?? "0";
    if (!COUNT.test(value.trim() || "0") || !COUNT.test(against.trim() || "0"))
      return "Skriv stemmetallene som hele tall, null eller mer.";
    parties.push({
      partyCode: code === "uten" ? null : code,
      votesFor: Number(value.trim() || "0"),
      votesAgainst: Number(against.trim() || "0"),
    });
  }
  return { by: "party", parties };
}

const electionForm = z.object({
  valgTittel: z.string().max(200, "Skriv kortere.").default(""),
  valgKandidater: z.string().max(5000, "Skriv færre kandidater.").default(""),
});

const speakerForm = z.object({
  talerPerson: requiredId("Velg hvem som skal ha ordet."),
  talerType: z.enum(["speech", "reply", "answer"], { error: "Velg type innlegg." }),
  talerTil: optionalId("Velg innlegget fra listen."),
});

const ids = (request: FastifyRequest) => ({
  meetingId: pathId(request.params),
  itemId: pathId(request.params, "itemId"),
});

/** The key the console form carries; the console step refuses a form without one first. */
const keyOf = (request: FastifyRequest): string => requestKey(request.body) ?? "";

/** The item's treatment in the console: proposals, votes, elections and the list of speakers. */
export async function registerTreatmentRoutes(app: FastifyInstance): Promise<void> {
  const labels = TREATMENT_FIELD_LABELS;

  app.post(`${ITEM}/forslag`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    const form = parseForm(proposalForm, request.body);
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "proposal.add",
      labels,
      work: async (args) => {
        if (!form.ok) return form;
        return addProposal({
          ...args,
          itemId,
          kind: form.value.forslagType,
          text: form.value.forslagTekst,
          madeByPersonId: form.value.forslagStiller,
          partyIds: form.value.forslagParti,
          amends: form.value.forslagEndrer,
          referredTo: form.value.forslagOversendes,
        });
      },
    });
  });

  app.post(
    `${ITEM}/forslag/:proposalId/trekk`,
    { preHandler: requireUser },
    async (request, reply) => {
      const { meetingId, itemId } = ids(request);
      const proposalId = pathId(request.params, "proposalId");
      return answerConsoleForm(request, reply, {
        meetingId,
        itemId,
        action: "proposal.withdraw",
        labels,
        work: (args) => withdrawProposal({ ...args, itemId, proposalId }),
      });
    },
  );

  app.post(`${ITEM}/voteringer`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    const form = parseForm(voteForm, request.body);
    const counting = form.ok ? countingFrom(request.body, form.value.enstemmig === "ja") : null;
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "vote.record",
      labels,
      work: async (args) => {
        if (!form.ok) return form;
        if (typeof counting === "string" || counting === null)
          return refused({ counts: counting ?? "Skriv stemmetallene." });
        const chair = form.value.voteringMoteleder;
        return recordVote({
          ...args,
          itemId,
          proposal: form.value.voteringForslag,
          against: form.value.voteringMot,
          counting,
          chairVoted: chair === "" ? null : chair === "for" ? "for" : "against",
          idempotencyKey: keyOf(request),
        });
      },
    });
  });

  app.post(`${ITEM}/valg`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    const form = parseForm(electionForm, request.body);
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "election.create",
      labels,
      work: async (args) => {
        if (!form.ok) return form;
        return createElection({
          ...args,
          itemId,
          title: form.value.valgTittel,
          candidates: form.value.valgKandidater.split("\n").map((line) => {
            const [name = "", proposedBy = ""] = line.split(";");
            return { name, proposedBy };
          }),
        });
      },
    });
  });

  app.post(
    `${ITEM}/valg/:electionId/avstemninger`,
    { preHandler: requireUser },
    async (request, reply) => {
      const { meetingId, itemId } = ids(request);
      const electionId = pathId(request.params, "electionId");
      const values = postedValues(request.body);
      const votes = new Map<number, number>();
      let bad = false;
      for (const [name, value] of Object.entries(values)) {
        if (!name.startsWith("kandidat-")) continue;
        const candidateId = Number(name.slice("kandidat-".length));
        if (!Number.isInteger(candidateId) || !COUNT.test(value.trim() || "0")) bad = true;
        else votes.set(candidateId, Number(value.trim() || "0"));
      }
      const blank = (values[`blanke-${electionId}`] ?? "0").trim() || "0";
      const lot = values[`loddtrekning-${electionId}`] ?? "";
      return answerConsoleForm(request, reply, {
        meetingId,
        itemId,
        action: "election.round",
        labels: { ...labels, [`valg-${electionId}`]: "Avstemning" },
        work: async (args) => {
          if (bad || !COUNT.test(blank) || (lot !== "" && !/^[1-9]\d{0,8}$/.test(lot)))
            return refused({
              [`valg-${electionId}`]: "Skriv stemmetallene som hele tall, null eller mer.",
            });
          const outcome = await recordElectionRound({
            ...args,
            itemId,
            electionId,
            votes,
            blank: Number(blank),
            lotWinnerId: lot === "" ? null : Number(lot),
            idempotencyKey: keyOf(request),
          });
          // The round's messages belong beside its own form on a page of several elections.
          return outcome.ok
            ? outcome
            : refused({ [`valg-${electionId}`]: Object.values(outcome.errors).join(" ") });
        },
      });
    },
  );

  app.post(`${ITEM}/talere`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    const form = parseForm(speakerForm, request.body);
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "speaker.add",
      labels,
      work: async (args) => {
        if (!form.ok) return form;
        return addSpeaker({
          ...args,
          itemId,
          kind: form.value.talerType,
          personId: form.value.talerPerson,
          replyToId: form.value.talerTil,
        });
      },
    });
  });

  app.post(`${ITEM}/talere/:entryId/ordet`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    const entryId = pathId(request.params, "entryId");
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "speaker.start",
      work: (args) => giveFloor({ ...args, itemId, entryId }),
    });
  });

  app.post(`${ITEM}/talere/:entryId/stryk`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    const entryId = pathId(request.params, "entryId");
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "speaker.strike",
      work: (args) => strikeSpeaker({ ...args, itemId, entryId }),
    });
  });

  app.post(`${ITEM}/talere/avslutt`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "speaker.end",
      work: (args) => endSpeech({ ...args, itemId }),
    });
  });

  app.post(`${ITEM}/talere/strek`, { preHandler: requireUser }, async (request, reply) => {
    const { meetingId, itemId } = ids(request);
    return answerConsoleForm(request, reply, {
      meetingId,
      itemId,
      action: "speaker.close_list",
      work: (args) => closeSpeakerList({ ...args, itemId }),
    });
  });
}
