import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import fresh from "fresh";
import type { JSX } from "preact";
import { renderToString } from "preact-render-to-string";
import { dropFlash, flashMessage } from "./flash.ts";

export type CachePolicy = "public" | "private";

/**
 * Sends a full HTML page. Anonymous visitors get a shared-cacheable page with an ETag, so a
 * proxy or the browser can revalidate cheaply; a signed-in user's page is never stored.
 */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: JSX.Element,
  options: { status?: number; cache?: CachePolicy } = {},
): FastifyReply {
  const html = `<!doctype html>${renderToString(page)}`;
  const status = options.status ?? 200;
  reply.code(status).type("text/html; charset=utf-8");
  // Every page shows the confirmation waiting for it (layout.tsx), so it is dropped here.
  const flashed = flashMessage(request) !== null;
  dropFlash(request, reply);
  const cacheable =
    status === 200 && options.cache !== "private" && request.user === null && !flashed;
  if (!cacheable) return reply.header("cache-control", "private, no-store").send(html);
  const etag = `"${createHash("sha1").update(html).digest("base64url")}"`;
  reply.header("etag", etag).header("cache-control", "public, max-age=60").header("vary", "Cookie");
  if (fresh(request.headers, { etag })) return reply.code(304).send();
  return reply.send(html);
}
