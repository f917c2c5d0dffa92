import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { MemoryBlobStore } from "../../src/blobs/blob-store.ts";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.ts";
import { waitUntilUnused } from "./global-setup.ts";
import type { Template } from "./templates.ts";

export { TEST_NOW } from "./templates.ts";

export interface TestDatabase extends DatabaseHandle {
  blobs: MemoryBlobStore;
}

/**
 * A fresh database per test, copied from a template built once per run (global-setup.ts):
 * with TEST_DATABASE_URL a new database on that PostgreSQL server, otherwise PGlite started
 * from a dump, which takes a quarter of a second instead of several.
 */
export async function createTestDatabase(template: Template = "empty"): Promise<TestDatabase> {
  const source = inject("templates");
  const blobs = new MemoryBlobStore();
  const folder = source.engine === "pglite" ? source.folder : source.blobsFolder;
  for (const bytes of await templateBlobs(folder, template)) await blobs.put(bytes);
  if (source.engine === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl)
      throw new Error("The templates are on a PostgreSQL server; set TEST_DATABASE_URL.");
    return { ...(await copyServerDatabase(serverUrl, source.databases[template])), blobs };
  }
  const handle = await openDatabase({ loadDataDir: await templateDump(folder, template) });
  return { ...handle, blobs };
}

const dumps = new Map<string, Promise<Blob>>();
const blobLists = new Map<string, Promise<Uint8Array[]>>();

function templateDump(folder: string, template: Template): Promise<Blob> {
  const file = path.join(folder, `${template}.tar`);
  let dump = dumps.get(file);
  if (!dump) {
    dump = fs.readFile(file).then((bytes) => new Blob([bytes]));
    dumps.set(file, dump);
  }
  return dump;
}

function templateBlobs(folder: string, template: Template): Promise<Uint8Array[]> {
  const file = path.join(folder, `${template}.blobs.json`);
  let list = blobLists.get(file);
  if (!list) {
    list = fs
      .readFile(file, "utf8")
      .then((text) =>
        (JSON.parse(text) as string[]).map((base64) => Buffer.from(base64, "base64")),
      );
    blobLists.set(file, list);
  }
  return list;
}

async function copyServerDatabase(serverUrl: string, template: string): Promise<DatabaseHandle> {
  const name = `fs_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...handle,
    engine: "postgres",
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await waitUntilUnused(cleanup, name);
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
