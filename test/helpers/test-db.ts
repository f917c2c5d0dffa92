import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { MemoryBlobStore } from "../../src/blobs/blob-store.ts";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.ts";
import { templateDatabase } from "./global-setup.ts";
import { fillTemplate, type Template } from "./templates.ts";

export { TEST_NOW } from "./templates.ts";

export interface TestDatabase extends DatabaseHandle {
  blobs: MemoryBlobStore;
  /** The PostgreSQL database's URL, for a second connection of its own; absent on PGlite. */
  databaseUrl?: string;
}

/**
 * A fresh database per test, copied from a template: with TEST_DATABASE_URL a new database on
 * that PostgreSQL server made from a template database, otherwise PGlite started from a dump,
 * which takes a quarter of a second instead of several. The demo is seeded through its use
 * cases, which takes seconds, so each template is built once per run, by the first test file
 * that needs it, and shared with the others through the run's template folder.
 */
export async function createTestDatabase(template: Template = "empty"): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const built = await builtTemplate(template, serverUrl);
  const blobs = new MemoryBlobStore();
  for (const bytes of built.blobs) await blobs.put(bytes);
  if (serverUrl) return { ...(await copyServerDatabase(serverUrl, built.database)), blobs };
  const handle = await openDatabase({ loadDataDir: built.dump ?? undefined });
  return { ...handle, blobs };
}

interface BuiltTemplate {
  /** The PGlite dump; on a server, the template database to copy instead. */
  dump: Blob | null;
  database: string;
  blobs: Uint8Array[];
}

const built = new Map<Template, Promise<BuiltTemplate>>();

function builtTemplate(template: Template, serverUrl: string | undefined): Promise<BuiltTemplate> {
  let found = built.get(template);
  if (!found) {
    found = loadOrBuild(template, serverUrl);
    built.set(template, found);
  }
  return found;
}

/**
 * The first process to take the template's lock file builds it and then writes its manifest;
 * every other process waits for the manifest. Files are written under a temporary name and
 * renamed, so nobody reads half of one.
 */
async function loadOrBuild(template: Template, serverUrl: string | undefined) {
  const folder = inject("templateFolder");
  const database = templateDatabase(template, inject("templateSuffix"));
  const dumpFile = path.join(folder, `${template}.tar`);
  const manifest = path.join(folder, `${template}.blobs.json`);
  let builder = false;
  try {
    await (await fs.open(path.join(folder, `${template}.lock`), "wx")).close();
    builder = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (builder) {
    const blobs = serverUrl
      ? await buildServerTemplate(serverUrl, database, template)
      : await buildDump(dumpFile, template);
    await writeAtomically(
      manifest,
      JSON.stringify(blobs.map((bytes) => Buffer.from(bytes).toString("base64"))),
    );
  } else {
    await waitForFile(manifest);
  }
  const blobs = (JSON.parse(await fs.readFile(manifest, "utf8")) as string[]).map((base64) =>
    Buffer.from(base64, "base64"),
  );
  const dump = serverUrl ? null : new Blob([await fs.readFile(dumpFile)]);
  return { dump, database, blobs };
}

async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await fs.writeFile(`${file}.${process.pid}.tmp`, data);
  await fs.rename(`${file}.${process.pid}.tmp`, file);
}

async function waitForFile(file: string): Promise<void> {
  for (let waited = 0; waited < 300_000; waited += 100) {
    try {
      await fs.access(file);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`No test database template appeared at ${file}`);
}

async function buildDump(file: string, template: Template): Promise<Uint8Array[]> {
  const handle = await openDatabase({});
  const blobs = await fillTemplate(handle, template);
  const dump = await (handle.pglite as PGlite).dumpDataDir("none");
  await handle.close();
  await writeAtomically(file, Buffer.from(await dump.arrayBuffer()));
  return blobs;
}

async function buildServerTemplate(
  serverUrl: string,
  database: string,
  template: Template,
): Promise<Uint8Array[]> {
  await adminQuery(serverUrl, `create database ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  const blobs = await fillTemplate(handle, template);
  await handle.close();
  // A template database must have no connections when it is copied.
  await waitUntilUnused(serverUrl, database);
  return blobs;
}

async function adminQuery(serverUrl: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

/** pg's Pool.end() resolves before its connections close; wait until they have. */
async function waitUntilUnused(serverUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await admin.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [database],
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await admin.end();
  }
}

async function copyServerDatabase(
  serverUrl: string,
  template: string,
): Promise<DatabaseHandle & { databaseUrl: string }> {
  const name = `fs_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database ${name} template ${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...handle,
    engine: "postgres",
    databaseUrl: url.toString(),
    close: async () => {
      await handle.close();
      await waitUntilUnused(serverUrl, name);
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
