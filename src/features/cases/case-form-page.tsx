import type { FieldErrors } from "../../commit/outcome.ts";
import { CASE_TYPE_LABELS, PRESENTATION_SECTION_LABELS } from "../../domain/labels.ts";
import { ParagraphLink, PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary, SelectField, TextArea, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { routePath } from "../route/route-paths.ts";
import { type RouteModel, RouteTreatments } from "../route/route-view.tsx";
import { ACCESS_LABELS, CASE_TYPES, STATUS_LABELS } from "./case-labels.ts";
import type { PresentationTexts } from "./case-record.ts";
import { CaseHeader, CaseWorkflowPanel } from "./case-workflow.tsx";
import type { CaseWorkflowView } from "./case-workflow-presenter.ts";
import {
  PresentationFields,
  type PresentationLength,
  PresentationPreview,
  SaveOrPreview,
} from "./presentation-editor.tsx";
import type { BodyOption, OwnerOption } from "./queries.ts";

/** How many route steps the form offers; routes in practice have one to four bodies. */
export const ROUTE_STEPS = 6;

export const CASE_FIELD_LABELS: Record<string, string> = {
  archiveCaseNumber: "Arkivsaksnummer",
  title: "Tittel",
  caseType: "Sakstype",
  caseOfficer: "Saksbehandler",
  responsibleUnit: "Enhet",
  ...PRESENTATION_SECTION_LABELS,
  reason: "Begrunnelse for endringen",
  comment: "Kommentar til saksbehandleren",
  shareWith: "Del med en saksbehandler",
  access: "Offentlighet",
  publicTitle: "Offentlig tittel",
  exemptionBasis: "Hjemmel for unntak",
  owner: "Eier",
  ...Object.fromEntries(
    Array.from({ length: ROUTE_STEPS }, (_, index) => [
      `route${index + 1}`,
      `Saksgang, steg ${index + 1}`,
    ]),
  ),
};

interface CaseFormPageProps {
  ctx: PageContext;
  /** Absent for a new case. */
  caseId?: number;
  values: Record<string, string>;
  errors: FieldErrors;
  bodies: BodyOption[];
  /** The accounts the case can be given to, for those who may choose its owner. */
  owners: OwnerOption[] | null;
  /**
   * How the user may change the case: edit the draft, make a new version of the approved
   * presentation, or only read it.
   */
  mode: "edit" | "revise" | "read";
  /** The workflow header and steps of an existing case. */
  workflow?: CaseWorkflowView;
  /** The texts to preview, after «Forhåndsvis». */
  preview: PresentationTexts | null;
  length: PresentationLength;
  /** A body has decided the case, so its recommendation stays as the bodies treated it. */
  recommendationLocked: boolean;
  /** Set right after a successful save, to confirm it. */
  /** An existing case's route with its treatments. */
  route?: RouteModel;
}

/** Why the user only reads the case, in the words of its status. */
function readOnlyReason(workflow: CaseWorkflowView | undefined): string {
  switch (workflow?.status.label) {
    case undefined:
    case STATUS_LABELS.draft:
      return "Saken skrives av en annen saksbehandler, så du kan lese den, men ikke endre den.";
    case STATUS_LABELS.submitted:
      return "Saken er sendt til godkjenning og kan ikke endres før den er godkjent eller sendt tilbake.";
    default:
      return "Saken kan ikke endres av deg nå.";
  }
}

export function CaseFormPage(props: CaseFormPageProps) {
  const { ctx, caseId, values, errors, mode, workflow, preview } = props;
  const number = values.archiveCaseNumber ?? workflow?.archiveCaseNumber ?? "";
  const heading = caseId ? `Sak ${workflow?.archiveCaseNumber ?? number}` : "Registrer ny sak";
  return (
    <AdminLayout ctx={ctx} title={heading} trail={[{ href: "/admin/saker", label: "Saker" }]}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      {caseId ? (
        <ParagraphLink href={`/admin/saker/${caseId}/dokumenter`}>Vedlegg</ParagraphLink>
      ) : null}
      <ErrorSummary errors={errors} labels={CASE_FIELD_LABELS} />
      {workflow ? (
        <>
          <CaseHeader view={workflow} />
          <CaseWorkflowPanel
            view={workflow}
            csrfToken={ctx.csrfToken}
            errors={errors}
            values={values}
          />
        </>
      ) : null}
      {caseId && props.route ? (
        <>
          <RouteTreatments route={props.route} headingLevel={2} />
          <ParagraphLink href={routePath(caseId)}>Saksgangen i detalj, og endre den</ParagraphLink>
        </>
      ) : null}
      {preview ? <PresentationPreview texts={preview} /> : null}
      {mode === "read" ? (
        <>
          <p class="ds-paragraph">{readOnlyReason(workflow)}</p>
          <fieldset disabled class="ds-fieldset fs-form">
            <legend class="ds-label">Saken</legend>
            <CaseFields {...props} />
          </fieldset>
        </>
      ) : mode === "revise" && caseId ? (
        <RevisionForm {...props} caseId={caseId} />
      ) : (
        <PostForm
          action={caseId ? `/admin/saker/${caseId}` : "/admin/saker"}
          csrfToken={ctx.csrfToken}
        >
          <CaseFields {...props} />
          <SaveOrPreview save={caseId ? "Lagre endringer" : "Registrer sak"} />
        </PostForm>
      )}
    </AdminLayout>
  );
}

/** After approval: the presentation's texts and why they change, saved as a new version. */
function RevisionForm(props: CaseFormPageProps & { caseId: number }) {
  const { ctx, caseId, values, errors, recommendationLocked, length } = props;
  return (
    <section aria-labelledby="ny-versjon">
      <h2 class="ds-heading" data-size="md" id="ny-versjon">
        Endre det godkjente saksframlegget
      </h2>
      <p class="ds-paragraph">
        Saksframlegget er godkjent. En endring lagres som en ny versjon med begrunnelse, og de
        tidligere versjonene står i historikken.
      </p>
      <PostForm action={`/admin/saker/${caseId}/ny-versjon`} csrfToken={ctx.csrfToken}>
        <TextField
          name="title"
          label="Tittel"
          value={values.title ?? ""}
          error={errors.title}
          required
        />
        <PresentationFields
          values={values}
          errors={errors}
          recommendationLocked={recommendationLocked}
          length={length}
        />
        <TextArea
          name="reason"
          label="Begrunnelse for endringen"
          description="Vises i historikken sammen med hvem som endret og når."
          value={values.reason ?? ""}
          error={errors.reason}
          rows={3}
          required
        />
        <SaveOrPreview save="Lagre ny versjon" />
      </PostForm>
    </section>
  );
}

function CaseFields({
  values,
  errors,
  bodies,
  owners,
  recommendationLocked,
  length,
}: CaseFormPageProps) {
  const value = (name: string) => values[name] ?? "";
  const bodyChoices = bodies.map((body) => ({
    value: String(body.id),
    label: body.isActive ? body.name : `${body.name} (ikke aktivt)`,
  }));
  return (
    <>
      <TextField
        name="archiveCaseNumber"
        label="Arkivsaksnummer"
        description="På formen ÅÅÅÅ/NNNN, for eksempel 2026/1234."
        value={value("archiveCaseNumber")}
        error={errors.archiveCaseNumber}
        required
      />
      <TextField name="title" label="Tittel" value={value("title")} error={errors.title} required />
      <SelectField
        name="caseType"
        label="Sakstype"
        value={value("caseType") || "PS"}
        options={CASE_TYPES.map((type) => ({
          value: type,
          label: `${CASE_TYPE_LABELS[type]} (${type})`,
        }))}
        error={errors.caseType}
        required
      />
      <TextField
        name="caseOfficer"
        label="Saksbehandler"
        value={value("caseOfficer")}
        error={errors.caseOfficer}
      />
      <TextField
        name="responsibleUnit"
        label="Enhet"
        value={value("responsibleUnit")}
        error={errors.responsibleUnit}
      />
      {owners ? (
        <SelectField
          name="owner"
          label="Eier"
          description="Saksbehandleren som skriver saken og kan endre den. Uten eier kan bare sekretariatet endre saken."
          value={value("owner")}
          options={owners.map((owner) => ({ value: String(owner.id), label: owner.name }))}
          emptyLabel="Ingen"
          error={errors.owner}
        />
      ) : null}
      <PresentationFields
        values={values}
        errors={errors}
        recommendationLocked={recommendationLocked}
        length={length}
      />
      <fieldset class="ds-fieldset fs-form">
        <legend class="ds-label">Offentlighet</legend>
        <SelectField
          name="access"
          label="Tilgang"
          value={value("access") || "public"}
          options={[
            { value: "public", label: ACCESS_LABELS.public },
            { value: "exempt", label: ACCESS_LABELS.exempt },
          ]}
          error={errors.access}
          required
        />
        <TextField
          name="publicTitle"
          label="Offentlig tittel"
          description="Påkrevd når saken er unntatt offentlighet. Vises på den offentlige sakslisten i stedet for tittelen, med merket «Unntatt offentlighet» ved siden av, så tittelen trenger ikke si det."
          value={value("publicTitle")}
          error={errors.publicTitle}
        />
        <TextField
          name="exemptionBasis"
          label="Hjemmel for unntak"
          description="Påkrevd når saken er unntatt offentlighet, for eksempel «offl. § 13 jf. fvl. § 13»."
          value={value("exemptionBasis")}
          error={errors.exemptionBasis}
        />
      </fieldset>
      <fieldset class="ds-fieldset fs-form">
        <legend class="ds-label">Saksgang</legend>
        <p class="ds-paragraph fs-meta" data-size="sm">
          Utvalgene saken skal behandles i, i rekkefølge. Det siste utvalget fatter vedtak.
        </p>
        {Array.from({ length: ROUTE_STEPS }, (_, index) => {
          const name = `route${index + 1}`;
          return (
            <SelectField
              key={name}
              name={name}
              label={`Steg ${index + 1}`}
              value={value(name)}
              options={bodyChoices}
              emptyLabel="Ingen"
              error={errors[name]}
              required={index === 0}
            />
          );
        })}
      </fieldset>
    </>
  );
}
