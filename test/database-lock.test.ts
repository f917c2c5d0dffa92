import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseInUseError, openDatabase } from "../src/db/database.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-lock-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("embedded database lock", () => {
  it("refuses a second opener while another process holds the folder", async () => {
    const dataDir = path.join(root, "held", "pglite");
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // A live process that is not us owns the lock.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(`${dataDir}.lock`, String(other.pid));
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DatabaseInUseError);
      expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has died, and releases it on close", async () => {
    const dataDir = path.join(root, "stale", "pglite");
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("exit", resolve));
    fs.writeFileSync(`${dataDir}.lock`, String(dead.pid));
    const handle = await openDatabase({ dataDir });
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    await handle.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
