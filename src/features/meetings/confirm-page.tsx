import type { ComponentChildren } from "preact";
import { CsrfField, ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../admin/admin-layout.tsx";
import type { FieldErrors } from "../cases/form-support.ts";

interface ConfirmPageProps {
  ctx: PageContext;
  heading: string;
  trail: Array<{ href: string; label: string }>;
  /** Where the confirming POST goes. */
  action: string;
  button: string;
  /** Where "Avbryt" leads, back without change. */
  back: string;
  errors?: FieldErrors;
  children: ComponentChildren;
}

/** A second step before something that cannot be undone, which works without JavaScript. */
export function ConfirmPage({
  ctx,
  heading,
  trail,
  action,
  button,
  back,
  errors,
  children,
}: ConfirmPageProps) {
  return (
    <AdminLayout ctx={ctx} title={heading} trail={trail}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors ?? {}} labels={{}} />
      {children}
      <form method="post" action={action} class="fs-actions">
        <CsrfField token={ctx.csrfToken} />
        <button type="submit" class="ds-button" data-variant="primary" data-color="danger">
          {button}
        </button>
        <a class="ds-link" href={back}>
          Avbryt
        </a>
      </form>
    </AdminLayout>
  );
}
