/**
 * The app under measurement, run as a child process of bench/run.ts so the load generator does
 * not share its event loop. Reads the same settings as `npm start` (DATA_DIR, DATABASE_URL ...)
 * and tells the parent its port over the IPC channel. BENCH_PAGE_CACHE=false turns the cache
 * of rendered public pages off, so every request renders from the database.
 */
import path from "node:path";
import { LocalBlobStore } from "../src/blobs/blob-store.ts";
import { ChangeFeed } from "../src/commit/change-feed.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { buildApp } from "../src/server.ts";

const config = loadConfig();
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.join(config.dataDir, "pglite"),
});
const blobs = new LocalBlobStore(path.join(config.dataDir, "blobs"));
const app = await buildApp({
  db: handle.db,
  config,
  blobs,
  changes: await ChangeFeed.listen(handle),
  logger: false,
  pageCache: process.env.BENCH_PAGE_CACHE !== "false",
});

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
