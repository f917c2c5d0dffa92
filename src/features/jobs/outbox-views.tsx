import { formatNumber } from "../../domain/numbers.ts";
import { formatShortDate, formatTime } from "../../domain/time.ts";
import type { OutboxEntry, OutboxMail } from "../../mail/outbox.ts";
import { DataTable } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { OUTBOX_PATH } from "./job-paths.ts";

function When({ at }: { at: Date }) {
  return (
    <time datetime={at.toISOString()}>
      {formatShortDate(at)} kl. {formatTime(at)}
    </time>
  );
}

export function OutboxPage({
  ctx,
  entries,
  total,
  sendsBySmtp,
}: {
  ctx: PageContext;
  entries: OutboxEntry[];
  total: number;
  /** SMTP is configured, so new mail goes there instead of here. */
  sendsBySmtp: boolean;
}) {
  return (
    <AdminLayout ctx={ctx} title="Utboks for e-post">
      <h1 class="ds-heading" data-size="lg">
        Utboks for e-post
      </h1>
      <p class="ds-paragraph">
        {sendsBySmtp
          ? "E-post sendes nå via SMTP. Her ligger e-post som ble skrevet til utboksen før SMTP ble satt opp."
          : "Ingen SMTP-tjener er satt opp (SMTP_URL og MAIL_FROM), så hver e-post skrives hit som en .eml-fil i stedet for å sendes. Ingenting blir borte: filene kan åpnes, lastes ned eller sendes videre for hånd."}
      </p>
      {entries.length === 0 ? (
        <p class="ds-paragraph" role="status">
          Utboksen er tom.
        </p>
      ) : (
        <DataTable
          caption={
            total > entries.length
              ? `De ${formatNumber(entries.length)} nyeste av ${formatNumber(total)} e-poster`
              : "E-poster, nyeste først"
          }
          columns={["Tidspunkt", "Til", "Emne"]}
        >
          {entries.map((entry) => (
            <tr key={entry.name}>
              <td class="fs-nowrap">
                <When at={entry.at} />
              </td>
              <td>{entry.to}</td>
              <th scope="row">
                <a class="ds-link" href={`${OUTBOX_PATH}/${entry.name}`}>
                  {entry.subject || "(uten emne)"}
                </a>
              </th>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}

export function OutboxMailPage({ ctx, mail }: { ctx: PageContext; mail: OutboxMail }) {
  const title = mail.subject || "(uten emne)";
  return (
    <AdminLayout ctx={ctx} title={title} trail={[{ href: OUTBOX_PATH, label: "Utboks" }]}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <dl class="fs-facts">
        <dt>Fra</dt>
        <dd>{mail.from}</dd>
        <dt>Til</dt>
        <dd>{mail.to}</dd>
        <dt>Dato</dt>
        <dd>
          <When at={mail.at} />
        </dd>
        <dt>Message-ID</dt>
        <dd>
          <code>{mail.messageId}</code>
        </dd>
      </dl>
      <h2 class="ds-heading" data-size="md">
        Tekst
      </h2>
      <pre class="fs-mail-text">{mail.text}</pre>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${OUTBOX_PATH}/${mail.name}/fil`} download={mail.name}>
          Last ned som .eml-fil
        </a>
      </p>
    </AdminLayout>
  );
}
