import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { osloDay } from "../../domain/time.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { createTerm } from "./create-term.ts";
import { TERMS_PATH } from "./registry-paths.ts";
import { presentTerms, type TermFormValues } from "./term-presenter.ts";
import { listTerms, loadTerm } from "./term-queries.ts";
import { termFormSchema } from "./term-schema.ts";
import { TermFormPage, TermListPage } from "./term-views.tsx";
import { updateTerm } from "./update-term.ts";

async function showTermForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: {
    term: { id: number; name: string } | null;
    values: Partial<TermFormValues>;
    errors?: FieldErrors;
  },
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <TermFormPage ctx={ctx} term={state.term} values={state.values} errors={state.errors ?? {}} />
    ),
    state.errors,
  );
}

export async function registerTermRoutes(app: FastifyInstance): Promise<void> {
  app.get(TERMS_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "term");
    const terms = await listTerms(app.db);
    return renderPage(request, reply, (ctx) => (
      <TermListPage ctx={ctx} terms={presentTerms(terms, osloDay(new Date()))} />
    ));
  });

  app.get(`${TERMS_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "term");
    return showTermForm(request, reply, { term: null, values: {} });
  });

  app.post(`${TERMS_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(termFormSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "term");
      if (!input.ok) return input;
      return succeeded(await createTerm({ actor, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showTermForm(request, reply, {
        term: null,
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, TERMS_PATH);
  });

  app.get(`${TERMS_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "term");
    const term = await loadTerm(app.db, pathId(request.params));
    return showTermForm(request, reply, { term, values: term });
  });

  app.post(`${TERMS_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(termFormSchema, request.body);
    const termId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "term");
      const term = await loadTerm(tx, termId);
      if (!input.ok) return input;
      return succeeded(await updateTerm({ actor, term, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showTermForm(request, reply, {
        term: await loadTerm(app.db, termId),
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, TERMS_PATH);
  });
}
