import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { MemoryBlobStore } from "../../src/blobs/blob-store.ts";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";

/** The fixed "today" of the demo data in tests, so dates in assertions do not drift. */
export const TEST_NOW = new Date("2026-11-26T12:00:00Z");

export interface TestDatabase extends DatabaseHandle {
  blobs: MemoryBlobStore;
  /** The PostgreSQL database's URL, for a second connection of its own; absent on PGlite. */
  databaseUrl?: string;
}

type Template = "empty" | "demo";

/**
 * A fresh database per test. With TEST_DATABASE_URL a new database on that PostgreSQL server;
 * otherwise PGlite started from a migrated (and optionally seeded) dump made once per worker,
 * which takes a quarter of a second instead of several.
 */
export async function createTestDatabase(template: Template = "empty"): Promise<TestDatabase> {
  const blobs = new MemoryBlobStore();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) return createServerDatabase(serverUrl, template, blobs);
  const dump = await pgliteTemplate(template);
  const handle = await openDatabase({ loadDataDir: dump.data });
  for (const blob of dump.blobs) await blobs.put(blob);
  return { ...handle, blobs };
}

interface Dump {
  data: Blob;
  blobs: Uint8Array[];
}
const templates = new Map<Template, Promise<Dump>>();

function pgliteTemplate(template: Template): Promise<Dump> {
  let dump = templates.get(template);
  if (!dump) {
    dump = (async () => {
      const handle = await openDatabase({});
      await migrateToLatest(handle.db);
      const blobs: Uint8Array[] = [];
      if (template === "demo") {
        const summary = await seedDemo(handle.db, { now: TEST_NOW });
        for (const blob of summary.blobs) blobs.push(blob.bytes);
      }
      const data = await (handle.pglite as PGlite).dumpDataDir("none");
      await handle.close();
      return { data, blobs };
    })();
    templates.set(template, dump);
  }
  return dump;
}

async function createServerDatabase(
  serverUrl: string,
  template: Template,
  blobs: MemoryBlobStore,
): Promise<TestDatabase> {
  const name = `fs_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await migrateToLatest(handle.db);
  if (template === "demo") {
    const summary = await seedDemo(handle.db, { now: TEST_NOW });
    for (const blob of summary.blobs) await blobs.put(blob.bytes);
  }
  return {
    ...handle,
    blobs,
    engine: "postgres",
    databaseUrl: url.toString(),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // pg's Pool.end() resolves before its connections close; wait so the drop kills none.
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rows } = await cleanup.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
