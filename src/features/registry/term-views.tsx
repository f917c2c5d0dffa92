import { DataTable, EditLink } from "../../web/admin-components.tsx";
import { TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { RecordFormPage, RecordListPage } from "../../web/record-pages.tsx";
import { TERMS_PATH } from "./registry-paths.ts";
import { type TermFormValues, type TermView, termEditHref } from "./term-presenter.ts";
import { TERM_LABELS } from "./term-schema.ts";

export function TermListPage({ ctx, terms }: { ctx: PageContext; terms: TermView[] }) {
  return (
    <RecordListPage
      ctx={ctx}
      title="Valgperioder"
      addHref={`${TERMS_PATH}/ny`}
      addLabel="Ny valgperiode"
    >
      {terms.length === 0 ? (
        <p class="ds-paragraph">Det er ingen valgperioder ennå.</p>
      ) : (
        <DataTable caption="Valgperioder, nyeste først" columns={["Navn", "Fra", "Til", "Endre"]}>
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
              <td>{term.fromLabel}</td>
              <td>{term.toLabel}</td>
              <td>
                <EditLink href={term.editHref} name={term.name} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </RecordListPage>
  );
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
  const action = term === null ? `${TERMS_PATH}/ny` : termEditHref(term.id);
  return (
    <RecordFormPage
      ctx={ctx}
      title={title}
      trail={[{ href: TERMS_PATH, label: "Valgperioder" }]}
      errors={errors}
      labels={TERM_LABELS}
      action={action}
      cancel={TERMS_PATH}
    >
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
    </RecordFormPage>
  );
}
