import { formatDate, formatTime } from "../../domain/time.ts";
import { Layout, type PageContext } from "../../web/layout.tsx";
import { TableScroll } from "../../web/table-scroll.tsx";
import { DocumentList, ExemptNotice, Tag } from "./components.tsx";
import type { LetterEntry } from "./presenters/letter.ts";
import { liveHref } from "./presenters/links.ts";
import type { MeetingPageModel } from "./presenters/meeting.ts";

/** The letters a referatsak reports; an exempt letter shows only its date, reference and basis. */
function LetterList({ letters }: { letters: readonly LetterEntry[] }) {
  return (
    <ul class="fs-list">
      {letters.map((letter) => (
        <li key={letter.id}>
          <span>{letter.title}</span>
          <div class="fs-meta">
            {letter.directionLabel}: {letter.correspondent}, {letter.dateLabel}
            {letter.journalReference ? `, journalpost ${letter.journalReference}` : ""}
          </div>
          {letter.exemption ? <ExemptNotice exemption={letter.exemption} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function MeetingPage({
  ctx,
  model,
  changes = [],
  minutesHref = null,
}: {
  ctx: PageContext;
  model: MeetingPageModel;
  /** The published minutes, once a version is out. */
  minutesHref?: string | null;
  /** The dated change log after the notice. */
  changes?: ReadonlyArray<{ id: number; at: Date; description: string }>;
}) {
  const { meeting, agenda } = model;
  const title = `${meeting.bodyName}, ${meeting.dateLabel}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/", label: "Forside" },
        { href: model.calendarHref, label: "Møtekalender" },
      ]}
    >
      <h1 class="ds-heading" data-size="xl">
        {title}
      </h1>
      <div class="fs-actions">
        <Tag color={meeting.status.color}>{meeting.status.label}</Tag>
        {meeting.isRemote ? <Tag color="info">Fjernmøte</Tag> : null}
      </div>
      {meeting.isCancelled ? (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">Møtet er avlyst.</p>
        </div>
      ) : null}
      {model.agenda !== null && !meeting.isCancelled ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={liveHref(meeting.id)}>
            Følg møtet direkte
          </a>
        </p>
      ) : null}
      {minutesHref ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={minutesHref}>
            Les protokollen
          </a>
        </p>
      ) : null}
      <dl class="fs-facts">
        {meeting.numberLabel ? (
          <>
            <dt>Møtenummer</dt>
            <dd>{meeting.numberLabel}</dd>
          </>
        ) : null}
        <dt>Utvalg</dt>
        <dd>
          <a class="ds-link" href={meeting.bodyHref}>
            {meeting.bodyName}
          </a>
        </dd>
        <dt>Dato</dt>
        <dd>{meeting.dateLabel}</dd>
        <dt>Tid</dt>
        <dd>Kl. {meeting.timeLabel}</dd>
        <dt>Sted</dt>
        <dd>
          {meeting.location || "Ikke oppgitt"}
          {meeting.isRemote ? " (fjernmøte)" : ""}
        </dd>
        {meeting.room ? (
          <>
            <dt>Rom</dt>
            <dd>{meeting.room}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="saksliste" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="saksliste">
          Saksliste
        </h2>
        {agenda === null ? (
          <p class="ds-paragraph">Sakslisten blir publisert når innkallingen er sendt.</p>
        ) : agenda.length === 0 ? (
          <p class="ds-paragraph">Det er ingen saker på sakslisten.</p>
        ) : (
          <TableScroll label={"Saksliste for møtet"}>
            <table class="ds-table" data-border="true">
              <caption class="ds-sr-only">Saksliste for møtet</caption>
              <thead>
                <tr>
                  <th scope="col">Saksnr.</th>
                  <th scope="col">Sak</th>
                  <th scope="col">Dokumenter</th>
                </tr>
              </thead>
              <tbody>
                {agenda.map((item) => (
                  <tr key={item.id}>
                    <td class="fs-nowrap">{item.caseNumber}</td>
                    <td>
                      {item.caseHref ? (
                        <a class="ds-link" href={item.caseHref}>
                          {item.title}
                        </a>
                      ) : (
                        <span>{item.title}</span>
                      )}
                      {item.supplementary || item.withdrawn ? (
                        <div class="fs-actions">
                          {item.supplementary ? <Tag color="info">Tilleggssak</Tag> : null}
                          {item.withdrawn ? <Tag color="danger">Trukket</Tag> : null}
                          {item.withdrawn ? (
                            <span class="fs-meta">
                              {`Trukket ${item.withdrawn.on}${item.withdrawn.reason ? `: ${item.withdrawn.reason}` : ""}`}
                            </span>
                          ) : null}
                        </div>
                      ) : null}
                      {item.presenter ? (
                        <div class="fs-meta">Orientering ved {item.presenter}</div>
                      ) : null}
                      {item.text.map((paragraph) => (
                        <p class="ds-paragraph" data-size="sm" key={paragraph}>
                          {paragraph}
                        </p>
                      ))}
                      {item.letters.length > 0 ? <LetterList letters={item.letters} /> : null}
                      {item.exemption ? (
                        <div>
                          <ExemptNotice exemption={item.exemption} />
                        </div>
                      ) : null}
                      {item.decision ? (
                        <div class="fs-decision">
                          <strong>Vedtak:</strong>
                          {item.decision.map((paragraph) => (
                            <p class="ds-paragraph" data-size="sm" key={paragraph}>
                              {paragraph}
                            </p>
                          ))}
                        </div>
                      ) : null}
                      {item.closedBasis ? (
                        <div class="fs-actions">
                          <Tag color="neutral">Lukket</Tag>
                          <span class="fs-meta">Hjemmel: {item.closedBasis}</span>
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {item.documents.length > 0 ? (
                        <DocumentList documents={item.documents} />
                      ) : item.caseHref ? (
                        <span class="fs-meta">Ingen offentlige dokumenter</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      {changes.length > 0 ? (
        <section aria-labelledby="endringer" class="fs-stack">
          <h2 class="ds-heading" data-size="lg" id="endringer">
            Endringer etter innkallingen
          </h2>
          <ul class="ds-list">
            {changes.map((change) => (
              <li key={change.id}>
                <time dateTime={change.at.toISOString()}>
                  {formatDate(change.at)} kl. {formatTime(change.at)}
                </time>
                : {change.description}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.meetingDocuments.length > 0 ? (
        <section aria-labelledby="motedokumenter" class="fs-stack">
          <h2 class="ds-heading" data-size="lg" id="motedokumenter">
            Møtedokumenter
          </h2>
          <DocumentList documents={model.meetingDocuments} />
        </section>
      ) : null}
    </Layout>
  );
}
