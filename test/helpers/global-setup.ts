import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEMPLATES } from "./templates.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the test database templates of this run are kept; see test-db.ts. */
    templateFolder: string;
    /** On a PostgreSQL server, the template databases' names end with this. */
    templateSuffix: string;
  }
}

/** The database a template lives in on a PostgreSQL server. */
export const templateDatabase = (template: string, suffix: string): string =>
  `fs_template_${template}_${suffix}`;

/**
 * A folder for the test database templates of this run, which the first test that needs one
 * builds (test-db.ts); afterwards the folder, and the template databases on a PostgreSQL
 * server, are removed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-templates-"));
  const suffix = randomBytes(4).toString("hex");
  project.provide("templateFolder", folder);
  project.provide("templateSuffix", suffix);
  return async () => {
    await fs.rm(folder, { recursive: true, force: true });
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) return;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (const template of TEMPLATES)
      await admin.query(
        `drop database if exists ${templateDatabase(template, suffix)} with (force)`,
      );
    await admin.end();
  };
}
