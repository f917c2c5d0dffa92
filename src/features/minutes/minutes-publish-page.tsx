import type { FieldErrors } from "../../commit/outcome.ts";
import type { MinutesVersionKind } from "../../db/schema.ts";
import { formatDate, formatTime } from "../../domain/time.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary, TextArea } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingTrail } from "../meetings/meeting-labels.ts";
import type { MinutesAccessQuestion } from "./minutes-item-access.ts";
import { type MinutesVersionRow, VERSION_KIND_LABELS } from "./minutes-version-queries.ts";

export const PUBLISH_BUTTONS: Record<MinutesVersionKind, string> = {
  draft: "Publiser utkast til protokoll",
  final: "Publiser godkjent protokoll",
  correction: "Publiser rettet protokoll",
};

const STATUS_LABELS = {
  generating: "Lages",
  published: "Publisert",
  failed: "Feilet",
} as const;

const at = (date: Date): string => `${formatDate(date)} kl. ${formatTime(date)}`;

export interface MinutesPublishView {
  meeting: { id: number; name: string; held: boolean };
  nextKind: MinutesVersionKind;
  questions: MinutesAccessQuestion[];
  versions: MinutesVersionRow[];
}

/** The posted or stored answer for one item: "ja", "nei" or unanswered, and the basis. */
export type AccessValues = Record<string, string>;

export function accessValuesOf(questions: readonly MinutesAccessQuestion[]): AccessValues {
  const values: AccessValues = {};
  for (const question of questions) {
    const id = question.agendaItemId;
    values[`basis-${id}`] = question.answer?.withheldBasis ?? question.suggestedBasis;
    if (question.answer) values[`access-${id}`] = question.answer.decisionPublic ? "ja" : "nei";
  }
  return values;
}

function Status({ latest }: { latest: MinutesVersionRow | undefined }) {
  if (!latest) return null;
  const text =
    latest.status === "generating"
      ? `Versjon ${latest.version} lages nå. Ingenting av den er synlig før begge PDF-filene er ferdige. Last siden på nytt for å se om den er publisert.`
      : latest.status === "published"
        ? `Versjon ${latest.version} (${VERSION_KIND_LABELS[latest.kind].toLowerCase()}) ble publisert ${latest.publishedAt ? at(latest.publishedAt) : ""}. Den er synlig for medlemmene og, uten det som er unntatt, for publikum.`
        : `Versjon ${latest.version} kunne ikke publiseres. Ingenting av den er synlig.`;
  return (
    <div
      class="ds-alert"
      data-color={
        latest.status === "failed" ? "danger" : latest.status === "published" ? "success" : "info"
      }
    >
      <p class="ds-paragraph" role="status">
        {text}
      </p>
      {latest.failure ? <p class="ds-paragraph">{latest.failure}</p> : null}
    </div>
  );
}

/**
 * Publishing the minutes: for each item closed or about an exempt case, whether the public may
 * read the decision and, if not, on what basis; then one button that publishes the next
 * version. The versions so far are listed with their status. Works without JavaScript.
 */
