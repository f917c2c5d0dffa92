import type { FieldErrors } from "../../commit/outcome.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary, SelectField, TextArea } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ROUTE_STEPS } from "../cases/case-form-page.tsx";
import type { BodyOption } from "../cases/queries.ts";
import { type RouteModel, RouteTreatments } from "./route-view.tsx";

export const ROUTE_FIELD_LABELS: Record<string, string> = {
  reason: "Begrunnelse",
  ...Object.fromEntries(
    Array.from({ length: ROUTE_STEPS }, (_, index) => [`route${index + 1}`, `Steg ${index + 1}`]),
  ),
};

export interface RoutePageProps {
  ctx: PageContext;
  caseId: number;
  archiveCaseNumber: string;
  title: string;
  route: RouteModel;
  bodies: BodyOption[];
  values: Record<string, string>;
  errors: FieldErrors;
  /** The user may change the route, and the case is not decided. */
  canChange: boolean;
}

/** The case's route with each treatment, and the form that changes it. */
export function RoutePage(props: RoutePageProps) {
  const { ctx, caseId, archiveCaseNumber, title, route, values, errors } = props;
  const heading = `Saksgang for ${archiveCaseNumber}`;
  const treated = route.steps.filter((step) => step.treated).length;
  const bodyChoices = props.bodies.map((body) => ({
    value: String(body.id),
    label: body.isActive ? body.name : `${body.name} (ikke aktivt)`,
  }));
  return (
    <AdminLayout
      ctx={ctx}
      title={heading}
      trail={[
        { href: "/admin/saker", label: "Saker" },
        { href: `/admin/saker/${caseId}`, label: `Sak ${archiveCaseNumber}` },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">{title}</p>
      <RouteTreatments route={route} headingLevel={2} />
      {props.canChange ? (
        <section aria-labelledby="endre-saksgang" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="endre-saksgang">
            Endre saksgang
          </h2>
          <ErrorSummary errors={errors} labels={ROUTE_FIELD_LABELS} />
          <PostForm action={`/admin/saker/${caseId}/saksgang`} csrfToken={ctx.csrfToken}>
            <p class="ds-paragraph fs-meta" data-size="sm">
              {treated > 0
                ? `${treated === 1 ? "Steg 1 har" : `Steg 1–${treated} har`} vært på en saksliste og må stå som de står. Skriv hvorfor saksgangen endres.`
                : "Utvalgene saken skal behandles i, i rekkefølge. Det siste utvalget fatter vedtak."}
            </p>
            {Array.from({ length: ROUTE_STEPS }, (_, index) => {
              const name = `route${index + 1}`;
              return (
                <SelectField
                  key={name}
                  name={name}
                  label={`Steg ${index + 1}`}
                  value={values[name] ?? ""}
                  options={bodyChoices}
                  emptyLabel="Ingen"
                  error={errors[name]}
                  required={index === 0}
                />
              );
            })}
            <TextArea
              name="reason"
              label="Begrunnelse"
              description={
                treated > 0
                  ? "Påkrevd: saken har vært på en saksliste. Begrunnelsen står i endringsloggen."
                  : "Står i endringsloggen."
              }
              value={values.reason ?? ""}
              error={errors.reason}
            />
            <button type="submit" class="ds-button" data-variant="primary">
              Endre saksgang
            </button>
          </PostForm>
        </section>
      ) : null}
    </AdminLayout>
  );
}
