/**
 * The app under measurement, run as a child process of bench/run.ts so the load generator does
 * not share its event loop. Reads the same settings as `npm start` (DATA_DIR, DATABASE_URL ...)
 * and tells the parent its port over the IPC channel. BENCH_PAGE_CACHE=false turns the cache
 * of rendered public pages off, so every request renders from the database. BENCH_TRACE=1
 * times where each request's time goes (bench/trace.ts) and answers the parent's "trace"
 * message with the figures since its last "trace-reset". The "changes" message is answered with
 * the change events this process heard since the last one, each with the moment it was
 * announced (right after its commit), on the clock every process on the machine shares. The
 * "served" message is answered with the anonymous GET requests answered since the last one, and
 * how many of them reached their route: those the page cache did not answer.
 */
import path from "node:path";
import type { FastifyRequest } from "fastify";
import { LocalBlobStore } from "../src/blobs/blob-store.ts";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { buildApp } from "../src/server.ts";
import { createTracer } from "./trace.ts";

const config = loadConfig();
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.join(config.dataDir, "pglite"),
});
const tracer = process.env.BENCH_TRACE === "1" ? createTracer(handle.pglite) : null;
const blobs = new LocalBlobStore(path.join(config.dataDir, "blobs"));
const changes = await ChangeFeed.listen(handle);
// Subscribed before the app's own listeners, so the time is taken before any of them runs.
let heard: Array<{ id: number; public: boolean; at: number }> = [];
changes.subscribe({
  onEvent: (event) => {
    heard.push({
      id: event.id,
      public: event.public,
      at: performance.timeOrigin + performance.now(),
    });
  },
});
process.on("message", (message: unknown) => {
  if (message !== "changes") return;
  process.send?.({ changes: heard });
  heard = [];
});
const app = await buildApp({
  db: tracer ? handle.db.withPlugin(tracer.plugin) : handle.db,
  config,
  blobs,
  changes,
  logger: false,
  pageCache: process.env.BENCH_PAGE_CACHE !== "false",
});

// Added after the page cache's own hooks: a request the cache answers never reaches the route.
let served = { answered: 0, rendered: 0 };
const anonymousGet = (request: FastifyRequest) =>
  request.method === "GET" && request.headers.cookie === undefined;
app.addHook("preHandler", async (request) => {
  if (anonymousGet(request)) served.rendered++;
});
app.addHook("onResponse", async (request) => {
  if (anonymousGet(request)) served.answered++;
});
process.on("message", (message: unknown) => {
  if (message !== "served") return;
  process.send?.({ served });
  served = { answered: 0, rendered: 0 };
});

if (tracer) {
  tracer.install(app);
  process.on("message", (message: unknown) => {
    if (message === "trace-reset") tracer.reset();
    if (message === "trace") process.send?.({ trace: tracer.summary() });
  });
}

process.once("SIGTERM", () => {
  void app
    .close()
    .then(() => handle.close())
    .then(() => process.exit(0));
});

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
if (!address || typeof address === "string") throw new Error("The app has no TCP address");
process.send?.({ port: address.port });
