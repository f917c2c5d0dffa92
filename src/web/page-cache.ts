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
 *
 * A page is rendered once however many readers ask for it at the same moment: a miss while the
 * same page is being rendered waits for that render and is answered with its bytes. Without
 * this, every public change made each reader's next request render the page (fifty readers,
 * fifty renders, queueing at the database), and under a change every 100 ms the cache was
 * never warm (docs/performance.md). A reader waits only for a render that began after the
 * latest flush; when that render is not kept (not a 200 page, or a change came meanwhile), the
 * waiting readers render for themselves.
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

/** A render under way that readers of the same page wait for. */
interface Render {
  done: Promise<Entry | null>;
  finish(entry: Entry | null): void;
}

function startRender(): Render {
  let finish: (entry: Entry | null) => void = () => {};
  const done = new Promise<Entry | null>((resolve) => {
    finish = resolve;
  });
  return { done, finish };
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
  reply
    .header("etag", entry.etag)
    .header("cache-control", "public, max-age=60")
    .header("vary", "Cookie")
    .type(entry.contentType);
  if (fresh(request.headers, { etag: entry.etag })) return reply.code(304).send();
  return reply.send(entry.body);
}

/** The response as a cache entry, or null when it is not a public page. */
function pageEntry(reply: FastifyReply, payload: unknown): Entry | null {
  if (reply.statusCode !== 200 || typeof payload !== "string") return null;
  const etag = reply.getHeader("etag");
  const cacheControl = String(reply.getHeader("cache-control") ?? "");
  if (typeof etag !== "string" || !cacheControl.startsWith("public")) return null;
  return {
    body: Buffer.from(payload),
    etag,
    contentType: String(reply.getHeader("content-type") ?? "text/html; charset=utf-8"),
  };
}

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
  /** Renders under way since the latest flush, by URL, and the request doing each. */
  const rendering = new Map<string, Render>();
  const renderedBy = new WeakMap<FastifyRequest, Render>();
  const flush = () => {
    generation++;
    entries.clear();
    rendering.clear();
  };
  /** Ends the request's render, if it was doing one, sharing `entry` with those waiting. */
  const finishRender = (request: FastifyRequest, entry: Entry | null) => {
    const render = renderedBy.get(request);
    if (!render) return;
    renderedBy.delete(request);
    if (rendering.get(request.url) === render) rendering.delete(request.url);
    render.finish(entry);
  };
  const unsubscribe = changes.subscribe({
    onEvent: (event) => {
      if (event.public) flush();
    },
    onGap: flush,
  });
  app.addHook("onClose", async () => unsubscribe());

  /**
   * Event streams write to the socket themselves and never end like a page, so a reader
   * waiting for one would wait for good: their routes are left out.
   */
  const streams = new Set<string>();
  app.addHook("onRoute", (route) => {
    if ("sse" in route && route.sse) streams.add(route.url);
  });

  const cacheable = (request: FastifyRequest): boolean =>
    request.method === "GET" &&
    request.cookies[SESSION_COOKIE] === undefined &&
    !streams.has(request.routeOptions.url ?? "");

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    startedUnder.set(request, generation);
    const entry = entries.get(request.url);
    if (entry) return sendEntry(request, reply, entry);
    const underWay = rendering.get(request.url);
    if (!underWay) {
      const render = startRender();
      rendering.set(request.url, render);
      renderedBy.set(request, render);
      return;
    }
    const shared = await underWay.done;
    if (shared) return sendEntry(request, reply, shared);
    // Not kept: this request renders the page itself, from now.
    startedUnder.set(request, generation);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const keep = startedUnder.get(request) === generation;
    const entry = keep ? pageEntry(reply, payload) : null;
    if (entry) entries.set(request.url, entry);
    finishRender(request, entry);
    return payload;
  });
  // A render that ends without a page sent (the client went away) must not keep others waiting.
  app.addHook("onResponse", async (request) => finishRender(request, null));
  app.addHook("onRequestAbort", async (request) => finishRender(request, null));
}
