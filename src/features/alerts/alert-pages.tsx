import { CsrfField, ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import { Layout, type PageContext } from "../../web/layout.tsx";
import { PRIVACY_HREF } from "./alert-links.ts";
import { CONFIRM_HOURS } from "./alert-mails.ts";

export interface SubscribePageModel {
  email: string;
  /** A case to follow, or a choice among the bodies. */
  target:
    | { kind: "case"; caseId: number; label: string }
    | { kind: "search"; query: string }
    | { kind: "body"; bodySlug: string; options: Array<{ value: string; label: string }> };
}

export function SubscribePage({
  ctx,
  model,
  errors,
}: {
  ctx: PageContext;
  model: SubscribePageModel;
  errors: Record<string, string>;
}) {
  const { target } = model;
  return (
    <Layout ctx={ctx} title="Varsel på e-post" breadcrumbs={[{ href: "/", label: "Forside" }]}>
      <h1 class="ds-heading" data-size="xl">
        Varsel på e-post
      </h1>
      <p class="ds-paragraph">
        {target.kind === "case"
          ? `Få en e-post når det skjer noe nytt i ${target.label}: ny innkalling med saken, vedtak, endrede eller avlyste møter.`
          : target.kind === "search"
            ? `Få en e-post når det publiseres en innkalling eller et vedtak som søket «${target.query}» finner.`
            : "Få en e-post når et utvalg får et nytt møte, sender innkalling og saksliste, fatter vedtak eller godkjenner protokollen."}
      </p>
      <p class="ds-paragraph">
        Vi sender først en e-post med en lenke du må åpne for å bekrefte. Vi lagrer bare
        e-postadressen, og den slettes når du melder deg av.{" "}
        <a class="ds-link" href={PRIVACY_HREF}>
          Les om personvern
        </a>
      </p>
      <ErrorSummary
        errors={errors}
        labels={{ epost: "E-postadresse", utvalg: "Utvalg", sak: "Sak" }}
      />
      <form method="post" action="/varsler" class="fs-form">
        <CsrfField token={ctx.csrfToken} />
        {target.kind === "case" ? (
          <input type="hidden" name="sak" value={String(target.caseId)} />
        ) : target.kind === "search" ? (
          <input type="hidden" name="q" value={target.query} />
        ) : (
          <SelectField
            name="utvalg"
            label="Utvalg"
            value={target.bodySlug}
            options={target.options}
            emptyLabel="Velg utvalg"
            error={errors.utvalg}
          />
        )}
        <TextField
          name="epost"
          label="E-postadresse"
          type="email"
          autocomplete="email"
          value={model.email}
          error={errors.epost}
        />
        <button type="submit" class="ds-button" data-variant="primary">
          Be om varsel
        </button>
      </form>
    </Layout>
  );
}

/** The same answer whether the address was new, waiting or already subscribed. */
export function SubscribeSentPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Sjekk e-posten din">
      <h1 class="ds-heading" data-size="xl">
        Sjekk e-posten din
      </h1>
      <p class="ds-paragraph">
        Hvis adressen ikke allerede får disse varslene, sender vi nå en e-post med en lenke for å
        bekrefte. Lenken virker i {CONFIRM_HOURS} timer; bekrefter du ikke, slettes adressen.
      </p>
      <p class="ds-paragraph">
        <a class="ds-link" href="/">
          Til forsiden
        </a>
      </p>
    </Layout>
  );
}

/** A page with one button: a link checker that opens the link in a mail changes nothing. */
export function ActionPage({
  ctx,
  title,
  text,
  action,
  button,
  error,
}: {
  ctx: PageContext;
  title: string;
  text: string;
  action: string;
  button: string;
  error?: string | undefined;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="xl">
        {title}
      </h1>
      <ErrorSummary errors={error ? { form: error } : {}} labels={{}} />
      <p class="ds-paragraph">{text}</p>
      <form method="post" action={action} class="fs-form">
        <CsrfField token={ctx.csrfToken} />
        <button type="submit" class="ds-button" data-variant="primary">
          {button}
        </button>
      </form>
    </Layout>
  );
}

export function MessagePage({
  ctx,
  title,
  text,
}: {
  ctx: PageContext;
  title: string;
  text: string;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="xl">
        {title}
      </h1>
      <p class="ds-paragraph">{text}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href="/">
          Til forsiden
        </a>
      </p>
    </Layout>
  );
}
