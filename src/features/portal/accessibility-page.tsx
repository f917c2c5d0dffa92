import { Layout, type PageContext } from "../../web/layout.tsx";
import type { AccessibilityPageModel } from "./presenters/accessibility.ts";

/** The accessibility statement (tilgjengelighetserklæring) the regulation asks for. */
export function AccessibilityPage({
  ctx,
  model,
}: {
  ctx: PageContext;
  model: AccessibilityPageModel;
}) {
  const { contactEmail, statementDate } = model;
  return (
    <Layout
      ctx={ctx}
      title="Tilgjengelighetserklæring"
      breadcrumbs={[{ href: "/", label: "Forside" }]}
    >
      <h1 class="ds-heading" data-size="xl">
        Tilgjengelighetserklæring
      </h1>
      <p class="ds-paragraph" data-size="lg">
        Denne erklæringen gjelder nettsidene for politiske møter og saker i {ctx.municipalityName}.
      </p>
      <section aria-labelledby="krav" class="fs-stack fs-text">
        <h2 class="ds-heading" data-size="md" id="krav">
          Krav og mål
        </h2>
        <p class="ds-paragraph">
          Offentlige nettsteder skal være universelt utformet etter likestillings- og
          diskrimineringsloven og forskrift om universell utforming av IKT-løsninger. Vårt mål er at
          nettsidene oppfyller kravene i WCAG 2.1 (Web Content Accessibility Guidelines) på nivå A
          og AA.
        </p>
      </section>
      <section aria-labelledby="testing" class="fs-stack fs-text">
        <h2 class="ds-heading" data-size="md" id="testing">
          Slik tester vi
        </h2>
        <ul class="ds-list">
          <li>
            Automatiske tester med axe-core i en ekte nettleser, på hver sidetype, hver gang
            programvaren endres.
          </li>
          <li>
            Manuell kontroll med tastatur: at alt kan nås og brukes uten mus, at fokus synes, og at
            rekkefølgen er logisk.
          </li>
          <li>
            Sidene er bygget med Designsystemet fra Digdir og fungerer uten JavaScript, med
            overskrifter, tabeller og skjemaer som skjermlesere kan lese.
          </li>
        </ul>
      </section>
      <section aria-labelledby="begrensninger" class="fs-stack fs-text">
        <h2 class="ds-heading" data-size="md" id="begrensninger">
          Kjente begrensninger
        </h2>
        <p class="ds-paragraph">
          Dokumenter som saksbehandlere laster opp, for eksempel vedlegg i PDF, er ikke alltid
          universelt utformet. De kan mangle overskrifter og alternativ tekst, eller være skannede
          bilder av tekst. Trenger du et dokument i en annen form, kan du kontakte oss.
        </p>
      </section>
      <section aria-labelledby="kontakt" class="fs-stack fs-text">
        <h2 class="ds-heading" data-size="md" id="kontakt">
          Tilbakemelding og kontakt
        </h2>
        <p class="ds-paragraph">
          Har du funnet noe som ikke fungerer, eller trenger du innhold i en annen form? Send e-post
          til{" "}
          <a class="ds-link" href={`mailto:${contactEmail}`}>
            {contactEmail}
          </a>
          .
        </p>
        <p class="ds-paragraph">
          Tilsynet for universell utforming av ikt fører tilsyn med kravene. Du kan lese mer og
          melde fra om mangler på{" "}
          <a class="ds-link" href="https://www.uustatus.no/">
            uustatus.no
          </a>
          .
        </p>
      </section>
      <p class="ds-paragraph fs-meta">Erklæringen ble sist oppdatert {statementDate}.</p>
    </Layout>
  );
}
