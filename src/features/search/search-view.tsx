import { ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import type { Highlighted } from "./search-entries.ts";
import { type SearchPageModel, TRUNCATED_MESSAGE } from "./search-presenter.ts";

/** The search form and its results, the same on the portal and in the workspace. */

function Marked({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

const FIELD_LABELS = {
  q: "Søk etter",
  type: "Søk i",
  utvalg: "Utvalg",
  aar: "År",
  sakstype: "Sakstype",
  vedtatt: "Avgjort",
  dokumenter: "Med dokumenter",
  sortering: "Sortering",
  side: "Side",
};

export function SearchView({ model }: { model: SearchPageModel }) {
  const { errors, values } = model;
  const { side, ...fieldErrors } = errors;
  return (
    <>
      <ErrorSummary
        errors={side ? { form: side, ...fieldErrors } : fieldErrors}
        labels={FIELD_LABELS}
      />
      <search>
        <form method="get" action={model.path} class="fs-form">
          <TextField
            name="q"
            label="Søk etter"
            value={model.text}
            type="text"
            description="Skriv ord du vil finne. Bruk anførselstegn for en frase, «ny skole», og minus foran et ord du ikke vil ha med, -privat."
          />
          <details class="fs-stack" open={Object.values(values).some((value) => value !== "")}>
            <summary>Avgrens søket</summary>
            <SelectField
              name="type"
              label="Søk i"
              value={values.type}
              options={model.kindOptions}
              emptyLabel="Alt"
              error={fieldErrors.type}
            />
            <SelectField
              name="utvalg"
              label="Utvalg"
              value={values.utvalg}
              options={model.bodyOptions}
              emptyLabel="Alle utvalg"
              error={fieldErrors.utvalg}
            />
            <SelectField
              name="aar"
              label="År"
              value={values.aar}
              options={model.yearOptions}
              emptyLabel="Alle år"
              error={fieldErrors.aar}
            />
            <SelectField
              name="sakstype"
              label="Sakstype"
              value={values.sakstype}
              options={model.caseTypeOptions}
              emptyLabel="Alle sakstyper"
              error={fieldErrors.sakstype}
            />
            <SelectField
              name="vedtatt"
              label="Avgjort"
              value={values.vedtatt}
              options={[
                { value: "ja", label: "Bare avgjorte saker" },
                { value: "nei", label: "Bare saker som ikke er avgjort" },
              ]}
              emptyLabel="Både avgjorte og ikke avgjorte"
              error={fieldErrors.vedtatt}
            />
            <SelectField
              name="dokumenter"
              label="Med dokumenter"
              value={values.dokumenter}
              options={[{ value: "ja", label: "Bare treff med dokumenter" }]}
              emptyLabel="Med og uten dokumenter"
              error={fieldErrors.dokumenter}
            />
          </details>
          <SelectField
            name="sortering"
            label="Sortering"
            value={values.sortering || "relevans"}
            options={[
              { value: "relevans", label: "Mest relevante først" },
              { value: "dato", label: "Nyeste først" },
            ]}
            error={fieldErrors.sortering}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Søk
          </button>
        </form>
      </search>
      <section aria-labelledby="treff" class="fs-stack" aria-live="polite">
        <h2 class="ds-heading" data-size="md" id="treff">
          Treff
        </h2>
        {model.notice ? <p class="ds-paragraph">{model.notice}</p> : null}
        {model.truncated ? <p class="ds-paragraph">{TRUNCATED_MESSAGE}</p> : null}
        {model.summary ? (
          <p class="ds-paragraph">
            {model.summary}
            {model.understood ? ` Søket ble lest som: ${model.understood}` : null}
          </p>
        ) : null}
        {model.alertHref ? (
          <p class="ds-paragraph">
            <a class="ds-link" href={model.alertHref}>
              Få varsel om nye treff
            </a>
          </p>
        ) : null}
        {model.summary === null && model.notice === null ? (
          <p class="ds-paragraph">
            Skriv et søk over for å finne saker, dokumenter, møter, utvalg og personer.
          </p>
        ) : null}
        {model.hits.length > 0 ? (
          <ol class="fs-list">
            {model.hits.map((hit) => (
              <li key={hit.key}>
                <p class="ds-paragraph fs-meta" data-size="sm">
                  {[hit.kindLabel, ...hit.meta].join(" · ")}
                </p>
                <h3 class="ds-heading" data-size="xs">
                  <a class="ds-link" href={hit.href}>
                    <Marked parts={hit.title} />
                  </a>
                </h3>
                {hit.snippet.length > 0 ? (
                  <p class="ds-paragraph" data-size="sm">
                    <Marked parts={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
        {model.previous || model.next ? (
          <nav aria-label="Sider med treff" class="fs-actions">
            {model.previous ? (
              <a class="ds-link" href={model.previous} rel="prev">
                Forrige side
              </a>
            ) : null}
            {model.pageLabel ? <span>{model.pageLabel}</span> : null}
            {model.next ? (
              <a class="ds-link" href={model.next} rel="next">
                Neste side
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
