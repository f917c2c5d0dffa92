import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/database.ts";
import { fillTemplate, pgliteDump, TEMPLATES, type Template } from "./templates.ts";

/** Where each worker finds the templates that were built once for the whole run. */
export type TemplateSource =
  | { engine: "pglite"; folder: string }
  | { engine: "postgres"; databases: Record<Template, string>; blobsFolder: string };

declare module "vitest" {
  export interface ProvidedContext {
    templates: TemplateSource;
  }
}

async function writeBlobs(folder: string, template: Template, blobs: Uint8Array[]) {
  await fs.writeFile(
    path.join(folder, `${template}.blobs.json`),
    JSON.stringify(blobs.map((bytes) => Buffer.from(bytes).toString("base64"))),
  );
}

/** pg's Pool.end() resolves before its connections close; a template must have none. */
export async function waitUntilUnused(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await admin.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1",
      [name],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The demo is seeded through its use cases, some seconds of work, so it is done once per test
 * run rather than once per test file: a PGlite dump on disk, or on a PostgreSQL server a
 * template database that each test's database is copied from.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-templates-"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    for (const template of TEMPLATES) {
      const dump = await pgliteDump(template);
      await fs.writeFile(
        path.join(folder, `${template}.tar`),
        Buffer.from(await dump.data.arrayBuffer()),
      );
      await writeBlobs(folder, template, dump.blobs);
    }
    project.provide("templates", { engine: "pglite", folder });
    return () => fs.rm(folder, { recursive: true, force: true });
  }
  const suffix = randomBytes(4).toString("hex");
  const databases = { empty: `fs_template_empty_${suffix}`, demo: `fs_template_demo_${suffix}` };
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const template of TEMPLATES) {
    await admin.query(`create database ${databases[template]}`);
    const url = new URL(serverUrl);
    url.pathname = `/${databases[template]}`;
    const handle = await openDatabase({ databaseUrl: url.toString() });
    await writeBlobs(folder, template, await fillTemplate(handle, template));
    await handle.close();
    await waitUntilUnused(admin, databases[template]);
  }
  project.provide("templates", { engine: "postgres", databases, blobsFolder: folder });
  return async () => {
    for (const name of Object.values(databases))
      await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await fs.rm(folder, { recursive: true, force: true });
  };
}
