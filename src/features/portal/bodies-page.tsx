import { Layout, type PageContext } from "../../web/layout.tsx";
import type { BodiesPageModel, BodySummary } from "./presenters/body.ts";

function BodyList({ bodies }: { bodies: BodySummary[] }) {
  return (
    <ul class="fs-list">
      {bodies.map((body) => (
        <li key={body.href}>
          <a class="ds-link" href={body.href}>
            {body.name}
          </a>
          {body.description ? (
            <p class="ds-paragraph fs-meta" data-size="sm">
              {body.description}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function BodiesPage({ ctx, model }: { ctx: PageContext; model: BodiesPageModel }) {
  return (
    <Layout ctx={ctx} title="Utvalg" breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        Utvalg
      </h1>
      <p class="ds-paragraph">
        De folkevalgte organene i {ctx.municipalityName}, med medlemmer og møter.
      </p>
      <BodyList bodies={model.active} />
      {model.former.length > 0 ? (
        <section aria-labelledby="tidligere-utvalg" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="tidligere-utvalg">
            Tidligere utvalg
          </h2>
          <BodyList bodies={model.former} />
        </section>
      ) : null}
    </Layout>
  );
}
