import { ErrorSummary, TextField } from "../../web/forms.tsx";
import { Layout, type PageContext } from "../../web/layout.tsx";

interface LoginPageProps {
  ctx: PageContext;
  loginToken: string;
  username: string;
  next: string;
  errors: Record<string, string>;
}

export function LoginPage({ ctx, loginToken, username, next, errors }: LoginPageProps) {
  return (
    <Layout ctx={ctx} title="Logg inn">
      <h1 class="ds-heading" data-size="lg">
        Logg inn
      </h1>
      <p class="ds-paragraph">For sekretariatet, saksbehandlere og folkevalgte.</p>
      <ErrorSummary errors={errors} labels={{ username: "Brukernavn", password: "Passord" }} />
      <form method="post" action="/logg-inn" class="fs-form" noValidate>
        <input type="hidden" name="_csrf" value={loginToken} />
        <input type="hidden" name="neste" value={next} />
        <TextField
          name="username"
          label="Brukernavn"
          value={username}
          error={errors.username}
          autocomplete="username"
          required
        />
        <TextField
          name="password"
          label="Passord"
          type="password"
          value=""
          error={errors.password}
          autocomplete="current-password"
          required
        />
        <button type="submit" class="ds-button" data-variant="primary">
          Logg inn
        </button>
      </form>
    </Layout>
  );
}
