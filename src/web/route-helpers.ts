import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import type { Actor } from "../audit.ts";
import type { SignedInUser } from "../auth/session.ts";
import type { FieldErrors } from "../commit/outcome.ts";
import { type Action, authorize, NotFoundError, type Resource } from "../policies/policy.ts";
import { pageContext } from "./context.ts";
import { type FlashKey, redirectWithFlash } from "./flash.ts";
import type { PageContext } from "./layout.tsx";
import { sendPage } from "./render.tsx";

/** The steps every workspace handler shares: ids from the request, the actor, the answer. */

const ID = /^[1-9]\d{0,8}$/;

/** A numeric id from the path; anything else names nothing, so 404. */
export function pathId(params: unknown, name = "id"): number {
  const value = (params as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== "string" || !ID.test(value)) throw new NotFoundError();
  return Number(value);
}

/** An optional id in the query string, such as a filter; anything else means none. */
export function queryId(query: unknown, name: string): number | null {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" && ID.test(value) ? Number(value) : null;
}

/**
 * Authorizes the signed-in user, for the record when the change has one, and names them as the
 * actor of the change that follows.
 */
export function authorizeActor<R extends Resource>(
  user: SignedInUser | null,
  action: Action,
  resource: R,
  record?: Parameters<typeof authorize<R>>[3],
): Actor & { kind: "user"; user: SignedInUser } {
  authorize(user, action, resource, record);
  if (!user) throw new NotFoundError();
  return { kind: "user", user };
}

/** Sends a workspace page; a page that shows a refused form's errors answers 400. */
export async function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: (ctx: PageContext) => JSX.Element,
  errors?: FieldErrors,
): Promise<FastifyReply> {
  const ctx = await pageContext(request);
  return sendPage(request, reply, page(ctx), { status: errors ? 400 : 200 });
}

/** After a change the browser is sent on, with a confirmation for the page it lands on. */
export function redirectSaved(
  reply: FastifyReply,
  url: string,
  key: FlashKey = "saved",
): FastifyReply {
  return redirectWithFlash(reply, url, key);
}
