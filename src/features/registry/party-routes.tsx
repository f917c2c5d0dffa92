import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedList, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { createParty } from "./create-party.ts";
import {
  NEW_PARTY_VALUES,
  type PartyFormValues,
  partyFormValues,
  presentListChoice,
  presentParties,
} from "./party-presenter.ts";
import { listParties, listPlainParties, loadParty } from "./party-queries.ts";
import { partyFormSchema } from "./party-schema.ts";
import { PartyFormPage, PartyListPage } from "./party-views.tsx";
import { PARTIES_PATH } from "./registry-paths.ts";
import { updateParty } from "./update-party.ts";

async function showPartyForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: {
    party: { id: number; name: string } | null;
    values: PartyFormValues;
    errors?: FieldErrors;
  },
) {
  // A party is never part of itself.
  const choices = await listPlainParties(request.server.db, state.party?.id ?? null);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <PartyFormPage
        ctx={ctx}
        party={state.party}
        values={state.values}
        errors={state.errors ?? {}}
        choices={choices.map(presentListChoice)}
      />
    ),
    state.errors,
  );
}

function postedParty(body: unknown): PartyFormValues {
  const values = postedValues(body);
  return {
    name: values.name ?? "",
    shortName: values.shortName ?? "",
    isJointList: values.isJointList === "on",
    partyIds: postedList(body, "partyIds"),
  };
}

export async function registerPartyRoutes(app: FastifyInstance): Promise<void> {
  app.get(PARTIES_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "party");
    const parties = await listParties(app.db);
    return renderPage(request, reply, (ctx) => (
      <PartyListPage ctx={ctx} parties={presentParties(parties)} />
    ));
  });

  app.get(`${PARTIES_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "party");
    return showPartyForm(request, reply, { party: null, values: NEW_PARTY_VALUES });
  });

  app.post(`${PARTIES_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(partyFormSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "party");
      if (!input.ok) return input;
      return succeeded(await createParty({ actor, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showPartyForm(request, reply, {
        party: null,
        values: postedParty(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, PARTIES_PATH);
  });

  app.get(`${PARTIES_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "party");
    const party = await loadParty(app.db, pathId(request.params));
    return showPartyForm(request, reply, { party, values: partyFormValues(party) });
  });

  app.post(`${PARTIES_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(partyFormSchema, request.body);
    const partyId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "party");
      const party = await loadParty(tx, partyId);
      if (!input.ok) return input;
      return succeeded(await updateParty({ actor, party, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showPartyForm(request, reply, {
        party: await loadParty(app.db, partyId),
        values: postedParty(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, PARTIES_PATH);
  });
}
