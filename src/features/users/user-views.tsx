import { ROLE_NAMES } from "../../auth/roles.ts";
import type { FieldErrors } from "../../commit/outcome.ts";
import { DataTable, FormActions, ParagraphLink, PostForm } from "../../web/admin-components.tsx";
import { Checkbox, type Choice, ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { RecordFormPage } from "../../web/record-pages.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { USERS_PATH } from "./user-paths.ts";
import type {
  AccountLink,
  AccountStatus,
  UserAccountView,
  UserFormValues,
  UserRowView,
} from "./user-presenter.ts";
import { USER_LABELS, USER_ROLES } from "./user-schema.ts";

const TRAIL = [{ href: USERS_PATH, label: "Brukere" }];
const ROLE_OPTIONS = USER_ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role] }));

function StatusTag({ status }: { status: AccountStatus }) {
  return (
    <span class="ds-tag" data-color={status.color}>
      {status.label}
    </span>
  );
}

export function UserListPage({ ctx, users }: { ctx: PageContext; users: UserRowView[] }) {
  return (
    <AdminLayout ctx={ctx} title="Brukere">
      <h1 class="ds-heading" data-size="lg">
        Brukere
      </h1>
      <ParagraphLink href={`${USERS_PATH}/ny`}>Ny brukerkonto</ParagraphLink>
      <DataTable
        caption="Brukerkontoer etter brukernavn"
        columns={["Brukernavn", "Navn", "Rolle", "Person", "Status"]}
      >
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              <a class="ds-link" href={user.href}>
                {user.username}
              </a>
            </th>
            <td>{user.displayName}</td>
            <td>{user.roleLabel}</td>
            <td>
              {user.person ? (
                <a class="ds-link" href={user.person.href}>
                  {user.person.name}
                </a>
              ) : (
                "–"
              )}
            </td>
            <td>
              <StatusTag status={user.status} />
            </td>
          </tr>
        ))}
      </DataTable>
    </AdminLayout>
  );
}

function AccountFields({
  values,
  errors,
  persons,
}: {
  values: Partial<UserFormValues>;
  errors: FieldErrors;
  persons: readonly Choice[];
}) {
  return (
    <>
      <TextField
        name="displayName"
        label={USER_LABELS.displayName}
        value={values.displayName ?? ""}
        error={errors.displayName}
        autocomplete="off"
        required
      />
      <TextField
        name="email"
        label={USER_LABELS.email}
        description="Hit sendes melding om vedtak i saker brukeren eier."
        type="email"
        value={values.email ?? ""}
        error={errors.email}
        autocomplete="off"
      />
      <SelectField
        name="role"
        label={USER_LABELS.role}
        value={values.role ?? ""}
        options={ROLE_OPTIONS}
        emptyLabel="Velg rolle"
        error={errors.role}
        required
      />
      <SelectField
        name="personId"
        label={USER_LABELS.personId}
        description="Knytt kontoen til en folkevalgt eller annen person i registeret, om det passer."
        value={values.personId ?? ""}
        options={persons}
        emptyLabel="Ingen"
        error={errors.personId}
      />
      <Checkbox
        name="mayApproveCases"
        label={USER_LABELS.mayApproveCases}
        description="Den som kan godkjenne, signerer innstillingen på vegne av kommunedirektøren og ser sakene som er sendt til godkjenning. Administratorer kan alltid godkjenne."
        checked={values.mayApproveCases === "on"}
        error={errors.mayApproveCases}
      />
    </>
  );
}

export function NewUserPage({
  ctx,
  values,
  errors,
  persons,
}: {
  ctx: PageContext;
  values: Partial<UserFormValues>;
  errors: FieldErrors;
  persons: readonly Choice[];
}) {
  return (
    <RecordFormPage
      ctx={ctx}
      title="Ny brukerkonto"
      trail={TRAIL}
      errors={errors}
      labels={USER_LABELS}
      action={`${USERS_PATH}/ny`}
      cancel={USERS_PATH}
    >
      <TextField
        name="username"
        label={USER_LABELS.username}
        description="3–60 tegn: små bokstaver, sifre, punktum eller bindestrek."
        value={values.username ?? ""}
        error={errors.username}
        autocomplete="off"
        required
      />
      <AccountFields values={values} errors={errors} persons={persons} />
    </RecordFormPage>
  );
}

