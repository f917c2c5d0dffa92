import { CsrfField, ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../admin/admin-layout.tsx";
import { formatDay, SavedNotice } from "./registry-ui.tsx";
import { TERM_LABELS } from "./term-schema.ts";

export const TERMS_PATH = "/admin/valgperioder";

export interface TermView {
  id: number;
  name: string;
  startsOn: string;
  endsOn: string;
  isCurrent: boolean;
}

export function TermListPage({
  ctx,
  terms,
  saved,
}: {
  ctx: PageContext;
  terms: TermView[];
  saved: boolean;
}) {
  return (
    <AdminLayout ctx={ctx} title="Valgperioder">
      <h1 class="ds-heading" data-size="lg">
        Valgperioder
      </h1>
      <SavedNotice shown={saved} />
      <p class="ds-paragraph">
        <a class="ds-link" href={`${TERMS_PATH}/ny`}>
          Ny valgperiode
        </a>
      </p>
      {terms.length === 0 ? (
        <p class="ds-paragraph">Det er ingen valgperioder ennå.</p>
      ) : (
        <div class="fs-table-wrap">
          <table class="ds-table">
            <caption>Valgperioder, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Fra</th>
                <th scope="col">Til</th>
                <th scope="col">Endre</th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.id}>
                  <th scope="row">
                    {term.name}
                    {term.isCurrent ? (
                      <>
                        {" "}
                        <span class="ds-tag" data-color="success">
                          Gjeldende
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td>{formatDay(term.startsOn)}</td>
                  <td>{formatDay(term.endsOn)}</td>
                  <td>
                    <a class="ds-link" href={`${TERMS_PATH}/${term.id}/rediger`}>
                      Rediger<span class="ds-sr-only"> {term.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

export interface TermFormValues {
  name: string;
  startsOn: string;
  endsOn: string;
}

export function TermFormPage({
  ctx,
  term,
  values,
  errors,
}: {
  ctx: PageContext;
  /** The stored term when editing; null for a new one. */
  term: { id: number; name: string } | null;
  values: Partial<TermFormValues>;
  errors: Record<string, string>;
}) {
  const title = term === null ? "Ny valgperiode" : `Rediger valgperioden ${term.name}`;
  const action = term === null ? `${TERMS_PATH}/ny` : `${TERMS_PATH}/${term.id}/rediger`;
  return (
    <AdminLayout ctx={ctx} title={title} trail={[{ href: TERMS_PATH, label: "Valgperioder" }]}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary errors={errors} labels={TERM_LABELS} />
      <form method="post" action={action} class="fs-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="name"
          label={TERM_LABELS.name}
          description="For eksempel «2023–2027»."
          value={values.name ?? ""}
          error={errors.name}
          required
        />
        <TextField
          name="startsOn"
          label={TERM_LABELS.startsOn}
          type="date"
          value={values.startsOn ?? ""}
          error={errors.startsOn}
          required
        />
        <TextField
          name="endsOn"
          label={TERM_LABELS.endsOn}
          type="date"
          value={values.endsOn ?? ""}
          error={errors.endsOn}
          required
        />
        <div class="fs-actions">
          <button type="submit" class="ds-button" data-variant="primary">
            Lagre
          </button>
          <a class="ds-link" href={TERMS_PATH}>
            Avbryt
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}
