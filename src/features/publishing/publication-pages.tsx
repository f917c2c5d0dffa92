import type { FieldErrors } from "../../commit/outcome.ts";
import type { PublicationKind, PublicationStatus } from "../../db/schema.ts";
import { formatDate, formatTime } from "../../domain/time.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { publicationScript } from "../../web/assets.ts";
import { CsrfField, ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingTrail } from "../meetings/meeting-labels.ts";
import type { PublicationPreview } from "./publication-preview.ts";

export const KIND_HEADINGS: Record<PublicationKind, string> = {
  notice: "Send innkalling",
  supplement: "Send tilleggsinnkalling",
  correction: "Send oppdatert innkalling",
};

interface ConfirmPublicationPageProps {
  ctx: PageContext;
  meeting: { id: number; name: string };
  preview: PublicationPreview;
  /** The answers already given, by document id: "ja" publish, "nei" withhold. */
  answers: Record<string, string>;
  errors: FieldErrors;
}

function Marks({ item }: { item: PublicationPreview["items"][number] }) {
  const marks = [
    item.addedAfterNotice ? "Tilleggssak" : "",
    item.withdrawn ? "Trukket" : "",
    item.exemption ? `Unntatt offentlighet, ${item.exemption.basis}` : "",
  ].filter(Boolean);
  return <>{marks.join(" · ")}</>;
}

/**
 * The first of the two steps: who gets what, and what to mind, before anything goes out. The
 * answers about documents on closed items are asked here, and the round cannot start without
 * them. Works without JavaScript.
 */
