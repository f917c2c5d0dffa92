import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import fresh from "fresh";

/**
 * Sends a public document that is not a page (a calendar, a feed, a sitemap) the way sendPage
 * sends an anonymous page: with an ETag and shared caching, so the page cache keeps it and a
 * feed reader that polls gets a 304 while nothing has changed.
 */
export function sendPublicDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  contentType: string,
): FastifyReply {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  reply
    .code(200)
    .type(contentType)
    .header("etag", etag)
    .header("cache-control", "public, max-age=60")
    .header("vary", "Cookie");
  if (fresh(request.headers, { etag })) return reply.code(304).send();
  return reply.send(body);
}
