import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { parseForm, postedList, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import {
  authorizeActor,
  pathId,
  redirectSaved,
  renderPage,
  wasSaved,
} from "../../web/route-helpers.ts";
import { createParty } from "./create-party.ts";
import { partyFormSchema } from "./party-schema.ts";
import {
  PARTIES_PATH,
  PartyFormPage,
  type PartyFormValues,
  PartyListPage,
} from "./party-views.tsx";
import { updateParty } from "./update-party.ts";

async function loadParty(db: Database, id: number) {
  const row = await db
    .selectFrom("party")
    .select(["id", "name", "short_name", "is_joint_list"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  const members = await db
    .selectFrom("joint_list_party")
    .select("party_id")
    .where("joint_list_id", "=", id)
    .execute();
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    isJointList: row.is_joint_list,
    partyIds: members.map((member) => member.party_id),
  };
}

/** Plain parties, the building blocks of a joint list; a party is never part of itself. */
async function jointListChoices(db: Database, exceptId: number | null) {
  let query = db
    .selectFrom("party")
    .select(["id", "name", "short_name"])
    .where("is_joint_list", "=", false)
    .orderBy("name");
  if (exceptId !== null) query = query.where("id", "<>", exceptId);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, name: row.name, shortName: row.short_name }));
}

async function showPartyForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: {
    party: { id: number; name: string } | null;
    values: PartyFormValues;
    errors?: FieldErrors;
  },
) {
  const choices = await jointListChoices(request.server.db, state.party?.id ?? null);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <PartyFormPage
        ctx={ctx}
        party={state.party}
        values={state.values}
        errors={state.errors ?? {}}
        choices={choices}
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
    const [rows, links] = await Promise.all([
      app.db
        .selectFrom("party")
        .select(["id", "name", "short_name", "is_joint_list"])
        .orderBy("name")
        .execute(),
      app.db
        .selectFrom("joint_list_party")
        .innerJoin("party", "party.id", "joint_list_party.party_id")
        .select(["joint_list_party.joint_list_id", "party.short_name"])
        .orderBy("party.short_name")
        .execute(),
    ]);
    const parties = rows.map((row) => ({
      id: row.id,
      name: row.name,
      shortName: row.short_name,
      isJointList: row.is_joint_list,
      memberShortNames: links
        .filter((link) => link.joint_list_id === row.id)
        .map((link) => link.short_name),
    }));
    return renderPage(request, reply, (ctx) => (
      <PartyListPage ctx={ctx} parties={parties} saved={wasSaved(request.query)} />
    ));
  });

  app.get(`${PARTIES_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "party");
    return showPartyForm(request, reply, {
      party: null,
      values: { name: "", shortName: "", isJointList: false, partyIds: [] },
    });
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
    return showPartyForm(request, reply, {
      party,
      values: { ...party, partyIds: party.partyIds.map(String) },
    });
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