export function ConfirmPublicationPage({
  ctx,
  meeting,
  preview,
  answers,
  errors,
}: ConfirmPublicationPageProps) {
  const heading = `${KIND_HEADINGS[preview.kind]}: ${meeting.name}`;
  const withEmail = preview.recipients.filter((recipient) => recipient.email !== null);
  return (
    <AdminLayout ctx={ctx} title={heading} trail={meetingTrail(meeting)}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors} labels={{}} />
      <p class="ds-paragraph">
        Når du bekrefter, lages innkallingen og sakslistene (versjon {preview.version}). Først når
        alle dokumentene er ferdige, blir de synlige for medlemmene og publikum på én gang, og
        e-posten går til {withEmail.length} {withEmail.length === 1 ? "mottaker" : "mottakere"}.
      </p>
      {preview.warnings.length > 0 ? (
        <div class="ds-alert" data-color="warning">
          <h2 class="ds-heading" data-size="xs">
            Se over før du sender
          </h2>
          <ul class="ds-list">
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.changes.length > 0 ? (
        <section aria-labelledby="endringer" class="fs-stack">
          <h2 class="ds-heading" data-size="sm" id="endringer">
            Endringer som sendes ut
          </h2>
          <ul class="ds-list">
            {preview.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="mottakere" class="fs-stack">
        <h2 class="ds-heading" data-size="sm" id="mottakere">
          Mottakere
        </h2>
        <DataTable
          caption="Mottakere av innkallingen"
          hideCaption
          columns={["Navn", "Rolle", "E-post"]}
        >
          {preview.recipients.map((recipient) => (
            <tr key={recipient.personId}>
              <td>{recipient.name}</td>
              <td>{recipient.role}</td>
              <td>{recipient.email ?? "Mangler e-postadresse"}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="saker" class="fs-stack">
        <h2 class="ds-heading" data-size="sm" id="saker">
          Saker
        </h2>
        <DataTable
          caption="Sakene på sakslisten"
          hideCaption
          columns={["Saksnr.", "Tittel", "Merknad", "Offentlig tittel"]}
        >
          {preview.items.map((item, index) => (
            <tr key={`${index}-${item.title}`}>
              <td>{item.number || "–"}</td>
              <td>{item.title}</td>
              <td>
                <Marks item={item} />
              </td>
              <td>{item.exemption ? item.exemption.publicTitle || "Unntatt offentlighet" : ""}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <form method="post" action={`/admin/moter/${meeting.id}/innkalling`} class="fs-form">
        <CsrfField token={ctx.csrfToken} />
        {preview.questions.length > 0 ? (
          <fieldset class="ds-fieldset" id="access">
            <legend class="ds-heading" data-size="sm">
              Dokumenter på lukkede saker som er merket offentlige
            </legend>
            <p class="ds-paragraph">
              Disse sakene behandles for lukkede dører, men dokumentene står som offentlige. Velg
              for hvert dokument om det skal publiseres eller holdes tilbake.
            </p>
            {errors.access ? (
              <div class="ds-validation-message" data-color="danger">
                {errors.access}
              </div>
            ) : null}
            {preview.questions.map((question) => {
              const name = `dokument-${question.documentId}`;
              return (
                <fieldset class="ds-fieldset" key={question.documentId}>
                  <legend class="ds-label">
                    {question.itemNumber} {question.itemTitle}: {question.documentTitle} (lukket
                    etter {question.closedBasis})
                  </legend>
                  {[
                    ["nei", "Hold tilbake (unntatt offentlighet)"],
                    ["ja", "Publiser likevel"],
                  ].map(([value, label]) => (
                    <div class="ds-field" key={value}>
                      <input
                        class="ds-input"
                        type="radio"
                        id={`${name}-${value}`}
                        name={name}
                        value={value}
                        checked={answers[String(question.documentId)] === value}
                      />
                      <label class="ds-label" data-weight="regular" for={`${name}-${value}`}>
                        {label}
                      </label>
                    </div>
                  ))}
                </fieldset>
              );
            })}
          </fieldset>
        ) : null}
        <div class="fs-actions">
          <button type="submit" class="ds-button" data-variant="primary">
            {KIND_HEADINGS[preview.kind]}
          </button>
          <a class="ds-link" href={`/admin/moter/${meeting.id}`}>
            Avbryt
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}

export interface ProgressView {
  id: number;
  version: number;
  kind: PublicationKind;
  status: PublicationStatus;
  requestedBy: string;
  requestedAt: Date;
  publishedAt: Date | null;
  failureReason: string | null;
  tasks: Array<{ label: string; status: "pending" | "done" | "failed" }>;
  recipients: Array<{ name: string; email: string; mailStatus: string }>;
}

const PROGRESS_HEADINGS: Record<PublicationKind, string> = {
  notice: "Innkalling",
  supplement: "Tilleggsinnkalling",
  correction: "Oppdatert innkalling",
};

/**
 * The status line: how far the round has come, or how it ended. The page's script reads it from
 * the status route while the round is being made, so both say the same.
 */
export function progressMessage(progress: Pick<ProgressView, "status" | "tasks" | "publishedAt">) {
  const done = progress.tasks.filter((task) => task.status === "done").length;
  if (progress.status === "generating")
    return `${done} av ${progress.tasks.length} dokumenter er ferdige. Ingenting er synlig før alle er ferdige.`;
  if (progress.status === "published")
    return `Publisert ${progress.publishedAt ? `${formatDate(progress.publishedAt)} kl. ${formatTime(progress.publishedAt)}` : ""}. Dokumentene er synlige for medlemmene og publikum, og e-posten er lagt i køen.`;
  return "Publiseringen stoppet. Ingenting er publisert, og ingen har fått e-post.";
}

const TASK_STATUS = { pending: "Lages", done: "Ferdig", failed: "Feilet" } as const;

/**
 * The second step: the documents as they are made, then what went to whom. The page's script
 * follows the round and loads the result when it ends; without JavaScript the reader reloads.
 */
export function PublicationProgressPage({
  ctx,
  meeting,
  progress,
}: {
  ctx: PageContext;
  meeting: { id: number; name: string };
  progress: ProgressView;
}) {
  const done = progress.tasks.filter((task) => task.status === "done").length;
  const heading = `${PROGRESS_HEADINGS[progress.kind]}, versjon ${progress.version}`;
  const url = `/admin/moter/${meeting.id}/publisering/${progress.id}`;
  return (
    <AdminLayout ctx={ctx} title={`${heading}: ${meeting.name}`} trail={meetingTrail(meeting)}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">
        Bestilt av {progress.requestedBy} {formatDate(progress.requestedAt)} kl.{" "}
        {formatTime(progress.requestedAt)}.
      </p>
      <div class="fs-stack" data-publication-progress={`${url}/status`}>
        <label class="ds-label" for="fremdrift">
          Dokumenter ferdige
        </label>
        <progress id="fremdrift" max={progress.tasks.length} value={done}>
          {done} av {progress.tasks.length}
        </progress>
        <p class="ds-paragraph" role="status" aria-live="polite" id="publisering-status">
          {progressMessage(progress)}
          {progress.status === "generating"
            ? " Last siden på nytt for å se hvor langt det har kommet."
            : ""}
        </p>
      </div>
      {progress.status === "generating" ? (
        <>
          <p class="ds-paragraph" data-reload-link>
            <a class="ds-link" href={url}>
              Oppdater
            </a>
          </p>
          <script type="module" src={publicationScript.path} />
        </>
      ) : null}
      {progress.failureReason ? (
        <div class="ds-alert" data-color="danger">
          <p class="ds-paragraph">{progress.failureReason}</p>
          <p class="ds-paragraph">
            <a class="ds-link" href={`/admin/moter/${meeting.id}/innkalling`}>
              Prøv igjen
            </a>
          </p>
        </div>
      ) : null}
      <DataTable caption="Dokumentene" columns={["Dokument", "Status"]}>
        {progress.tasks.map((task) => (
          <tr key={task.label}>
            <td>{task.label}</td>
            <td>{TASK_STATUS[task.status]}</td>
          </tr>
        ))}
      </DataTable>
      {progress.recipients.length > 0 ? (
        <DataTable caption="Sendt til" columns={["Navn", "E-post", "Status"]}>
          {progress.recipients.map((recipient) => (
            <tr key={recipient.email}>
              <td>{recipient.name}</td>
              <td>{recipient.email}</td>
              <td>{recipient.mailStatus}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p class="ds-paragraph">
        <a class="ds-link" href={`/admin/moter/${meeting.id}`}>
          Tilbake til møtet
        </a>
      </p>
    </AdminLayout>
  );
}
