import { DataTable } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { RECEIVED_DECISIONS_PATH } from "./notice-paths.ts";
import type { NoticeView } from "./notice-presenter.ts";

const TITLE = "Mottatte vedtak";

function NoticeState({ notice }: { notice: NoticeView }) {
  if (notice.replaced)
    return (
      <span class="ds-tag" data-color="neutral" data-size="sm">
        Erstattet
      </span>
    );
  return notice.readLabel === null ? (
    <span class="ds-tag" data-color="warning" data-size="sm">
      Ulest
    </span>
  ) : (
    <span class="ds-tag" data-color="success" data-size="sm">
      Lest
    </span>
  );
}

/** The case officer's received decisions, unread first; the secretariat sees everyone's. */
export function ReceivedDecisionsPage({
  ctx,
  notices,
  showRecipient,
}: {
  ctx: PageContext;
  notices: readonly NoticeView[];
  showRecipient: boolean;
}) {
  return (
    <AdminLayout ctx={ctx} title={TITLE}>
      <h1 class="ds-heading" data-size="lg">
        {TITLE}
      </h1>
      <p class="ds-paragraph">
        Melding om vedtak i sakene dine: vedtaket, voteringen og saksprotokollen fra møtet.
      </p>
      {notices.length === 0 ? (
        <p class="ds-paragraph">Ingen vedtak er mottatt ennå.</p>
      ) : (
        <DataTable
          caption={TITLE}
          hideCaption
          columns={[
            "Sak",
            "Behandlet i",
            "Sendt",
            ...(showRecipient ? ["Saksbehandler"] : []),
            "Status",
          ]}
        >
          {notices.map((notice) => (
            <tr key={notice.id}>
              <td>
                <a class="ds-link" href={notice.href}>
                  {notice.title}
                </a>
                <br />
                <span class="fs-meta">Arkivsak {notice.archiveCaseNumber}</span>
              </td>
              <td>{notice.treatedIn}</td>
              <td>{notice.sentLabel}</td>
              {showRecipient ? <td>{notice.recipient}</td> : null}
              <td>
                <NoticeState notice={notice} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}

export function ReceivedDecisionPage({ ctx, notice }: { ctx: PageContext; notice: NoticeView }) {
  const withdrawn = notice.decision === "";
  return (
    <AdminLayout
      ctx={ctx}
      title={`Melding om vedtak: ${notice.title}`}
      trail={[{ href: RECEIVED_DECISIONS_PATH, label: TITLE }]}
    >
      <h1 class="ds-heading" data-size="lg">
        Melding om vedtak: {notice.title}
      </h1>
      <p class="ds-paragraph">
        <NoticeState notice={notice} />
      </p>
      {notice.replaced ? (
        <p class="ds-paragraph">
          En nyere melding om vedtak i saken erstatter denne. Se listen over mottatte vedtak.
        </p>
      ) : null}
      <dl class="fs-facts">
        <dt>Behandlet i</dt>
        <dd>{notice.treatedIn}</dd>
        <dt>Arkivsak</dt>
        <dd>
          <a class="ds-link" href={notice.caseHref}>
            {notice.archiveCaseNumber}
          </a>
          {notice.exempt ? " (unntatt offentlighet)" : ""}
        </dd>
        <dt>Sendt</dt>
        <dd>{notice.sentLabel}</dd>
        {notice.readLabel ? (
          <>
            <dt>Lest</dt>
            <dd>{notice.readLabel}</dd>
          </>
        ) : null}
      </dl>
      <h2 class="ds-heading" data-size="md">
        {withdrawn ? "Vedtaket er trukket tilbake" : "Vedtak"}
      </h2>
      <p class="ds-paragraph fs-lines">
        {withdrawn
          ? "Vedtaket du fikk melding om, er trukket tilbake. Utvalget har ikke noe gjeldende vedtak i saken fra dette møtet."
          : notice.decision}
      </p>
      {notice.vote !== "" ? (
        <>
          <h2 class="ds-heading" data-size="md">
            Votering
          </h2>
          <p class="ds-paragraph">{notice.vote}</p>
        </>
      ) : null}
      {notice.documentHref ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={notice.documentHref}>
            Last ned saksprotokollen (PDF)
          </a>
        </p>
      ) : null}
    </AdminLayout>
  );
}
