import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { searchText } from "../../web/search.ts";
import { createPerson } from "./create-person.ts";
import { listSeatsOfPerson } from "./membership-queries.ts";
import { listPlainParties } from "./party-queries.ts";
import {
  type PersonFormValues,
  type PersonRef,
  personFormValues,
  presentPartyChoice,
  presentPersonDetail,
  presentPersonList,
  presentPersonRef,
} from "./person-presenter.ts";
import { loadPerson, searchPersons } from "./person-queries.ts";
import { personFormSchema } from "./person-schema.ts";
import { PersonDetailPage, PersonFormPage, PersonListPage } from "./person-views.tsx";
import { PERSONS_PATH, personPath } from "./registry-paths.ts";
import { updatePerson } from "./update-person.ts";

function pageNumber(value: unknown): number {
  return typeof value === "string" && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

async function showPersonForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: {
    person: PersonRef | null;
    values: Partial<PersonFormValues>;
    errors?: FieldErrors;
  },
) {
  const parties = await listPlainParties(request.server.db);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <PersonFormPage
        ctx={ctx}
        person={state.person}
        values={state.values}
        errors={state.errors ?? {}}
        parties={parties.map(presentPartyChoice)}
      />
    ),
    state.errors,
  );
}

export async function registerPersonRoutes(app: FastifyInstance): Promise<void> {
  app.get(PERSONS_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "person");
    const query = searchText(request.query, "q", 100);
    const page = pageNumber((request.query as Record<string, unknown>).side);
    const found = await searchPersons(app.db, { query, page });
    return renderPage(request, reply, (ctx) => (
      <PersonListPage ctx={ctx} list={presentPersonList({ ...found, query, page })} />
    ));
  });

  app.get(`${PERSONS_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "person");
    return showPersonForm(request, reply, { person: null, values: {} });
  });

  app.post(`${PERSONS_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(personFormSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "person");
      if (!input.ok) return input;
      return succeeded(await createPerson({ actor, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showPersonForm(request, reply, {
        person: null,
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, personPath(outcome.value));
  });

  app.get(`${PERSONS_PATH}/:id`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "person");
    const personId = pathId(request.params);
    const [person, seats] = await Promise.all([
      loadPerson(app.db, personId),
      listSeatsOfPerson(app.db, personId),
    ]);
    return renderPage(request, reply, (ctx) => (
      <PersonDetailPage ctx={ctx} person={presentPersonDetail(person, seats)} />
    ));
  });

  app.get(`${PERSONS_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "person");
    const person = await loadPerson(app.db, pathId(request.params));
    return showPersonForm(request, reply, {
      person: presentPersonRef(person),
      values: personFormValues(person),
    });
  });

  app.post(`${PERSONS_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(personFormSchema, request.body);
    const personId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "person");
      const person = await loadPerson(tx, personId);
      if (!input.ok) return input;
      return succeeded(await updatePerson({ actor, person, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showPersonForm(request, reply, {
        person: presentPersonRef(await loadPerson(app.db, personId)),
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, personPath(personId));
  });
}
