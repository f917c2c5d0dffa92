import type { FieldErrors } from "../../commit/outcome.ts";
import { TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { RecordFormPage } from "../../web/record-pages.tsx";
import type { MunicipalityFormValues } from "./municipality-presenter.ts";
import { DEFAULT_PRESENTATION_PAGE_LIMIT, MUNICIPALITY_LABELS } from "./municipality-schema.ts";

export const MUNICIPALITY_PATH = "/admin/kommunen";

/** The municipality's own name and numbers, for the administrator. */
export function MunicipalityPage({
  ctx,
  values,
  errors,
}: {
  ctx: PageContext;
  values: Partial<MunicipalityFormValues>;
  errors: FieldErrors;
}) {
  return (
    <RecordFormPage
      ctx={ctx}
      title="Kommunen"
      trail={[]}
      errors={errors}
      labels={MUNICIPALITY_LABELS}
      action={MUNICIPALITY_PATH}
      cancel="/admin"
    >
      <TextField
        name="name"
        label={MUNICIPALITY_LABELS.name}
        description="Vises øverst på alle sider, for eksempel «Eksempel kommune»."
        value={values.name ?? ""}
        error={errors.name}
        required
      />
      <TextField
        name="shortName"
        label={MUNICIPALITY_LABELS.shortName}
        description="Brukes i e-postadresser og korte omtaler, for eksempel «Eksempel»."
        value={values.shortName ?? ""}
        error={errors.shortName}
        required
      />
      <TextField
        name="organisationNumber"
        label={MUNICIPALITY_LABELS.organisationNumber}
        value={values.organisationNumber ?? ""}
        error={errors.organisationNumber}
      />
      <TextField
        name="presentationPageLimit"
        label={MUNICIPALITY_LABELS.presentationPageLimit}
        description={`Saksbehandleren får en advarsel når saksframlegget ser ut til å bli lengre enn dette. Tomt betyr ${DEFAULT_PRESENTATION_PAGE_LIMIT} sider.`}
        value={values.presentationPageLimit ?? ""}
        error={errors.presentationPageLimit}
        type="number"
      />
    </RecordFormPage>
  );
}
