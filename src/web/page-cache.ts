import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "../auth/session.ts";

/**
 * Rendered public pages kept in memory, so an anonymous reader costs no queries.
 *
 * Every change writes an audit row in its transaction, so the newest audit id is a version
 * of everything the portal shows. An entry is used only while that version is unchanged:
 * this process re-reads the version after each of its own writes at once, and otherwise at
 * most every `versionCheckMs`, which bounds how long another node's change can stay unseen.
 * Pages that depend on the clock (upcoming meetings) are also renewed after `maxAgeMs`.
 */
export interface PageCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
  versionCheckMs: number;
}

interface Entry {
  /** Kept as bytes, so a hit does not encode the page again. */
  body: Buffer;
  etag: string;
  contentType: string;
  version: number;
  storedAt: number;
}

const DEFAULTS: PageCacheOptions = { maxEntries: 2000, maxAgeMs: 30_000, versionCheckMs: 500 };

export function registerPageCache(app: FastifyInstance, options: Partial<PageCacheOptions> = {}) {
  const settings = { ...DEFAULTS, ...options };
  const entries = new Map<string, Entry>();
  /** The version each request started under; a page rendered from older data is not kept. */
  const startedUnder = new WeakMap<FastifyRequest, number>();
  let version = -1;
  let checkedAt = 0;
  let pending: Promise<number> | null = null;

  async function currentVersion(now: number): Promise<number> {
    if (now - checkedAt < settings.versionCheckMs) return version;
    pending ??= app.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst()
      .then((row) => {
        const latest = Number(row?.id ?? 0);
        if (latest !== version) entries.clear();
        version = latest;
        checkedAt = Date.now();
        return latest;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  const cacheable = (request: FastifyRequest): boolean =>
    request.method === "GET" && request.cookies[SESSION_COOKIE] === undefined;

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    const now = Date.now();
    const latest = await currentVersion(now);
    startedUnder.set(request, latest);
    const entry = entries.get(request.url);
    if (!entry || entry.version !== latest || now - entry.storedAt > settings.maxAgeMs) return;
    // Refresh the entry's place in the least-recently-used order.
    entries.delete(request.url);
    entries.set(request.url, entry);
    reply
      .header("etag", entry.etag)
      .header("cache-control", "public, max-age=60")
      .header("vary", "Cookie")
      .type(entry.contentType);
    if (request.headers["if-none-match"] === entry.etag) return reply.code(304).send();
    return reply.send(entry.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const renderedUnder = startedUnder.get(request);
    if (renderedUnder !== version || reply.statusCode !== 200 || typeof payload !== "string")
      return payload;
    const etag = reply.getHeader("etag");
    const cacheControl = String(reply.getHeader("cache-control") ?? "");
    if (typeof etag !== "string" || !cacheControl.startsWith("public")) return payload;
    if (entries.size >= settings.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(request.url, {
      body: Buffer.from(payload),
      etag,
      contentType: String(reply.getHeader("content-type") ?? "text/html; charset=utf-8"),
      version: renderedUnder,
      storedAt: Date.now(),
    });
    return payload;
  });

  // A write on this node is seen by the next request, not after the check interval.
  app.addHook("onResponse", async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") checkedAt = 0;
  });
}
