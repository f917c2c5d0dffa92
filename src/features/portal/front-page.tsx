import { Layout, type PageContext } from "../../web/layout.tsx";
import { feedAlternates } from "../feeds/feed-links.ts";
import { ExemptNotice, MeetingList } from "./components.tsx";
import type { FrontPageModel } from "./presenters/front-page.ts";

export function FrontPage({ ctx, model }: { ctx: PageContext; model: FrontPageModel }) {
  const { upcoming, decisions } = model;
  return (
    <Layout ctx={ctx} title="Forside" alternates={feedAlternates()}>
      <h1 class="ds-heading" data-size="xl">
        Politiske møter og saker
      </h1>
      <p class="ds-paragraph" data-size="lg">
        Følg møtene, sakene og vedtakene til de folkevalgte organene i {ctx.municipalityName}.
      </p>
      <div class="fs-grid">
        <section aria-labelledby="kommende-moter" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="kommende-moter">
            Kommende møter
          </h2>
          <MeetingList meetings={upcoming} empty="Ingen møter er planlagt." />
          <p class="ds-paragraph">
            <a class="ds-link" href="/moter">
              Se hele møtekalenderen
            </a>
          </p>
        </section>
        <section aria-labelledby="siste-vedtak" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="siste-vedtak">
            Siste vedtak
          </h2>
          {decisions.length === 0 ? (
            <p class="ds-paragraph">Ingen vedtak er fattet ennå.</p>
          ) : (
            <ul class="fs-list">
              {decisions.map((decision) => (
                <li key={decision.id}>
                  <a class="ds-link" href={decision.caseHref}>
                    {decision.caseNumber} {decision.title}
                  </a>
                  <p class="ds-paragraph fs-meta" data-size="sm">
                    {decision.bodyName}, {decision.dateLabel}
                  </p>
                  {decision.exemption ? (
                    <ExemptNotice exemption={decision.exemption} />
                  ) : decision.decision ? (
                    <p class="ds-paragraph" data-size="sm">
                      {decision.decision}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="utvalg-oversikt" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="utvalg-oversikt">
          Utvalg og medlemmer
        </h2>
        <p class="ds-paragraph">
          Se hvem som sitter i kommunestyret, formannskapet og de andre utvalgene, og hvilke møter
          de har.{" "}
          <a class="ds-link" href="/utvalg">
            Se alle utvalg
          </a>{" "}
          eller{" "}
          <a class="ds-link" href="/personer">
            alle folkevalgte
          </a>
          .
        </p>
      </section>
      <section aria-labelledby="saker-oversikt" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="saker-oversikt">
          Saker
        </h2>
        <p class="ds-paragraph">
          Bla i sakene utvalgene har behandlet, etter utvalg, år, sakstype og status.{" "}
          <a class="ds-link" href="/saker">
            Se alle saker
          </a>
        </p>
      </section>
    </Layout>
  );
}
