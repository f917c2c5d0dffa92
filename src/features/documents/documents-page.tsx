import type { ComponentChildren } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import { DataTable, PostForm } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { AttachmentView } from "./document-presenter.ts";

/** The case the documents belong to, as the pages' headings and trail name it. */
export interface DocumentCase {
  id: number;
  archiveCaseNumber: string;
  title: string;
  exempt: boolean;
  /** The user may add, order, change and replace the documents. */
  mayAttach: boolean;
}

export const DOCUMENT_FIELD_LABELS: Record<string, string> = {
  title: "Tittel",
  file: "Fil",
  access: "Offentlighet",
  exemptionBasis: "Hjemmel for unntak",
  publicTitle: "Offentlig tittel",
  form: "Skjema",
};

const ACCESS_CHOICES = [
  { value: "public", label: "Offentlig" },
  { value: "exempt", label: "Unntatt offentlighet" },
];

/** A file chooser in Designsystemet markup, with its error tied to it like other fields. */
function FileField({
  name,
  label,
  error,
  description,
  accept,
}: {
  name: string;
  label: string;
  error?: string | undefined;
  description: string;
  accept: string;
}) {
  return (
    <div class="ds-field">
      <label class="ds-label" for={name}>
        {label}
      </label>
      <input
        class="ds-input"
        type="file"
        id={name}
        name={name}
        accept={accept}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={`${name}-beskrivelse${error ? ` ${name}-feil` : ""}`}
      />
      <div class="ds-paragraph fs-meta" data-size="sm" id={`${name}-beskrivelse`}>
        {description}
      </div>
      {error ? (
        <div class="ds-validation-message" data-color="danger" id={`${name}-feil`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

const ANY_DOCUMENT = ".pdf,.docx,.doc,.odt,.png,.jpg,.jpeg";

/** A multipart form; the CSRF token goes first, since the server reads it before the file. */
function UploadForm({
  action,
  csrfToken,
  children,
}: {
  action: string;
  csrfToken: string | null;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={action} enctype="multipart/form-data" class="fs-form" noValidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
  );
}

function AccessFields({
  values,
  errors,
  exemptCase,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  exemptCase: boolean;
}) {
  if (exemptCase)
    return (
      <p class="ds-paragraph">
        Saken er unntatt offentlighet, så vedlegget blir det også, med sakens hjemmel.
      </p>
    );
  return (
    <>
      <SelectField
        name="access"
        label="Offentlighet"
        value={values.access ?? "public"}
        options={ACCESS_CHOICES}
        error={errors.access}
      />
      <TextField
        name="exemptionBasis"
        label="Hjemmel for unntak"
        value={values.exemptionBasis ?? ""}
        error={errors.exemptionBasis}
        description="Bare når dokumentet er unntatt offentlighet, for eksempel «Offl. § 13 jf. fvl. § 13»."
      />
    </>
  );
}

function AccessCell({ view }: { view: AttachmentView }) {
  if (!view.exempt) return <>Offentlig</>;
  return (
    <>
      <span class="ds-tag" data-color="warning" data-size="sm">
        Unntatt offentlighet
      </span>{" "}
      <span class="fs-meta">{view.exemptionBasis}</span>
      {view.redactedTitle ? <div class="fs-meta">Sladdet versjon: {view.redactedTitle}</div> : null}
    </>
  );
}

function MoveButton({
  ctx,
  caseId,
  view,
  up,
}: {
  ctx: PageContext;
  caseId: number;
  view: AttachmentView;
  up: boolean;
}) {
  const label = up ? "Flytt opp" : "Flytt ned";
  return (
    <form
      method="post"
      action={`/admin/saker/${caseId}/dokumenter/${view.id}/flytt`}
      class="fs-inline-form"
    >
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="direction" value={up ? "up" : "down"} />
      <button
        type="submit"
        class="ds-button"
        data-variant="secondary"
        data-size="sm"
        aria-label={`${label}: ${view.title}`}
      >
        {label}
      </button>
    </form>
  );
}

function FileLinks({ view }: { view: AttachmentView }) {
  return (
    <>
      <a class="ds-link" href={view.originalHref}>
        {view.title}
      </a>
      <div class="fs-meta">
        {view.fileName}
        {view.pdfHref ? (
          <>
            {" · "}
            <a class="ds-link" href={view.pdfHref}>
              PDF<span class="ds-sr-only"> av {view.title}</span>
            </a>
          </>
        ) : null}
        {view.redactedHref ? (
          <>
            {" · "}
            <a class="ds-link" href={view.redactedHref}>
              Sladdet versjon<span class="ds-sr-only"> av {view.title}</span>
            </a>
          </>
        ) : null}
      </div>
    </>
  );
}

function RenditionCell({ view }: { view: AttachmentView }) {
  return view.renditionFailed ? (
    <span class="ds-tag" data-color="danger" data-size="sm">
      {view.renditionLabel}
    </span>
  ) : (
    view.renditionLabel
  );
}

const caseHeading = (theCase: DocumentCase) => `Vedlegg til sak ${theCase.archiveCaseNumber}`;

export function DocumentsPage({
  ctx,
  theCase,
  current,
  replaced,
  values,
  errors,
  limitLabel,
}: {
  ctx: PageContext;
  theCase: DocumentCase;
  current: AttachmentView[];
  replaced: AttachmentView[];
  values: Record<string, string>;
  errors: FieldErrors;
  limitLabel: string;
}) {
  const heading = caseHeading(theCase);
  return (
    <AdminLayout
      ctx={ctx}
      title={heading}
      trail={[
        { href: "/admin/saker", label: "Saker" },
        { href: `/admin/saker/${theCase.id}`, label: `Sak ${theCase.archiveCaseNumber}` },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">{theCase.title}</p>
      {current.length === 0 ? (
        <p class="ds-paragraph">Saken har ingen vedlegg ennå.</p>
      ) : (
        <DataTable
          caption="Vedlegg i rekkefølge"
          columns={[
            "Nr.",
            "Tittel og fil",
            "Type",
            "Størrelse",
            "Sider",
            "PDF",
            "Offentlighet",
            ...(theCase.mayAttach ? ["Endre"] : []),
          ]}
        >
          {current.map((view, index) => (
            <tr key={view.id}>
              <td>{view.number}</td>
              <td>
                <FileLinks view={view} />
              </td>
              <td>{view.typeLabel}</td>
              <td>{view.sizeLabel}</td>
              <td>{view.pagesLabel}</td>
              <td>
                <RenditionCell view={view} />
              </td>
              <td>
                <AccessCell view={view} />
              </td>
              {theCase.mayAttach ? (
                <td>
                  <div class="fs-actions">
                    {index > 0 ? (
                      <MoveButton ctx={ctx} caseId={theCase.id} view={view} up={true} />
                    ) : null}
                    {index < current.length - 1 ? (
                      <MoveButton ctx={ctx} caseId={theCase.id} view={view} up={false} />
                    ) : null}
                    <a class="ds-link" href={view.editHref}>
                      Endre eller erstatt<span class="ds-sr-only"> {view.title}</span>
                    </a>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {theCase.mayAttach ? (
        <section aria-labelledby="last-opp">
          <h2 class="ds-heading" data-size="md" id="last-opp">
            Legg ved et dokument
          </h2>
          <ErrorSummary errors={errors} labels={DOCUMENT_FIELD_LABELS} />
          <UploadForm action={`/admin/saker/${theCase.id}/dokumenter`} csrfToken={ctx.csrfToken}>
            <TextField
              name="title"
              label="Tittel"
              value={values.title ?? ""}
              error={errors.title}
              required={true}
            />
            <FileField
              name="file"
              label="Fil"
              error={errors.file}
              accept={ANY_DOCUMENT}
              description={`PDF, Word (.docx, .doc), OpenDocument-tekst (.odt) eller bilde (PNG, JPEG), høyst ${limitLabel}. Word- og OpenDocument-filer gjøres om til PDF.`}
            />
            <AccessFields values={values} errors={errors} exemptCase={theCase.exempt} />
            <button type="submit" class="ds-button">
              Last opp
            </button>
          </UploadForm>
        </section>
      ) : null}
      <ReplacedList views={replaced} />
    </AdminLayout>
  );
}

function ReplacedList({ views }: { views: AttachmentView[] }) {
  if (views.length === 0) return null;
  return (
    <section aria-labelledby="tidligere">
      <h2 class="ds-heading" data-size="md" id="tidligere">
        Tidligere versjoner
      </h2>
      <ul class="ds-list">
        {views.map((view) => (
          <li key={view.id}>
            <a class="ds-link" href={view.originalHref}>
              {view.title}
            </a>{" "}
            <span class="fs-meta">
              (versjon {view.version}, {view.fileName}, {view.replacedLabel})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DocumentPage({
  ctx,
  theCase,
  view,
  values,
  errors,
  limitLabel,
}: {
  ctx: PageContext;
  theCase: DocumentCase;
  view: AttachmentView;
  values: Record<string, string>;
  errors: FieldErrors;
  limitLabel: string;
}) {
  const base = `/admin/saker/${theCase.id}/dokumenter/${view.id}`;
  const heading = `Vedlegg ${view.number ?? ""}: ${view.title}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={heading}
      trail={[
        { href: "/admin/saker", label: "Saker" },
        { href: `/admin/saker/${theCase.id}`, label: `Sak ${theCase.archiveCaseNumber}` },
        { href: `/admin/saker/${theCase.id}/dokumenter`, label: "Vedlegg" },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors} labels={DOCUMENT_FIELD_LABELS} />
      <div class="ds-paragraph">
        <FileLinks view={view} />
      </div>
      <p class="ds-paragraph">
        {view.typeLabel}, {view.sizeLabel}, versjon {view.version}. <RenditionCell view={view} />
      </p>
      {view.renditionError ? <p class="ds-paragraph fs-meta">{view.renditionError}</p> : null}
      {view.mayConvertAgain ? (
        <PostForm action={`${base}/konverter`} csrfToken={ctx.csrfToken}>
          <button type="submit" class="ds-button" data-variant="secondary">
            Konverter til PDF på nytt
          </button>
        </PostForm>
      ) : null}
      <section aria-labelledby="endre">
        <h2 class="ds-heading" data-size="md" id="endre">
          Tittel og offentlighet
        </h2>
        <PostForm action={base} csrfToken={ctx.csrfToken}>
          <TextField
            name="title"
            label="Tittel"
            value={values.title ?? view.title}
            error={errors.title}
            required={true}
          />
          <AccessFields
            values={{
              access: values.access ?? (view.exempt ? "exempt" : "public"),
              exemptionBasis: values.exemptionBasis ?? view.exemptionBasis ?? "",
            }}
            errors={errors}
            exemptCase={theCase.exempt}
          />
          <button type="submit" class="ds-button">
            Lagre
          </button>
        </PostForm>
      </section>
      <section aria-labelledby="erstatt">
        <h2 class="ds-heading" data-size="md" id="erstatt">
          Erstatt med en ny versjon
        </h2>
        <p class="ds-paragraph">
          Den nye filen tar denne versjonens plass i listen. Denne versjonen beholdes under
          «Tidligere versjoner».
        </p>
        <UploadForm action={`${base}/erstatt`} csrfToken={ctx.csrfToken}>
          <FileField
            name="replacement"
            label="Ny fil"
            error={errors.replacement}
            accept={ANY_DOCUMENT}
            description={`Samme filtyper som ved opplasting, høyst ${limitLabel}.`}
          />
          <button type="submit" class="ds-button">
            Erstatt
          </button>
        </UploadForm>
      </section>
      {view.exempt ? (
        <section aria-labelledby="sladdet">
          <h2 class="ds-heading" data-size="md" id="sladdet">
            Sladdet versjon for offentligheten
          </h2>
          <p class="ds-paragraph">
            {view.redactedTitle
              ? `Offentligheten ser nå den sladdede versjonen «${view.redactedTitle}». En ny fil erstatter den.`
              : "Offentligheten ser ikke dette dokumentet. Med en sladdet versjon ser de den i stedet, med hjemmelen for unntaket."}
          </p>
          <UploadForm action={`${base}/sladdet`} csrfToken={ctx.csrfToken}>
            <TextField
              name="publicTitle"
              label="Offentlig tittel"
              value={values.publicTitle ?? view.redactedTitle ?? ""}
              error={errors.publicTitle}
              required={true}
              description="Tittelen offentligheten ser; den må ikke røpe det som er unntatt."
            />
            <FileField
              name="redacted"
              label="Sladdet PDF"
              error={errors.redacted}
              accept=".pdf"
              description={`En PDF-fil der det unntatte er fjernet, høyst ${limitLabel}.`}
            />
            <button type="submit" class="ds-button">
              Last opp sladdet versjon
            </button>
          </UploadForm>
        </section>
      ) : null}
    </AdminLayout>
  );
}
