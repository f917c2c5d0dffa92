import { ErrorSummary, SelectField } from "../../web/forms.tsx";
import { Layout, type PageContext } from "../../web/layout.tsx";
import type { PersonListPageModel } from "./person-list-presenter.ts";

export function PersonListPage({
  ctx,
  model,
  errors,
}: {
  ctx: PageContext;
  model: PersonListPageModel;
  errors: Record<string, string>;
}) {
  const { query } = model;
  return (
    <Layout ctx={ctx} title="Folkevalgte" breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        Folkevalgte
      </h1>
      <p class="ds-paragraph">
        {model.termName
          ? `Medlemmer og varamedlemmer i utvalgene i dag, valgperioden ${model.termName}.`
          : "Ingen valgperiode er registrert."}
      </p>
      <ErrorSummary errors={errors} labels={{ utvalg: "Utvalg", parti: "Parti eller liste" }} />
      <form method="get" action="/personer" class="fs-form">
        <SelectField
          name="utvalg"
          label="Utvalg"
          value={query.utvalg}
          options={model.bodyOptions}
          emptyLabel="Alle utvalg"
          error={errors.utvalg}
        />
        <SelectField
          name="parti"
          label="Parti eller liste"
          value={query.parti}
          options={model.listOptions}
          emptyLabel="Alle partier"
          error={errors.parti}
        />
        <button type="submit" class="ds-button" data-variant="secondary">
          Vis folkevalgte
        </button>
      </form>
      <section aria-labelledby="personer" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="personer">
          {model.people.length === 1 ? "1 person" : `${model.people.length} personer`}
        </h2>
        {model.people.length === 0 ? (
          <p class="ds-paragraph">Ingen folkevalgte passer til utvalget.</p>
        ) : (
          <ul class="fs-list">
            {model.people.map((person) => (
              <li key={person.id}>
                <a class="ds-link" href={person.href}>
                  {person.name}
                </a>
                {person.listNames ? <span class="fs-meta"> ({person.listNames})</span> : null}
                <ul class="ds-list">
                  {person.seats.map((seat) => (
                    <li key={seat.key}>
                      <a class="ds-link" href={seat.bodyHref}>
                        {seat.bodyName}
                      </a>
                      : {seat.role}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
