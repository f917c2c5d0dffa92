import { Layout, type PageContext } from "../../web/layout.tsx";
import { Markup } from "../../web/markup.tsx";
import { DocumentList, ExemptNotice, Paragraphs } from "./components.tsx";
import type { CasePageModel } from "./presenters/case.ts";

export function CasePage({ ctx, model }: { ctx: PageContext; model: CasePageModel }) {
  return (
    <Layout ctx={ctx} title={model.title} breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        {model.title}
      </h1>
      {model.kind === "exempt" ? (
        <p class="ds-paragraph">
          <ExemptNotice exemption={model.exemption} />
        </p>
      ) : (
        <PublicCase model={model} />
      )}
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
      <section aria-labelledby="saksgang" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="saksgang">
          Saksgang
        </h2>
        <div class="fs-table-wrap">
          <table class="ds-table" data-border="true">
            <caption class="ds-sr-only">Saksgang: utvalgene som behandler saken</caption>
            <thead>
              <tr>
                <th scope="col">Utvalg</th>
                <th scope="col">Møtedato</th>
                <th scope="col">Saksnr.</th>
                <th scope="col">Vedtak</th>
              </tr>
            </thead>
            <tbody>
              {model.route.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    <a class="ds-link" href={entry.bodyHref}>
                      {entry.bodyName}
                    </a>
                  </th>
                  <td>
                    {entry.meeting ? (
                      <a class="ds-link" href={entry.meeting.href}>
                        {entry.meeting.dateLabel}
                      </a>
                    ) : (
                      <span class="fs-meta">Ikke satt opp</span>
                    )}
                  </td>
                  <td>{entry.caseNumber ?? ""}</td>
                  <td>
                    {entry.decision ? (
                      <Paragraphs texts={entry.decision} />
                    ) : (
                      <span class="fs-meta">Ikke behandlet</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {model.recommendation.length > 0 ? (
        <section aria-labelledby="innstilling" class="fs-stack">
          <h2 class="ds-heading" data-size="lg" id="innstilling">
            Innstilling
          </h2>
          <Markup blocks={model.recommendation} headingLevel={3} />
        </section>
      ) : null}
      {model.summary.length > 0 ? (
        <section aria-labelledby="saksframstilling" class="fs-stack">
          <h2 class="ds-heading" data-size="lg" id="saksframstilling">
            Saksframstilling
          </h2>
          <Markup blocks={model.summary} headingLevel={3} />
        </section>
      ) : null}
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
