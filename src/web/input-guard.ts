import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { NotFoundError } from "../policies/policy.ts";
import { pageContext } from "./context.ts";
import { ErrorPage } from "./error-pages.tsx";
import { sendPage } from "./render.tsx";

/** PostgreSQL text cannot hold U+0000, and no one types it: it comes only from tampering. */
function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item));
  }
  return false;
}

export const NUL_MESSAGE =
  "Forespørselen inneholder et ugyldig tegn (nulltegn). Gå tilbake, fjern tegnet og prøv igjen.";

/**
 * Checks every request once, before any handler reads it, instead of each route and form on
 * its own: a path with a NUL names nothing (404), and a query string or form holding one is
 * refused (400), so the database never sees it.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request, reply) => {
    if (holdsNul(request.params)) throw new NotFoundError();
    if (!holdsNul(request.query) && !holdsNul(request.body)) return;
    const ctx = await pageContext(request);
    return sendPage(request, reply, h(ErrorPage, { ctx, message: NUL_MESSAGE }), { status: 400 });
  });
}
