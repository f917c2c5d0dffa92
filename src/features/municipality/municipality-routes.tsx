import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { MUNICIPALITY_PATH, MunicipalityPage } from "./municipality-page.tsx";
import { type MunicipalityFormValues, municipalityFormValues } from "./municipality-presenter.ts";
import { loadMunicipality } from "./municipality-queries.ts";
import { municipalityFormSchema } from "./municipality-schema.ts";
import { updateMunicipality } from "./update-municipality.ts";

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values: Partial<MunicipalityFormValues>; errors?: FieldErrors },
) {
  return renderPage(
    request,
    reply,
    (ctx) => <MunicipalityPage ctx={ctx} values={state.values} errors={state.errors ?? {}} />,
    state.errors,
  );
}

/** The municipality's own name and numbers, for the administrator. */
export async function registerMunicipalityRoutes(app: FastifyInstance): Promise<void> {
  app.get(MUNICIPALITY_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "update", "municipality");
    const municipality = await loadMunicipality(app.db);
    return showForm(request, reply, {
      values: municipalityFormValues(municipality),
    });
  });

  app.post(MUNICIPALITY_PATH, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(municipalityFormSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "municipality");
      const municipality = await loadMunicipality(tx);
      if (!input.ok) return input;
      return succeeded(await updateMunicipality({ actor, municipality, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showForm(request, reply, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, MUNICIPALITY_PATH);
  });
}