export function UserAccountPage({
  ctx,
  account,
  values,
  errors,
  persons,
}: {
  ctx: PageContext;
  account: UserAccountView;
  values: Partial<UserFormValues>;
  errors: FieldErrors;
  persons: readonly Choice[];
}) {
  const path = account.href;
  return (
    <AdminLayout ctx={ctx} title={`Brukerkonto ${account.username}`} trail={TRAIL}>
      <h1 class="ds-heading" data-size="lg">
        Brukerkonto {account.username}
      </h1>
      <ErrorSummary errors={errors} labels={USER_LABELS} />
      <p class="ds-paragraph">
        Status: <StatusTag status={account.status} />
      </p>
      <h2 class="ds-heading" data-size="md">
        Navn, rolle og person
      </h2>
      <PostForm action={path} csrfToken={ctx.csrfToken}>
        <AccountFields values={values} errors={errors} persons={persons} />
        <FormActions cancel={USERS_PATH} />
      </PostForm>
      <h2 class="ds-heading" data-size="md">
        Passord
      </h2>
      <p class="ds-paragraph">
        {account.mustChangePassword
          ? "Brukeren har et engangspassord og velger sitt eget ved neste innlogging."
          : "Brukeren har valgt sitt eget passord."}{" "}
        Et nytt engangspassord erstatter det gamle og logger brukeren ut på alle enheter.
      </p>
      <PostForm action={`${path}/nytt-passord`} csrfToken={ctx.csrfToken}>
        <button type="submit" class="ds-button" data-variant="secondary">
          Lag nytt engangspassord
        </button>
      </PostForm>
      <h2 class="ds-heading" data-size="md">
        Tilgang
      </h2>
      <p class="ds-paragraph">
        {account.active
          ? "En deaktivert konto kan ikke logge inn, og brukeren logges ut med en gang."
          : "Kontoen er deaktivert og kan ikke logge inn."}
      </p>
      <PostForm
        action={`${path}/${account.active ? "deaktiver" : "aktiver"}`}
        csrfToken={ctx.csrfToken}
      >
        {errors.active ? (
          <div class="ds-validation-message" data-color="danger" id="active-feil">
            {errors.active}
          </div>
        ) : null}
        <button
          type="submit"
          id="active"
          class="ds-button"
          data-variant="secondary"
          data-color={account.active ? "danger" : undefined}
          aria-describedby={errors.active ? "active-feil" : undefined}
        >
          {account.active ? "Deaktiver kontoen" : "Aktiver kontoen igjen"}
        </button>
      </PostForm>
    </AdminLayout>
  );
}

/** The one time a password is shown in clear: right after it was made, never again. */
export function OneTimePasswordPage({
  ctx,
  account,
  password,
  created,
}: {
  ctx: PageContext;
  account: AccountLink;
  password: string;
  created: boolean;
}) {
  const title = created ? "Brukerkontoen er opprettet" : "Nytt engangspassord";
  return (
    <AdminLayout ctx={ctx} title={title} trail={TRAIL}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <div class="ds-alert" data-color="warning" role="status">
        <p class="ds-paragraph">
          Passordet vises bare denne ene gangen og lagres ikke i klartekst. Gi det til brukeren på
          en trygg måte nå.
        </p>
      </div>
      <dl class="fs-facts">
        <dt>Brukernavn</dt>
        <dd>{account.username}</dd>
        <dt>Engangspassord</dt>
        <dd>
          <code>{password}</code>
        </dd>
      </dl>
      <ParagraphLink href={account.href}>Til brukerkontoen {account.username}</ParagraphLink>
      <ParagraphLink href={USERS_PATH}>Til alle brukere</ParagraphLink>
    </AdminLayout>
  );
}
