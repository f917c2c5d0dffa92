import { FormActions, PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { EndMembershipView } from "./membership-presenter.ts";
import { END_MEMBERSHIP_LABELS } from "./membership-schema.ts";
import { BODIES_PATH } from "./registry-paths.ts";

export function EndMembershipPage({
  ctx,
  seat,
  endsOn,
  errors,
}: {
  ctx: PageContext;
  seat: EndMembershipView;
  endsOn: string;
  errors: Record<string, string>;
}) {
  const title = `Avslutt vervet til ${seat.personName}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={title}
      trail={[
        { href: BODIES_PATH, label: "Utvalg" },
        { href: seat.bodyHref, label: seat.bodyName },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary errors={errors} labels={END_MEMBERSHIP_LABELS} />
      <p class="ds-paragraph">
        {seat.roleLabel} i {seat.bodyName} i valgperioden {seat.termName}, fra {seat.fromLabel}.
      </p>
      <PostForm action={seat.action} csrfToken={ctx.csrfToken}>
        <TextField
          name="endsOn"
          label={END_MEMBERSHIP_LABELS.endsOn}
          type="date"
          description="Vervet gjelder til og med denne dagen."
          value={endsOn}
          error={errors.endsOn}
          required
        />
        <FormActions submit="Avslutt vervet" cancel={seat.bodyHref} />
      </PostForm>
    </AdminLayout>
  );
}
