import { FormActions, PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { BODIES_PATH } from "./body-paths.ts";
import { END_MEMBERSHIP_LABELS } from "./membership-schema.ts";
import { formatDay } from "./registry-ui.tsx";

export interface EndMembershipView {
  id: number;
  bodyId: number;
  bodyName: string;
  termId: number;
  termName: string;
  personName: string;
  roleLabel: string;
  startsOn: string;
}

export function EndMembershipPage({
  ctx,
  membership,
  endsOn,
  errors,
}: {
  ctx: PageContext;
  membership: EndMembershipView;
  endsOn: string;
  errors: Record<string, string>;
}) {
  const title = `Avslutt vervet til ${membership.personName}`;
  const bodyPath = `${BODIES_PATH}/${membership.bodyId}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={title}
      trail={[
        { href: BODIES_PATH, label: "Utvalg" },
        { href: `${bodyPath}?valgperiode=${membership.termId}`, label: membership.bodyName },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary errors={errors} labels={END_MEMBERSHIP_LABELS} />
      <p class="ds-paragraph">
        {membership.roleLabel} i {membership.bodyName} i valgperioden {membership.termName}, fra{" "}
        {formatDay(membership.startsOn)}.
      </p>
      <PostForm
        action={`${bodyPath}/medlemskap/${membership.id}/avslutt`}
        csrfToken={ctx.csrfToken}
      >
        <TextField
          name="endsOn"
          label={END_MEMBERSHIP_LABELS.endsOn}
          type="date"
          description="Vervet gjelder til og med denne dagen."
          value={endsOn}
          error={errors.endsOn}
          required
        />
        <FormActions
          submit="Avslutt vervet"
          cancel={`${bodyPath}?valgperiode=${membership.termId}`}
        />
      </PostForm>
    </AdminLayout>
  );
}
