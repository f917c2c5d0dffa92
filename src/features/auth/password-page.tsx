import { MIN_PASSWORD_LENGTH } from "../../auth/passwords.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { PASSWORD_PATH } from "../../web/require-user.ts";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { PASSWORD_LABELS } from "./password-schema.ts";

/**
 * The page where a signed-in user changes their own password. Right after a login with a
 * one-time password it is the only page of the workspace they can reach, and says why.
 */
export function PasswordPage({
  ctx,
  required,
  next,
  errors,
}: {
  ctx: PageContext;
  /** The user signed in with a one-time password and must choose their own first. */
  required: boolean;
  /** Where to go once the password is changed. */
  next: string | null;
  errors: FieldErrors;
}) {
  return (
    <AdminLayout ctx={ctx} title="Bytt passord">
      <h1 class="ds-heading" data-size="lg">
        Bytt passord
      </h1>
      {required ? (
        <div class="ds-alert" data-color="info">
          <p class="ds-paragraph">
            Du logget inn med et engangspassord. Velg et eget passord før du går videre i
            arbeidsflaten.
          </p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={PASSWORD_LABELS} />
      <PostForm action={PASSWORD_PATH} csrfToken={ctx.csrfToken}>
        {next ? <input type="hidden" name="neste" value={next} /> : null}
        <TextField
          name="currentPassword"
          label={PASSWORD_LABELS.currentPassword}
          type="password"
          value=""
          error={errors.currentPassword}
          autocomplete="current-password"
          required
        />
        <TextField
          name="newPassword"
          label={PASSWORD_LABELS.newPassword}
          type="password"
          value=""
          error={errors.newPassword}
          description={`Minst ${formatNumber(MIN_PASSWORD_LENGTH)} tegn. Flere ord etter hverandre er lette å huske og vanskelige å gjette.`}
          autocomplete="new-password"
          required
        />
        <TextField
          name="repeatPassword"
          label={PASSWORD_LABELS.repeatPassword}
          type="password"
          value=""
          error={errors.repeatPassword}
          autocomplete="new-password"
          required
        />
        <p class="ds-paragraph fs-meta" data-size="sm">
          Når passordet er byttet, blir du logget ut på andre enheter der du er logget inn.
        </p>
        <button type="submit" class="ds-button" data-variant="primary">
          Bytt passord
        </button>
      </PostForm>
    </AdminLayout>
  );
}
