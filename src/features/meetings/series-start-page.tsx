import type { FieldErrors } from "../../commit/outcome.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { DataTable, PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { BODIES_PATH, bodyPath } from "../registry/registry-paths.ts";
import type { SeriesView } from "./series-queries.ts";
import type { SeriesName } from "./set-series-start.ts";

export const SERIES_FIELD_LABELS: Record<string, string> = {
  year: "År",
  series: "Serie",
  firstNumber: "Første nummer",
};

export const seriesLabel = (series: SeriesName): string =>
  series === "meeting" ? "Møtenummer" : `${series} – ${CASE_TYPE_LABELS[series]}`;

export const seriesPath = (bodyId: number): string => `${bodyPath(bodyId)}/nummerserier`;

/**
 * A body's numbering in one year: where each series starts, the highest number used and the
 * next, and the form that sets a start, for a municipality that begins mid-year.
 */
export function SeriesStartPage({
  ctx,
  body,
  year,
  series,
  values,
  errors,
}: {
  ctx: PageContext;
  body: { id: number; name: string };
  year: number;
  series: readonly SeriesView[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const heading = `Nummerserier for ${body.name} i ${year}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={heading}
      trail={[
        { href: BODIES_PATH, label: "Utvalg" },
        { href: bodyPath(body.id), label: body.name },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors} labels={SERIES_FIELD_LABELS} />
      <p class="ds-paragraph">
        Møtesaksnumrene (PS 12/26) og møtenumrene (møte 5/2026) løper i hver sin serie per år. Tar
        kommunen Folkestyre i bruk midt i et år, settes første nummer i hver serie slik at
        nummereringen fortsetter der den slapp. Et nummer som er brukt, blir aldri brukt igjen.
      </p>
      <form method="get" action={seriesPath(body.id)} class="fs-actions">
        <TextField name="ar" label="Vis år" type="number" value={String(year)} />
        <button type="submit" class="ds-button" data-variant="secondary">
          Vis
        </button>
      </form>
      <DataTable
        caption={heading}
        hideCaption
        columns={["Serie", "Første nummer", "Høyeste brukte", "Neste nummer"]}
      >
        {series.map((row) => (
          <tr key={row.series}>
            <th scope="row">{seriesLabel(row.series)}</th>
            <td>{row.firstNumber}</td>
            <td>{row.lastUsed === 0 ? "Ingen" : row.lastUsed}</td>
            <td>{row.nextNumber}</td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="sett-start" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="sett-start">
          Sett første nummer
        </h2>
        <PostForm action={seriesPath(body.id)} csrfToken={ctx.csrfToken}>
          <TextField
            name="year"
            label={SERIES_FIELD_LABELS.year ?? ""}
            type="number"
            value={values.year ?? String(year)}
            error={errors.year}
            required
          />
          <SelectField
            name="series"
            label={SERIES_FIELD_LABELS.series ?? ""}
            value={values.series ?? ""}
            options={series.map((row) => ({ value: row.series, label: seriesLabel(row.series) }))}
            emptyLabel="Velg serie"
            error={errors.series}
            required
          />
          <TextField
            name="firstNumber"
            label={SERIES_FIELD_LABELS.firstNumber ?? ""}
            type="number"
            description="Må være høyere enn alle numre som er brukt i serien."
            value={values.firstNumber ?? ""}
            error={errors.firstNumber}
            required
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Lagre
          </button>
        </PostForm>
      </section>
    </AdminLayout>
  );
}
