import { Layout, type PageContext } from "../../web/layout.tsx";
import { CONFIRM_HOURS } from "./alert-mails.ts";

/** Personvernerklæring: what the portal stores about a citizen, why, and for how long. */
export function PrivacyPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Personvern" breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        Personvernerklæring
      </h1>
      <p class="ds-paragraph">
        {ctx.municipalityName} er behandlingsansvarlig for opplysningene nedenfor. Du kan lese
        sakene, møtene og vedtakene her uten å logge inn og uten at vi lagrer hvem du er.
      </p>
      <section aria-labelledby="varsler" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="varsler">
          Varsel på e-post
        </h2>
        <ul class="ds-list">
          <li>
            <strong>Hva vi lagrer:</strong> bare e-postadressen din og hva du vil ha varsel om (et
            utvalg eller en sak), med tidspunktet du ba om det og bekreftet. Ikke navn, ikke
            IP-adresse.
          </li>
          <li>
            <strong>Hvorfor:</strong> for å sende deg varslene du har bedt om. Grunnlaget er
            samtykket ditt, som du gir ved å bekrefte lenken i den første e-posten (GDPR artikkel 6
            nr. 1 bokstav a).
          </li>
          <li>
            <strong>Hvor lenge:</strong> til du melder deg av. Hver e-post har en lenke som melder
            deg av med ett klikk, og da slettes adressen med en gang. Bekrefter du ikke innen{" "}
            {CONFIRM_HOURS} timer, slettes adressen.
          </li>
          <li>
            <strong>E-postene som er sendt:</strong> hver e-post sendes fra en kø, der den med
            adressen din ligger i inntil 30 dager etter at den er sendt, for at vi skal kunne se at
            den kom fram. Så slettes den.
          </li>
          <li>
            <strong>Hvem ser det:</strong> ingen andre enn systemet som sender e-postene. Adressen
            deles ikke med noen og brukes ikke til noe annet. Vi forteller heller aldri om en
            adresse allerede abonnerer.
          </li>
        </ul>
      </section>
      <section aria-labelledby="rettigheter" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="rettigheter">
          Dine rettigheter
        </h2>
        <p class="ds-paragraph">
          Du kan trekke samtykket når som helst ved å melde deg av. Du har rett til innsyn i,
          retting og sletting av opplysninger om deg, og til å klage til Datatilsynet. Kontakt
          kommunen om du har spørsmål.
        </p>
      </section>
      <section aria-labelledby="informasjonskapsler" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="informasjonskapsler">
          Informasjonskapsler
        </h2>
        <p class="ds-paragraph">
          Den offentlige delen bruker ingen informasjonskapsler. Bare innloggingen til arbeidsflaten
          gjør det, fordi de trengs for å logge inn og holde deg innlogget.
        </p>
      </section>
    </Layout>
  );
}
