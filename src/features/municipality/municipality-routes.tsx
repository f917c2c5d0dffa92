import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { authorize, NotFoundError } from "../../policies/policy.ts";
import { SavedNotice } from "../../web/admin-components.tsx";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { TextField } from "../../web/forms.tsx";
import { RecordFormPage } from "../../web/record-pages.tsx";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, redirectSaved, renderPage, wasSaved } from "../../web/route-helpers.ts";
import {
  MUNICIPALITY_LABELS,
  type MunicipalityInput,
  municipalityFormSchema,
} from "./municipality-schema.ts";
import { type MunicipalityRecord, updateMunicipality } from "./update-municipality.ts";

export const MUNICIPALITY_PATH = "/admin/kommunen";

async function loadMunicipality(db: Database): Promise<MunicipalityRecord> {
  const row = await db
    .selectFrom("municipality")
    .select(["id", "name", "short_name", "organisation_number"])
    .orderBy("id")
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    organisationNumber: row.organisation_number,
  };
}

type FormValues = { [Field in keyof MunicipalityInput]?: string | null };

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values: FormValues; errors?: FieldErrors; saved?: boolean },
) {
  const errors = state.errors ?? {};
  return renderPage(
    request,
    reply,
    (ctx) => (
      <RecordFormPage
        ctx={ctx}
        title="Kommunen"
        trail={[]}
        errors={errors}
        labels={MUNICIPALITY_LABELS}
        action={MUNICIPALITY_PATH}
        cancel="/admin"
      >
        <SavedNotice shown={state.saved ?? false} />
        <TextField
          name="name"
          label={MUNICIPALITY_LABELS.name}
          description="Vises øverst på alle sider, for eksempel «Eksempel kommune»."
          value={state.values.name ?? ""}
          error={errors.name}
          required
        />
        <TextField
          name="shortName"
          label={MUNICIPALITY_LABELS.shortName}
          description="Brukes i e-postadresser og korte omtaler, for eksempel «Eksempel»."
          value={state.values.shortName ?? ""}
          error={errors.shortName}
          required
        />
        <TextField
          name="organisationNumber"
          label={MUNICIPALITY_LABELS.organisationNumber}
          value={state.values.organisationNumber ?? ""}
          error={errors.organisationNumber}
        />
      </RecordFormPage>
    ),
    state.errors,
  );
}

/** The municipality's own name and numbers, for the administrator. */
export async function registerMunicipalityRoutes(app: FastifyInstance): Promise<void> {
  app.get(MUNICIPALITY_PATH, { preHandler: requireUser }, async (request, reply) => {
    const municipality = await loadMunicipality(app.db);
    authorize(request.user, "update", "municipality");
    return showForm(request, reply, { values: municipality, saved: wasSaved(request.query) });
  });

  app.post(MUNICIPALITY_PATH, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(municipalityFormSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const municipality = await loadMunicipality(tx);
      const actor = authorizeActor(request.user, "update", "municipality");
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
