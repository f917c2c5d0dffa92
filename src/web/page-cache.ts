import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fresh from "fresh";
import { LRUCache } from "lru-cache";
import { SESSION_COOKIE } from "../auth/session.ts";
import type { ChangeFeed } from "../commit/change-feed.ts";

/**
 * Rendered public pages kept in memory, so an anonymous reader costs no queries.
 *
 * The change feed says when the portal may look different: every committed change on any node
 * arrives as a change event, and one marked public drops every cached page (a change the
 * portal cannot show, such as a login, an account or a draft, keeps them). Dropping all pages
 * is coarse but cannot miss a page that shows the changed row, and measured cheap (see
 * docs/performance.md). When the feed may have missed events (its database connection was
 * lost), everything is dropped too. Pages that depend on the clock (upcoming meetings) are
 * also renewed after `maxAgeMs`.
 */
export interface PageCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
}

interface Entry {
  /** Kept as bytes, so a hit does not encode the page again. */
  body: Buffer;
  etag: string;
  contentType: string;
}

const DEFAULTS: PageCacheOptions = { maxEntries: 2000, maxAgeMs: 30_000 };

export function registerPageCache(
  app: FastifyInstance,
  changes: ChangeFeed,
  options: Partial<PageCacheOptions> = {},
) {
  const settings = { ...DEFAULTS, ...options };
  const entries = new LRUCache<string, Entry>({ max: settings.maxEntries, ttl: settings.maxAgeMs });
  /** Counts the flushes; a page rendered before the latest one is not kept. */
  let generation = 0;
  const startedUnder = new WeakMap<FastifyRequest, number>();
  const flush = () => {
    generation++;
    entries.clear();
  };
  const unsubscribe = changes.subscribe({
    onEvent: (event) => {
      if (event.public) flush();
    },
    onGap: flush,
  });
  app.addHook("onClose", async () => unsubscribe());

  const cacheable = (request: FastifyRequest): boolean =>
    request.method === "GET" && request.cookies[SESSION_COOKIE] === undefined;

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    startedUnder.set(request, generation);
    const entry = entries.get(request.url);
    if (!entry) return;
    reply
      .header("etag", entry.etag)
      .header("cache-control", "public, max-age=60")
      .header("vary", "Cookie")
      .type(entry.contentType);
    if (fresh(request.headers, { etag: entry.etag })) return reply.code(304).send();
    return reply.send(entry.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (startedUnder.get(request) !== generation) return payload;
    if (reply.statusCode !== 200 || typeof payload !== "string") return payload;
    const etag = reply.getHeader("etag");
    const cacheControl = String(reply.getHeader("cache-control") ?? "");
    if (typeof etag !== "string" || !cacheControl.startsWith("public")) return payload;
    entries.set(request.url, {
      body: Buffer.from(payload),
      etag,
      contentType: String(reply.getHeader("content-type") ?? "text/html; charset=utf-8"),
    });
    return payload;
  });
}
