import type { ComponentChildren } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import { CsrfField, ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingTrail } from "./meeting-labels.ts";

interface ConfirmPageProps {
  ctx: PageContext;
  /** The meeting the step belongs to; "Avbryt" leads back to it without change. */
  meeting: { id: number; name: string };
  heading: string;
  /** Where the confirming POST goes. */
  action: string;
  button: string;
  errors?: FieldErrors;
  children: ComponentChildren;
}

/** A second step before a change to a meeting that cannot be undone; works without JavaScript. */
export function ConfirmPage({
  ctx,
  meeting,
  heading,
  action,
  button,
  errors,
  children,
}: ConfirmPageProps) {
  return (
    <AdminLayout ctx={ctx} title={heading} trail={meetingTrail(meeting)}>
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
        <a class="ds-link" href={`/admin/moter/${meeting.id}`}>
          Avbryt
        </a>
      </form>
    </AdminLayout>
  );
}
