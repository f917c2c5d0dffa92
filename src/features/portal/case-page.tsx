import { Layout, type PageContext } from "../../web/layout.tsx";
import { Markup } from "../../web/markup.tsx";
import { RouteTreatments } from "../route/route-view.tsx";
import { DocumentList, ExemptNotice } from "./components.tsx";
import type { CasePageModel } from "./presenters/case.ts";

export function CasePage({ ctx, model }: { ctx: PageContext; model: CasePageModel }) {
  return (
    <Layout ctx={ctx} title={model.title} breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        {model.title}
      </h1>
      {model.kind === "exempt" ? (
        <>
          <p class="ds-paragraph">
            <ExemptNotice exemption={model.exemption} />
          </p>
          <dl class="fs-facts">
            <dt>Status</dt>
            <dd>{model.statusLabel}</dd>
          </dl>
          <RouteTreatments route={model.route} headingLevel={2} />
        </>
      ) : (
        <PublicCase model={model} />
      )}
      <p class="ds-paragraph">
        <a class="ds-link" href={model.alertHref}>
          Få varsel på e-post om saken
        </a>
      </p>
    </Layout>
  );
}

function PublicCase({ model }: { model: Extract<CasePageModel, { kind: "public" }> }) {
  return (
    <>
      <dl class="fs-facts">
        <dt>Arkivsak</dt>
        <dd>{model.archiveNumber}</dd>
        <dt>Sakstype</dt>
        <dd>{model.typeLabel}</dd>
        <dt>Status</dt>
        <dd>{model.statusLabel}</dd>
        {model.caseOfficer ? (
          <>
            <dt>Saksbehandler</dt>
            <dd>{model.caseOfficer}</dd>
          </>
        ) : null}
        {model.unit ? (
          <>
            <dt>Enhet</dt>
            <dd>{model.unit}</dd>
          </>
        ) : null}
      </dl>
      <RouteTreatments route={model.route} headingLevel={2} />
      {model.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} class="fs-stack">
          <h2 class="ds-heading" data-size="lg" id={section.id}>
            {section.heading}
          </h2>
          <Markup blocks={section.blocks} headingLevel={3} />
        </section>
      ))}
      <section aria-labelledby="dokumenter" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="dokumenter">
          Dokumenter
        </h2>
        {model.documents.length > 0 ? (
          <DocumentList documents={model.documents} />
        ) : (
          <p class="ds-paragraph">Saken har ingen offentlige dokumenter.</p>
        )}
      </section>
    </>
  );
}
