import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { fastifySSE } from "@fastify/sse";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { h } from "preact";
import { loadSession, SESSION_COOKIE, type SignedInUser } from "./auth/session.ts";
import type { BlobStore } from "./blobs/blob-store.ts";
import type { ChangeFeed } from "./commit/change-feed.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import { registerAdminRoutes } from "./features/admin/routes.tsx";
import { registerAlertRoutes } from "./features/alerts/alert-routes.tsx";
import { registerAuthRoutes } from "./features/auth/routes.tsx";
import { registerDocumentRoutes } from "./features/documents/routes.ts";
import { registerFeedRoutes } from "./features/feeds/feed-routes.ts";
import { registerSitemapRoutes } from "./features/feeds/sitemap-routes.ts";
import { registerListRoutes } from "./features/lists/list-routes.tsx";
import { HEARTBEAT_MS, registerLiveRoutes } from "./features/live/live-routes.ts";
import { registerMinutesApprovalRoutes } from "./features/minutes/approval-routes.tsx";
import { registerMinutesPublishRoutes } from "./features/minutes/minutes-publish-routes.tsx";
import { registerLiveMeetingRoutes } from "./features/portal/live-routes.tsx";
import { registerPortalRoutes } from "./features/portal/routes.tsx";
import { registerSearchRoutes } from "./features/search/routes.tsx";
import { NotFoundError } from "./policies/policy.ts";
import { stylesheet } from "./web/assets.ts";
import { pageContext } from "./web/context.ts";
import { ErrorPage, NotFoundPage } from "./web/error-pages.tsx";
import { registerInputGuard } from "./web/input-guard.ts";
import { MunicipalityName } from "./web/municipality-name.ts";
import { registerPageCache } from "./web/page-cache.ts";
import { sendPage } from "./web/render.tsx";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
    config: Config;
    blobs: BlobStore;
    changes: ChangeFeed;
    municipalityName: MunicipalityName;
  }
  interface FastifyContextConfig {
    /**
     * The route takes a multipart upload and checks the CSRF token itself, as the first field
     * of the stream and before the file is written (features/documents/receive-upload.ts).
     */
    csrfInMultipart?: boolean;
  }
  interface FastifyRequest {
    user: SignedInUser | null;
    csrfToken: string | null;
    /** The user signed in with a password the system made, and must choose their own. */
    mustChangePassword: boolean;
  }
}

export interface AppOptions {
  db: Database;
  config: Config;
  blobs: BlobStore;
  /** This process's feed of committed changes (ChangeFeed.listen); the app closes it. */
  changes: ChangeFeed;
  /** "json" for log collectors, "pretty" for a person at a terminal, false for none. */
  logger?: "json" | "pretty" | false;
  /** Keep rendered public pages in memory (default on). */
  pageCache?: boolean;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** An Origin header that is no URL at all cannot name this site. */
const isOriginOf = (origin: string, host: string | undefined): boolean =>
  host !== undefined && URL.canParse(origin) && new URL(origin).host === host;

/** A form post must come from our own pages: same origin, and the session's CSRF token. */
function csrfProblem(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin && origin !== "null" && !isOriginOf(origin, request.headers.host))
    return "Skjemaet kom fra et annet nettsted.";
  if (!request.user) return null;
  if (
    request.routeOptions.config.csrfInMultipart &&
    /^multipart\/form-data/i.test(request.headers["content-type"] ?? "")
  )
    return null;
  const body = request.body as Record<string, unknown> | undefined;
  const sent = body?._csrf ?? request.headers["x-csrf-token"];
  return sent === request.csrfToken
    ? null
    : "Skjemaet er utløpt. Last siden på nytt og prøv igjen.";
}

/** A client that asks for JSON and not for HTML gets its errors as RFC 9457 problem documents. */
function wantsProblem(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? "";
  return /application\/(problem\+)?json/.test(accept) && !accept.includes("text/html");
}

function sendProblem(reply: FastifyReply, status: number, detail: string): FastifyReply {
  return reply
    .code(status)
    .type("application/problem+json; charset=utf-8")
    .header("cache-control", "no-store")
    .send({ type: "about:blank", title: STATUS_CODES[status] ?? "Error", status, detail });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: options.config.logLevel,
          ...(options.logger === "pretty"
            ? {
                transport: {
                  target: "pino-pretty",
                  options: {
                    translateTime: "SYS:HH:MM:ss",
                    ignore: "pid,hostname",
                    singleLine: true,
                  },
                },
              }
            : {}),
        }
      : false,
    genReqId: () => randomUUID(),
    trustProxy: options.config.trustProxy,
  });
  app.decorate("db", options.db);
  app.decorate("config", options.config);
  app.decorate("blobs", options.blobs);
  app.decorate("changes", options.changes);
  app.decorate("municipalityName", new MunicipalityName(options.db, options.changes));
  app.addHook("onClose", () => options.changes.close());
  app.decorateRequest("user", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("mustChangePassword", false);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: options.config.secureCookies,
    referrerPolicy: { policy: "same-origin" },
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(rateLimit, { global: false });
  await app.register(fastifySSE, { heartbeatInterval: HEARTBEAT_MS });

  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await loadSession(app.db, token);
    if (session) {
      request.user = session.user;
      request.csrfToken = session.csrfToken;
      request.mustChangePassword = session.mustChangePassword;
    }
  });

  if (options.pageCache !== false) registerPageCache(app, options.changes);
  registerInputGuard(app);

  app.addHook("preHandler", async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const problem = csrfProblem(request);
    if (!problem) return;
    const ctx = await pageContext(request);
    return sendPage(request, reply, h(ErrorPage, { ctx, message: problem }), { status: 403 });
  });

  app.get(stylesheet.path, (_request, reply) =>
    reply
      .type(stylesheet.contentType)
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(stylesheet.body),
  );

  app.setNotFoundHandler(async (request, reply) => {
    if (wantsProblem(request)) return sendProblem(reply, 404, "Ikke funnet.");
    const ctx = await pageContext(request);
    return sendPage(request, reply, h(NotFoundPage, { ctx }), { status: 404 });
  });

  app.setErrorHandler(async (error, request, reply) => {
    const status =
      error instanceof NotFoundError
        ? 404
        : typeof (error as { statusCode?: unknown }).statusCode === "number"
          ? (error as { statusCode: number }).statusCode
          : 500;
    if (status >= 500) request.log.error(error);
    const message =
      status === 404
        ? "Ikke funnet."
        : status === 429
          ? "For mange forsøk. Vent litt og prøv igjen."
          : status >= 500
            ? "En feil oppstod hos oss. Prøv igjen om litt."
            : "Forespørselen kunne ikke behandles.";
    if (wantsProblem(request)) return sendProblem(reply, status, message);
    const ctx = await pageContext(request);
    if (status === 404) return sendPage(request, reply, h(NotFoundPage, { ctx }), { status });
    return sendPage(request, reply, h(ErrorPage, { ctx, message }), { status });
  });

  await registerPortalRoutes(app);
  await registerFeedRoutes(app);
  await registerSitemapRoutes(app);
  await registerListRoutes(app);
  await registerAlertRoutes(app);
  await registerLiveMeetingRoutes(app);
  await registerDocumentRoutes(app);
  await registerMinutesPublishRoutes(app);
  await registerMinutesApprovalRoutes(app);
  await registerSearchRoutes(app);
  await registerAuthRoutes(app);
  await registerLiveRoutes(app);
  await registerAdminRoutes(app);
  return app;
}
