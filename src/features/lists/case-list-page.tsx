import { ErrorSummary, SelectField } from "../../web/forms.tsx";
import { Layout, type PageContext } from "../../web/layout.tsx";
import { ExemptNotice, Tag } from "../portal/components.tsx";
import type { CaseListPageModel } from "./case-list-presenter.ts";

export function CaseListPage({
  ctx,
  model,
  errors,
}: {
  ctx: PageContext;
  model: CaseListPageModel;
  errors: Record<string, string>;
}) {
  const { query } = model;
  return (
    <Layout ctx={ctx} title="Saker" breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        Saker
      </h1>
      <p class="ds-paragraph">
        Sakene som har stått på en publisert saksliste. Unntatte saker vises med offentlig tittel.
      </p>
      <ErrorSummary
        errors={errors}
        labels={{ utvalg: "Utvalg", ar: "År", type: "Sakstype", status: "Status" }}
      />
      <form method="get" action="/saker" class="fs-form">
        <SelectField
          name="utvalg"
          label="Utvalg"
          value={query.utvalg}
          options={model.bodyOptions}
          emptyLabel="Alle utvalg"
          error={errors.utvalg}
        />
        <SelectField
          name="ar"
          label="År behandlet"
          value={query.ar}
          options={model.yearOptions}
          emptyLabel="Alle år"
          error={errors.ar}
        />
        <SelectField
          name="type"
          label="Sakstype"
          value={query.type}
          options={model.typeOptions}
          emptyLabel="Alle sakstyper"
          error={errors.type}
        />
        <SelectField
          name="status"
          label="Status"
          value={query.status}
          options={model.statusOptions}
          emptyLabel="Alle"
          error={errors.status}
        />
        <button type="submit" class="ds-button" data-variant="secondary">
          Vis saker
        </button>
      </form>
      <section aria-labelledby="treff" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="treff">
          {model.total === 1 ? "1 sak" : `${model.total} saker`}
        </h2>
        {model.entries.length === 0 ? (
          <p class="ds-paragraph">Ingen saker passer til utvalget.</p>
        ) : (
          <ul class="fs-list">
            {model.entries.map((entry) => (
              <li key={entry.id}>
                <a class="ds-link" href={entry.href}>
                  {entry.title}
                </a>
                <div class="fs-actions fs-entry-meta">
                  <Tag color={entry.status.color}>{entry.status.label}</Tag>
                  <span class="ds-paragraph fs-meta" data-size="sm">
                    {entry.typeLabel}, saksnummer {entry.archiveCaseNumber}
                    {entry.treatedLabel ? `. ${entry.treatedLabel}` : ""}
                  </span>
                </div>
                {entry.exemption ? <ExemptNotice exemption={entry.exemption} /> : null}
              </li>
            ))}
          </ul>
        )}
        <nav aria-label="Bla mellom sider" class="fs-actions">
          {model.previousHref ? (
            <a class="ds-link" href={model.previousHref}>
              Forrige side
            </a>
          ) : null}
          <span class="fs-meta">{model.pageLabel}</span>
          {model.nextHref ? (
            <a class="ds-link" href={model.nextHref}>
              Neste side
            </a>
          ) : null}
        </nav>
      </section>
    </Layout>
  );
}
