import { liveScript } from "../../web/assets.ts";
import { Layout, type PageContext } from "../../web/layout.tsx";
import { ExemptNotice, Paragraphs } from "./components.tsx";
import { liveHref } from "./presenters/links.ts";
import type { LiveItem, LivePageModel } from "./presenters/live.ts";

function ItemTreatment({ item, headingLevel }: { item: LiveItem; headingLevel: 2 | 3 }) {
  const Sub = headingLevel === 2 ? "h3" : "h4";
  if (item.closedBasis !== null)
    return (
      <div class="ds-alert" data-color="info">
        <p class="ds-paragraph">Møtet er lukket for denne saken. Hjemmel: {item.closedBasis}.</p>
      </div>
    );
  return (
    <div class="fs-stack">
      {item.exemption ? <ExemptNotice exemption={item.exemption} /> : null}
      {item.startedLabel ? <p class="ds-paragraph fs-meta">{item.startedLabel}</p> : null}
      {item.floor || item.next ? (
        <dl class="fs-facts">
          <dt>Har ordet</dt>
          <dd>{item.floor ?? "Ingen"}</dd>
          <dt>Neste taler</dt>
          <dd>{item.next ?? "Ingen"}</dd>
        </dl>
      ) : null}
      {item.proposals.length > 0 ? (
        <>
          <Sub class="ds-heading" data-size="xs">
            Forslag
          </Sub>
          <ul class="fs-list">
            {item.proposals.map((proposal) => (
              <li key={proposal.id}>
                <strong>{proposal.title}</strong>
                <div class="fs-meta">
                  {proposal.madeBy} · {proposal.status}
                </div>
                <Paragraphs texts={proposal.text} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.votes.length > 0 ? (
        <>
          <Sub class="ds-heading" data-size="xs">
            Voteringer
          </Sub>
          {item.votes.map((vote) => (
            <div key={vote.id} class="fs-stack">
              <p class="ds-paragraph">
                <strong>{vote.title}.</strong> {vote.summary}
              </p>
              <p class="ds-paragraph fs-meta">{vote.basis}</p>
              <table class="ds-table fs-fit-table" data-size="sm">
                <caption class="ds-sr-only">Stemmer per parti, {vote.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Parti</th>
                    <th scope="col">{vote.sides[0]}</th>
                    <th scope="col">{vote.sides[1]}</th>
                  </tr>
                </thead>
                <tbody>
                  {vote.parties.map((party) => (
                    <tr key={party.partyName}>
                      <th scope="row">{party.partyName}</th>
                      <td>{party.first}</td>
                      <td>{party.second}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      ) : null}
      {item.elections.map((election) => (
        <div key={election.id} class="fs-stack">
          <Sub class="ds-heading" data-size="xs">
            {election.title}
          </Sub>
          {election.results.length === 0 ? (
            <p class="ds-paragraph">Valget er ikke avgjort ennå.</p>
          ) : (
            election.results.map((result) => (
              <p class="ds-paragraph" key={result}>
                {result}
              </p>
            ))
          )}
        </div>
      ))}
      {item.postponement ? (
        <>
          <Sub class="ds-heading" data-size="xs">
            Saken er utsatt
          </Sub>
          <Paragraphs texts={item.postponement} />
        </>
      ) : null}
      {item.decision ? (
        <>
          <Sub class="ds-heading" data-size="xs">
            Vedtak
          </Sub>
          <Paragraphs texts={item.decision} />
        </>
      ) : null}
    </div>
  );
}

/**
 * The live page: what the body is treating now, who has the floor, the proposals and each vote's
 * result. It works by reloading; with JavaScript, a small script listens to the public event
 * stream and fetches the page again (from the page cache) when the meeting changes, and the
 * newest result is announced through the live region.
 */
export function LivePage({ ctx, model }: { ctx: PageContext; model: LivePageModel }) {
  return (
    <Layout
      ctx={ctx}
      title={`Direkte: ${model.title}`}
      breadcrumbs={[
        { href: "/", label: "Forside" },
        { href: model.meetingHref, label: model.title },
      ]}
    >
      <h1 class="ds-heading" data-size="xl">
        Direkte: {model.title}
      </h1>
      <div data-live-page={String(model.meetingId)} class="fs-stack">
        <div
          role="status"
          aria-live="polite"
          aria-atomic="true"
          id="siste-resultat"
          class="ds-paragraph"
        >
          {model.latestResult ? `Siste resultat: ${model.latestResult}` : ""}
        </div>
        <div id="direkte-innhold" class="fs-stack">
          <p class="ds-paragraph">{model.state}</p>
          {model.videoStreamUrl ? (
            <p class="ds-paragraph">
              <a class="ds-link" href={model.videoStreamUrl}>
                Se møtet på video
              </a>
            </p>
          ) : null}
          <section aria-labelledby="na" class="fs-stack">
            <h2 class="ds-heading" data-size="lg" id="na">
              {model.current
                ? `Til behandling: ${model.current.heading}`
                : "Ingen sak er til behandling ennå"}
            </h2>
            {model.current ? <ItemTreatment item={model.current} headingLevel={2} /> : null}
          </section>
          {model.earlier.length > 0 ? (
            <section aria-labelledby="tidligere" class="fs-stack">
              <h2 class="ds-heading" data-size="lg" id="tidligere">
                Behandlet tidligere i møtet
              </h2>
              {model.earlier.map((item) => (
                <article key={item.id} class="fs-stack" aria-labelledby={`sak-${item.id}`}>
                  <h3 class="ds-heading" data-size="sm" id={`sak-${item.id}`}>
                    {item.heading}
                  </h3>
                  <ItemTreatment item={item} headingLevel={3} />
                </article>
              ))}
            </section>
          ) : null}
        </div>
      </div>
      <p class="ds-paragraph fs-meta">
        Siden oppdaterer seg selv når nettleseren kjører JavaScript. Ellers:{" "}
        <a class="ds-link" href={liveHref(model.meetingId)}>
          last siden på nytt
        </a>
        .
      </p>
      <script type="module" src={liveScript.path} />
    </Layout>
  );
}
