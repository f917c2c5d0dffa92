import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { osloDay } from "../../domain/time.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import {
  authorizeActor,
  pathId,
  queryId,
  redirectSaved,
  renderPage,
} from "../../web/route-helpers.ts";
import { showBodyDetail } from "./body-detail.tsx";
import {
  type BodyFormValues,
  bodyFormValues,
  NEW_BODY_VALUES,
  presentBodyRow,
} from "./body-presenter.ts";
import { listBodies, loadBody, loadBodyDetail } from "./body-queries.ts";
import { bodyFormSchema } from "./body-schema.ts";
import { BodyFormPage, BodyListPage } from "./body-views.tsx";
import { createBody } from "./create-body.ts";
import { BODIES_PATH, bodyPath } from "./registry-paths.ts";
import { updateBody } from "./update-body.ts";

async function showBodyForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: {
    body: { id: number; name: string } | null;
    values: BodyFormValues;
    errors?: FieldErrors;
  },
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <BodyFormPage ctx={ctx} body={state.body} values={state.values} errors={state.errors ?? {}} />
    ),
    state.errors,
  );
}

function postedBody(body: unknown): BodyFormValues {
  const values = postedValues(body);
  return {
    name: values.name ?? "",
    shortName: values.shortName ?? "",
    slug: values.slug ?? "",
    kind: values.kind ?? "",
    seatCount: values.seatCount ?? "",
    noticeDays: values.noticeDays ?? "",
    description: values.description ?? "",
    isActive: values.isActive === "on",
    quorumPercent: values.quorumPercent ?? "",
    speechMinutes: values.speechMinutes ?? "",
    replyMinutes: values.replyMinutes ?? "",
    answerMinutes: values.answerMinutes ?? "",
    repliesPerSpeech: values.repliesPerSpeech ?? "",
    votesByName: values.votesByName === "on",
    videoStreamUrl: values.videoStreamUrl ?? "",
  };
}

export async function registerBodyRoutes(app: FastifyInstance): Promise<void> {
  app.get(BODIES_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "body");
    const bodies = await listBodies(app.db);
    return renderPage(request, reply, (ctx) => (
      <BodyListPage ctx={ctx} bodies={bodies.map(presentBodyRow)} />
    ));
  });

  app.get(`${BODIES_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "body");
    return showBodyForm(request, reply, { body: null, values: NEW_BODY_VALUES });
  });

  app.post(`${BODIES_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(bodyFormSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "body");
      if (!input.ok) return input;
      return succeeded(await createBody({ actor, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showBodyForm(request, reply, {
        body: null,
        values: postedBody(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, bodyPath(outcome.value));
  });

  app.get(`${BODIES_PATH}/:id`, { preHandler: requireUser }, async (request, reply) => {
    const bodyId = pathId(request.params);
    const termId = queryId(request.query, "valgperiode");
    authorize(request.user, "update", "body");
    authorize(request.user, "view", "membership");
    const today = osloDay(new Date());
    const detail = await loadBodyDetail(app.db, { bodyId, termId, today });
    return showBodyDetail(request, reply, { detail, today });
  });

  app.get(`${BODIES_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "body");
    const body = await loadBody(app.db, pathId(request.params));
    return showBodyForm(request, reply, { body, values: bodyFormValues(body) });
  });

  app.post(`${BODIES_PATH}/:id/rediger`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(bodyFormSchema, request.body);
    const bodyId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "body");
      const body = await loadBody(tx, bodyId);
      if (!input.ok) return input;
      return succeeded(await updateBody({ actor, body, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showBodyForm(request, reply, {
        body: await loadBody(app.db, bodyId),
        values: postedBody(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, bodyPath(bodyId));
  });
}
