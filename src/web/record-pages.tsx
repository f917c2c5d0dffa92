import type { ComponentChildren } from "preact";
import { FormActions, ParagraphLink, PostForm } from "./admin-components.tsx";
import { ErrorSummary } from "./forms.tsx";
import type { PageContext } from "./layout.tsx";
import { AdminLayout } from "./workspace-layout.tsx";

/** A list in the workspace: the confirmation after a change, a link to add one, then the list. */
export function RecordListPage({
  ctx,
  title,
  addHref,
  addLabel,
  children,
}: {
  ctx: PageContext;
  title: string;
  addHref: string;
  addLabel: string;
  children: ComponentChildren;
}) {
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ParagraphLink href={addHref}>{addLabel}</ParagraphLink>
      {children}
    </AdminLayout>
  );
}

/** The form to add or edit one record in the workspace; the fields come as children. */
export function RecordFormPage({
  ctx,
  title,
  trail,
  errors,
  labels,
  action,
  cancel,
  children,
}: {
  ctx: PageContext;
  title: string;
  trail: Array<{ href: string; label: string }>;
  errors: Record<string, string>;
  labels: Record<string, string>;
  action: string;
  /** Where "Avbryt" leads, back without saving. */
  cancel: string;
  children: ComponentChildren;
}) {
  return (
    <AdminLayout ctx={ctx} title={title} trail={trail}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary errors={errors} labels={labels} />
      <PostForm action={action} csrfToken={ctx.csrfToken}>
        {children}
        <FormActions cancel={cancel} />
      </PostForm>
    </AdminLayout>
  );
}
