import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "../../auth/session.ts";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { authorize } from "../../policies/policy.ts";
import { nextAsFormError, parseForm, postedValues } from "../../web/form-input.ts";
import { localPath } from "../../web/local-path.ts";
import { PASSWORD_PATH, requireSignedIn } from "../../web/require-user.ts";
import { authorizeActor, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { changeOwnPassword } from "./change-own-password.ts";
import { PasswordPage } from "./password-page.tsx";
import { passwordChangeSchema } from "./password-schema.ts";

async function showPasswordPage(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { next: string | null; errors?: FieldErrors },
) {
  return renderPage(
    request,
    reply,
    (ctx) => (
      <PasswordPage
        ctx={ctx}
        required={request.mustChangePassword}
        next={state.next}
        errors={state.errors ?? {}}
      />
    ),
    state.errors,
  );
}

export async function registerPasswordRoutes(app: FastifyInstance): Promise<void> {
  // Not behind requireUser: this is the page requireUser sends a one-time password to.
  app.get(PASSWORD_PATH, { preHandler: requireSignedIn }, async (request, reply) => {
    authorize(request.user, "update", "password");
    return showPasswordPage(request, reply, {
      next: localPath((request.query as Record<string, unknown>).neste),
    });
  });

  app.post(
    PASSWORD_PATH,
    {
      preHandler: requireSignedIn,
      // The current password is checked here too, so guessing it is slowed as at the login;
      // counted per account, since the guesser already holds that account's session, and
      // only for posts that got past the input, origin and CSRF checks to try a password.
      config: {
        rateLimit: {
          max: 10,
          timeWindow: "1 minute",
          hook: "preHandler",
          keyGenerator: (request: FastifyRequest) => `password:${request.user?.id ?? request.ip}`,
        },
      },
    },
    async (request, reply) => {
      const input = parseForm(passwordChangeSchema, request.body);
      const session = request.cookies[SESSION_COOKIE] ?? "";
      const outcome = await commit(app, async (tx) => {
        const actor = authorizeActor(request.user, "update", "password");
        if (!input.ok) return input;
        const { currentPassword, newPassword, neste } = input.value;
        await changeOwnPassword({ actor, currentPassword, newPassword, session, tx });
        return succeeded(neste);
      });
      if (!outcome.ok)
        return showPasswordPage(request, reply, {
          next: localPath(postedValues(request.body).neste),
          errors: nextAsFormError(outcome.errors),
        });
      return outcome.value
        ? reply.redirect(outcome.value, 303)
        : redirectSaved(reply, PASSWORD_PATH, "passwordChanged");
    },
  );
}
