import type { DatabaseHandle } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";

/** The fixed "today" of the demo data in tests, so dates in assertions do not drift. */
export const TEST_NOW = new Date("2026-11-26T12:00:00Z");

export type Template = "empty" | "demo";
export const TEMPLATES: readonly Template[] = ["empty", "demo"];

/**
 * Brings a new database to the template's state: migrated, and for "demo" with the demo
 * municipality. Returns the demo's file contents, which live outside the database.
 */
export async function fillTemplate(
  handle: DatabaseHandle,
  template: Template,
): Promise<Uint8Array[]> {
  await migrateToLatest(handle.db);
  if (template === "empty") return [];
  const summary = await seedDemo(handle.db, { now: TEST_NOW });
  return summary.blobs.map((blob) => blob.bytes);
}
