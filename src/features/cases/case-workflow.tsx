import { Fragment } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { SelectField, TextArea } from "../../web/forms.tsx";
import type { CaseWorkflowView, StatusView } from "./case-workflow-presenter.ts";

export function StatusTag({ status }: { status: StatusView }) {
  return (
    <span class="ds-tag" data-color={status.color}>
      {status.label}
    </span>
  );
}

/** The header of the presentation: who writes it, where it is filed, and how far it has come. */
export function CaseHeader({ view }: { view: CaseWorkflowView }) {
  return (
    <dl class="fs-facts">
      <dt>Arkivsak</dt>
      <dd>{view.archiveCaseNumber}</dd>
      <dt>Saksbehandler</dt>
      <dd>{view.caseOfficer || "–"}</dd>
      <dt>Enhet</dt>
      <dd>{view.unit || "–"}</dd>
      <dt>Status</dt>
      <dd>
        <StatusTag status={view.status} />
      </dd>
      {view.record.map((line) => (
        <Fragment key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function StepButton({
  action,
  csrfToken,
  label,
}: {
  action: string;
  csrfToken: string | null;
  label: string;
}) {
  return (
    <PostForm action={action} csrfToken={csrfToken}>
      <button type="submit" class="ds-button" data-variant="primary">
        {label}
      </button>
    </PostForm>
  );
}

/** The returned comment, and the steps and sharing the user may take on the case. */
export function CaseWorkflowPanel({
  view,
  csrfToken,
  errors,
  values,
}: {
  view: CaseWorkflowView;
  csrfToken: string | null;
  errors: FieldErrors;
  values: Record<string, string>;
}) {
  const base = `/admin/saker/${view.caseId}`;
  const { steps, sharing } = view;
  const anyStep = steps.submit || steps.approve || steps.return || steps.markReady;
  return (
    <>
      {view.returned ? (
        <div class="ds-alert" data-color="warning" role="status">
          <h2 class="ds-heading" data-size="xs">
            Sendt tilbake {view.returned.at}
          </h2>
          <p class="ds-paragraph fs-mail-text">{view.returned.comment}</p>
        </div>
      ) : null}
      {anyStep ? (
        <section aria-labelledby="saksgang-videre">
          <h2 class="ds-heading" data-size="md" id="saksgang-videre">
            Videre med saken
          </h2>
          {steps.submit ? (
            <StepButton
              action={`${base}/send`}
              csrfToken={csrfToken}
              label="Send til godkjenning"
            />
          ) : null}
          {steps.approve ? (
            <StepButton
              action={`${base}/godkjenn`}
              csrfToken={csrfToken}
              label="Godkjenn for kommunedirektøren"
            />
          ) : null}
          {steps.return ? (
            <PostForm action={`${base}/send-tilbake`} csrfToken={csrfToken}>
              <TextArea
                name="comment"
                label="Kommentar til saksbehandleren"
                description="Hva skal rettes før saken kan godkjennes?"
                value={values.comment ?? ""}
                error={errors.comment}
                rows={4}
              />
              <button type="submit" class="ds-button" data-variant="secondary">
                Send tilbake til saksbehandleren
              </button>
            </PostForm>
          ) : null}
          {steps.markReady ? (
            <StepButton
              action={`${base}/klar`}
              csrfToken={csrfToken}
              label="Meld klar for sekretariatet"
            />
          ) : null}
        </section>
      ) : null}
      {sharing ? (
        <section aria-labelledby="deling">
          <h2 class="ds-heading" data-size="md" id="deling">
            Deling
          </h2>
          {sharing.shares.length === 0 ? (
            <p class="ds-paragraph">Saken er ikke delt med andre saksbehandlere.</p>
          ) : (
            <ul class="ds-list">
              {sharing.shares.map((share) => (
                <li key={share.userId}>
                  {share.name}{" "}
                  <form
                    method="post"
                    action={`${base}/deling/${share.userId}/fjern`}
                    class="fs-inline-form"
                  >
                    <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
                    <button type="submit" class="ds-button" data-variant="tertiary" data-size="sm">
                      Fjern<span class="ds-sr-only"> {share.name}</span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          {sharing.candidates.length > 0 ? (
            <PostForm action={`${base}/deling`} csrfToken={csrfToken}>
              <SelectField
                name="shareWith"
                label="Del med en saksbehandler"
                description="Den du deler med, kan skrive i utkastet og sende det til godkjenning."
                value={values.shareWith ?? ""}
                options={sharing.candidates.map((candidate) => ({
                  value: String(candidate.userId),
                  label: candidate.name,
                }))}
                emptyLabel="Velg saksbehandler"
                error={errors.shareWith}
              />
              <button type="submit" class="ds-button" data-variant="secondary">
                Del saken
              </button>
            </PostForm>
          ) : null}
        </section>
      ) : null}
      <p class="ds-paragraph">
        <a class="ds-link" href={view.historyHref}>
          Historikk: versjoner og endringer
        </a>
      </p>
    </>
  );
}
