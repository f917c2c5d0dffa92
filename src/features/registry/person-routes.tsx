import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type ExpressionBuilder, sql } from "kysely";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { DB } from "../../db/schema.ts";
import { roleLabel } from "../../domain/membership.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import {
  authorizeActor,
  pathId,
  redirectSaved,
  renderPage,
  wasSaved,
} from "../../web/route-helpers.ts";
import { likeEscape, searchText } from "../../web/search.ts";
import { createPerson } from "./create-person.ts";
import { personFormSchema } from "./person-schema.ts";
import {
  PERSONS_PATH,
  PERSONS_PER_PAGE,
  PersonDetailPage,
  PersonFormPage,
  type PersonFormValues,
  PersonListPage,
} from "./person-views.tsx";
import { updatePerson } from "./update-person.ts";

const fullName = (person: { given_name: string; family_name: string }) =>
  `${person.given_name} ${person.family_name}`;

async function loadPerson(db: Database, id: number) {
  const row = await db
    .selectFrom("person")
    .leftJoin("party", "party.id", "person.party_id")
    .select([
      "person.id",
      "person.given_name",
      "person.family_name",
      "person.email",
      "person.phone",
      "person.party_id",
      "party.name as party_name",
    ])
    .where("person.id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    name: fullName(row),
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    phone: row.phone,
    partyId: row.party_id,
    partyName: row.party_name,
  };
}

/** Matches the words in either name order, case-insensitively; % and _ are taken literally. */
function nameMatches(query: string) {
  const pattern = `%${likeEscape(query)}%`;
  return (eb: ExpressionBuilder<DB, "person">) =>
    eb.or([
      eb(sql<string>`person.given_name || ' ' || person.family_name`, "ilike", pattern),
      eb(sql<string>`person.family_name || ' ' || person.given_name`, "ilike", pattern),
    ]);
}

function pageNumber(value: unknown): number {
  return typeof value === "string" && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

async function showPersonForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: {
    person: { id: number; name: string } | null;
    values: Partial<PersonFormValues>;
    errors?: FieldErrors;
  },
) {
  const parties = await request.server.db
    .selectFrom("party")
    .select(["id", "name"])
    .where("is_joint_list", "=", false)
    .orderBy("name")
    .execute();
  return renderPage(
    request,
    reply,
    (ctx) => (
      <PersonFormPage
        ctx={ctx}
        person={state.person}
        values={state.values}
        errors={state.errors ?? {}}
        parties={parties}
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
    let matching = app.db.selectFrom("person");
    if (query) matching = matching.where(nameMatches(query));
    const [rows, counted] = await Promise.all([
      matching
        .leftJoin("party", "party.id", "person.party_id")
        .select([
          "person.id",
          "person.given_name",
          "person.family_name",
          "person.email",
          "person.phone",
          "party.short_name as party_short_name",
        ])
        .orderBy("person.family_name")
        .orderBy("person.given_name")
        .orderBy("person.id")
        .limit(PERSONS_PER_PAGE)
        .offset((page - 1) * PERSONS_PER_PAGE)
        .execute(),
      matching.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
    ]);
    return renderPage(request, reply, (ctx) => (
      <PersonListPage
        ctx={ctx}
        query={query}
        page={page}
        total={Number(counted.count)}
        persons={rows.map((row) => ({
          id: row.id,
          name: `${row.family_name}, ${row.given_name}`,
          partyShortName: row.party_short_name,
          email: row.email,
          phone: row.phone,
        }))}
      />
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
    return redirectSaved(reply, `${PERSONS_PATH}/${outcome.value}`);
  });

  app.get(`${PERSONS_PATH}/:id`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "person");
    const personId = pathId(request.params);
    const [person, memberships] = await Promise.all([
      loadPerson(app.db, personId),
      app.db
        .selectFrom("membership")
        .innerJoin("body", "body.id", "membership.body_id")
        .innerJoin("term", "term.id", "membership.term_id")
        .leftJoin("party", "party.id", "membership.list_id")
        .select([
          "membership.id",
          "membership.role",
          "membership.substitute_rank",
          "membership.has_vote",
          "membership.starts_on",
          "membership.ends_on",
          "body.id as body_id",
          "body.name as body_name",
          "body.kind as body_kind",
          "term.id as term_id",
          "term.name as term_name",
          "party.short_name as list_short_name",
        ])
        .where("membership.person_id", "=", personId)
        .orderBy("membership.starts_on", "desc")
        .orderBy("body.sort_order")
        .orderBy("body.name")
        .execute(),
    ]);
    return renderPage(request, reply, (ctx) => (
      <PersonDetailPage
        ctx={ctx}
        saved={wasSaved(request.query)}
        person={{
          id: person.id,
          name: person.name,
          partyName: person.partyName,
          email: person.email,
          phone: person.phone,
          memberships: memberships.map((row) => ({
            id: row.id,
            bodyId: row.body_id,
            bodyName: row.body_name,
            termId: row.term_id,
            termName: row.term_name,
            roleLabel: roleLabel(row.role, row.body_kind),
            listShortName: row.list_short_name,
            substituteRank: row.substitute_rank,
            hasVote: row.has_vote,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
          })),
        }}
      />
    ));
  });

  app.get(`${PERSONS_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "person");
    const person = await loadPerson(app.db, pathId(request.params));
    return showPersonForm(request, reply, {
      person,
      values: {
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email ?? "",
        phone: person.phone ?? "",
        partyId: person.partyId === null ? "" : String(person.partyId),
      },
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
        person: await loadPerson(app.db, personId),
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, `${PERSONS_PATH}/${personId}`);
  });
}
