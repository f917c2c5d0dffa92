import type { FieldErrors } from "../../commit/outcome.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { ParagraphLink, PostForm, SavedNotice } from "../../web/admin-components.tsx";
import { ErrorSummary, SelectField, TextArea, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ACCESS_LABELS, CASE_TYPES } from "./case-labels.ts";
import type { BodyOption, OwnerOption } from "./queries.ts";

/** How many route steps the form offers; routes in practice have one to four bodies. */
export const ROUTE_STEPS = 6;

export const CASE_FIELD_LABELS: Record<string, string> = {
  archiveCaseNumber: "Arkivsaksnummer",
  title: "Tittel",
  caseType: "Sakstype",
  caseOfficer: "Saksbehandler",
  responsibleUnit: "Enhet",
  summary: "Sammendrag",
  recommendation: "Innstilling",
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
  /** The user may read the case but not change it. */
  readOnly: boolean;
  /** A body has decided the case, so its recommendation stays as the bodies treated it. */
  recommendationLocked: boolean;
  /** Set right after a successful save, to confirm it. */
  saved?: boolean;
}

export function CaseFormPage(props: CaseFormPageProps) {
  const { ctx, caseId, values, errors, readOnly, saved } = props;
  const number = values.archiveCaseNumber ?? "";
  const heading = caseId
    ? readOnly
      ? `Sak ${number}`
      : `Endre sak ${number}`
    : "Registrer ny sak";
  return (
    <AdminLayout ctx={ctx} title={heading} trail={[{ href: "/admin/saker", label: "Saker" }]}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <SavedNotice shown={saved ?? false} message="Saken er lagret." />
      {caseId ? (
        <ParagraphLink href={`/admin/saker/${caseId}/dokumenter`}>Vedlegg</ParagraphLink>
      ) : null}
      {readOnly ? (
        <>
          <p class="ds-paragraph">
            Saken eies av en annen saksbehandler, så du kan lese den, men ikke endre den.
          </p>
          <fieldset disabled class="ds-fieldset fs-form">
            <legend class="ds-label">Saken</legend>
            <CaseFields {...props} />
          </fieldset>
        </>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={CASE_FIELD_LABELS} />
          <PostForm
            action={caseId ? `/admin/saker/${caseId}` : "/admin/saker"}
            csrfToken={ctx.csrfToken}
          >
            <CaseFields {...props} />
            <button type="submit" class="ds-button" data-variant="primary">
              {caseId ? "Lagre endringer" : "Registrer sak"}
            </button>
          </PostForm>
        </>
      )}
    </AdminLayout>
  );
}

function CaseFields({ values, errors, bodies, owners, recommendationLocked }: CaseFormPageProps) {
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
      <TextArea name="summary" label="Sammendrag" value={value("summary")} error={errors.summary} />
      <TextArea
        name="recommendation"
        label="Innstilling"
        value={value("recommendation")}
        error={errors.recommendation}
        readOnly={recommendationLocked}
        {...(recommendationLocked
          ? {
              description:
                "Saken er behandlet i et utvalg, så innstillingen står slik utvalget fikk den.",
            }
          : {})}
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
          description="Påkrevd når saken er unntatt offentlighet. Vises på den offentlige sakslisten i stedet for tittelen."
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
