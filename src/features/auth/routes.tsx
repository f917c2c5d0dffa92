import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { z } from "zod";
import { writeAudit } from "../../audit.ts";
import { dummyPasswordHash, verifyPassword } from "../../auth/passwords.ts";
import {
  createSession,
  destroySession,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from "../../auth/session.ts";
import { commit } from "../../commit/commit.ts";
import { refusalLines, succeeded } from "../../commit/outcome.ts";
import { pageContext } from "../../web/context.ts";
import { nextAsFormError, nextPath, parseForm } from "../../web/form-input.ts";
import { localPath } from "../../web/local-path.ts";
import { sendPage } from "../../web/render.tsx";
import { PASSWORD_PATH } from "../../web/require-user.ts";
import { LoginPage } from "./login-page.tsx";
import { registerPasswordRoutes } from "./password-routes.tsx";

/** Before a session exists, the login form is protected by a double-submit cookie. */
const LOGIN_CSRF_COOKIE = "fs_login_csrf";

const loginSchema = z.object({
  username: z.string().trim().min(1, "Skriv inn brukernavnet.").max(200),
  password: z.string().min(1, "Skriv inn passordet.").max(1000),
  _csrf: z.string().max(200).default(""),
  neste: nextPath(),
});

const WORKSPACE = "/admin";

/** A link's `neste` that is not a path of ours is dropped, so the login leads to the workspace. */
const nextFromLink = (value: unknown): string => localPath(value) ?? WORKSPACE;

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

async function showLogin(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { username?: string; next: string; errors?: Record<string, string>; status?: number },
) {
  const token = randomBytes(24).toString("base64url");
  reply.setCookie(LOGIN_CSRF_COOKIE, token, {
    path: "/logg-inn",
    httpOnly: true,
    sameSite: "strict",
    secure: request.server.config.secureCookies,
  });
  const ctx = await pageContext(request);
  return sendPage(
    request,
    reply,
    h(LoginPage, {
      ctx,
      loginToken: token,
      username: state.username ?? "",
      next: state.next,
      errors: state.errors ?? {},
    }),
    { status: state.status ?? 200, cache: "private" },
  );
}

export async function registerAuthRoutes(app: FastifyInstance): Promise<void> {
  app.get("/logg-inn", async (request, reply) => {
    const next = nextFromLink((request.query as Record<string, unknown>).neste);
    if (request.user) return reply.redirect(next, 303);
    return showLogin(request, reply, { next });
  });

  app.post(
    "/logg-inn",
    { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } },
    async (request, reply) => {
      const parsed = parseForm(loginSchema, request.body ?? {});
      const raw = (request.body ?? {}) as Record<string, unknown>;
      const next = nextFromLink(raw.neste);
      const username = typeof raw.username === "string" ? raw.username : "";
      // Everything is checked before anything is written, `neste` included: a session must
      // not be left behind by a login that cannot send the browser on.
      if (!parsed.ok)
        return showLogin(request, reply, {
          username,
          next,
          errors: nextAsFormError(parsed.errors),
          status: 400,
        });
      const input = parsed.value;
      const cookieToken = request.cookies[LOGIN_CSRF_COOKIE] ?? "";
      if (!sameToken(cookieToken, input._csrf)) {
        return showLogin(request, reply, {
          username,
          next,
          errors: { form: "Innloggingsskjemaet er utløpt. Prøv igjen." },
          status: 403,
        });
      }
      const db = app.db;
      const user = await db
        .selectFrom("app_user")
        .select([
          "id",
          "password_hash",
          "display_name",
          "username",
          "role",
          "person_id",
          "must_change_password",
        ])
        .where("username", "=", input.username.toLowerCase())
        .where("disabled", "=", false)
        .executeTakeFirst();
      const valid = await verifyPassword(
        user?.password_hash ?? (await dummyPasswordHash()),
        input.password,
      );
      if (!user || !valid) {
        return showLogin(request, reply, {
          username,
          next,
          errors: { form: "Feil brukernavn eller passord." },
          status: 401,
        });
      }
      const login = await commit(app, async (tx) => {
        const created = await createSession(tx, user.id);
        await writeAudit(tx, {
          actor: {
            kind: "user",
            user: {
              id: user.id,
              username: user.username,
              displayName: user.display_name,
              role: user.role,
              personId: user.person_id,
            },
          },
          action: "session.login",
          visibility: "internal",
          entityType: "app_user",
          entityId: user.id,
        });
        return succeeded(created);
      });
      if (!login.ok) throw new Error(refusalLines(login.errors).join(" "));
      const session = login.value;
      reply.clearCookie(LOGIN_CSRF_COOKIE, { path: "/logg-inn" });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: app.config.secureCookies,
        maxAge: SESSION_TTL_MS / 1000,
      });
      const destination = input.neste ?? WORKSPACE;
      return reply.redirect(
        user.must_change_password
          ? `${PASSWORD_PATH}?neste=${encodeURIComponent(destination)}`
          : destination,
        303,
      );
    },
  );

  app.post("/logg-ut", async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await destroySession(app.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.redirect("/", 303);
  });

  await registerPasswordRoutes(app);
}
