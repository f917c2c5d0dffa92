import { Layout, type PageContext } from "./layout.tsx";

export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Fant ikke siden">
      <h1 class="ds-heading" data-size="lg">
        Fant ikke siden
      </h1>
      <p class="ds-paragraph">
        Siden finnes ikke, eller du har ikke tilgang til den. Sjekk adressen, eller gå til{" "}
        <a class="ds-link" href="/">
          forsiden
        </a>
        .
      </p>
    </Layout>
  );
}

export function ErrorPage({ ctx, message }: { ctx: PageContext; message: string }) {
  return (
    <Layout ctx={ctx} title="Noe gikk galt">
      <h1 class="ds-heading" data-size="lg">
        Noe gikk galt
      </h1>
      <p class="ds-paragraph">{message}</p>
    </Layout>
  );
}