export function MinutesPublishPage({
  ctx,
  view,
  values,
  errors,
}: {
  ctx: PageContext;
  view: MinutesPublishView;
  values: AccessValues;
  errors: FieldErrors;
}) {
  const { meeting, nextKind, questions, versions } = view;
  const heading = `Publiser protokollen: ${meeting.name}`;
  return (
    <AdminLayout ctx={ctx} title={heading} trail={meetingTrail(meeting)}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors} labels={{ reason: "Begrunnelse for rettelsen" }} />
      <Status latest={versions[0]} />
      {!meeting.held ? (
        <p class="ds-paragraph">Protokollen kan publiseres når møtet er holdt eller hevet.</p>
      ) : (
        <form
          method="post"
          action={`/admin/moter/${meeting.id}/protokoll/publiser`}
          class="fs-form"
        >
          <CsrfField token={ctx.csrfToken} />
          <p class="ds-paragraph">
            {nextKind === "draft"
              ? "Protokollen publiseres som utkast, merket «Ikke godkjent», til medlemmene og uten det som er unntatt til publikum, som nettside og PDF/A. Et nytt utkast kan publiseres helt til protokollen er godkjent."
              : nextKind === "final"
                ? "Protokollen er godkjent. Den godkjente versjonen publiseres og erstatter utkastet."
                : "Protokollen er godkjent og publisert. En endring nå blir en ny, rettet versjon med begrunnelsen; den forrige versjonen blir stående i listen."}
          </p>
          {questions.length > 0 ? (
            <fieldset class="ds-fieldset" id="access">
              <legend class="ds-heading" data-size="sm">
                Vedtak i lukkede og unntatte saker
              </legend>
              <p class="ds-paragraph">
                Vedtaket kan ofte være offentlig selv om saken ble behandlet for lukkede dører. Et
                vedtak som nevner en person i en personalsak, skal unntas. Uten svar holdes vedtaket
                tilbake.
              </p>
              {errors.access ? (
                <div class="ds-validation-message" data-color="danger">
                  {errors.access}
                </div>
              ) : null}
              {questions.map((question) => {
                const id = question.agendaItemId;
                const name = `access-${id}`;
                return (
                  <fieldset class="ds-fieldset" key={id} id={name}>
                    <legend class="ds-label">
                      {question.label} ({question.reasons.join(", ")})
                    </legend>
                    {errors[name] ? (
                      <div class="ds-validation-message" data-color="danger">
                        {errors[name]}
                      </div>
                    ) : null}
                    {[
                      ["nei", "Vedtaket unntas offentlighet"],
                      ["ja", "Vedtaket kan leses av offentligheten"],
                    ].map(([value, label]) => (
                      <div class="ds-field" key={value}>
                        <input
                          class="ds-input"
                          type="radio"
                          id={`${name}-${value}`}
                          name={name}
                          value={value}
                          checked={values[name] === value}
                        />
                        <label class="ds-label" data-weight="regular" for={`${name}-${value}`}>
                          {label}
                        </label>
                      </div>
                    ))}
                    <TextArea
                      name={`basis-${id}`}
                      label="Hjemmel når vedtaket unntas"
                      rows={2}
                      value={values[`basis-${id}`] ?? ""}
                      error={errors[`basis-${id}`]}
                      description="For eksempel «Offl. § 13, jf. fvl. § 13 første ledd nr. 1»."
                    />
                  </fieldset>
                );
              })}
            </fieldset>
          ) : null}
          {nextKind === "correction" ? (
            <TextArea
              name="reason"
              label="Begrunnelse for rettelsen"
              rows={3}
              required
              value={values.reason ?? ""}
              error={errors.reason}
              description="Begrunnelsen står i den rettede protokollen og i versjonslisten."
            />
          ) : null}
          <div class="fs-actions">
            <button type="submit" class="ds-button" data-variant="primary">
              {PUBLISH_BUTTONS[nextKind]}
            </button>
            <a class="ds-link" href={`/admin/moter/${meeting.id}`}>
              Avbryt
            </a>
          </div>
        </form>
      )}
      {versions.length > 0 ? (
        <DataTable
          caption="Publiserte versjoner"
          columns={["Versjon", "Type", "Status", "Bestilt", "Publisert", "Begrunnelse"]}
        >
          {versions.map((version) => (
            <tr key={version.id}>
              <td>{version.version}</td>
              <td>{VERSION_KIND_LABELS[version.kind]}</td>
              <td>{STATUS_LABELS[version.status]}</td>
              <td>
                {at(version.requestedAt)}, {version.requestedBy}
              </td>
              <td>{version.publishedAt ? at(version.publishedAt) : "–"}</td>
              <td>{version.reason ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p class="ds-paragraph">
        <a class="ds-link" href={`/moter/${meeting.id}/protokoll`}>
          Se den offentlige protokollen
        </a>
      </p>
    </AdminLayout>
  );
}
