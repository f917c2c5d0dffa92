import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const CHILD = path.join(import.meta.dirname, "crash-child.ts");

let dataDir: string;
/** On PostgreSQL the children share a database made for this test; on PGlite a data folder. */
let server: TestDatabase | null;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-crash-"));
  server = process.env.TEST_DATABASE_URL ? await createTestDatabase("empty") : null;
});
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startChild(mode: "first" | "second") {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
    env: {
      ...process.env,
      CRASH_MODE: mode,
      CRASH_DATA_DIR: dataDir,
      DATABASE_URL: server?.databaseUrl ?? "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

const progress = () => {
  try {
    return fs.readFileSync(path.join(dataDir, "progress.log"), "utf8").trim().split("\n");
  } catch {
    return [];
  }
};

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("runs a job cut off by kill -9 again in the next process, and its mail is written once", async () => {
  const first = startChild("first");
  await until(() => progress().includes("blocking"), `the first process (${first.output()})`);
  const outbox = path.join(dataDir, "outbox");
  const [file, ...others] = fs.readdirSync(outbox);
  expect(others).toEqual([]);
  const written = fs.statSync(path.join(outbox, file ?? ""));
  const bytes = fs.readFileSync(path.join(outbox, file ?? ""));

  first.child.kill("SIGKILL");
  await once(first.child, "exit");
  expect(first.child.signalCode).toBe("SIGKILL");

  const second = startChild("second");
  const [code] = await once(second.child, "exit");
  expect(code, second.output()).toBe(0);
  const job = JSON.parse(second.output().trim().split("\n").at(-1) ?? "{}");
  expect(job).toMatchObject({ status: "done", attempts: 2, locked_by: null });
  expect(progress()).toEqual([
    `attempt 1 of job ${job.id}`,
    "blocking",
    `attempt 2 of job ${job.id}`,
  ]);
  expect(fs.readdirSync(outbox)).toEqual([file]);
  expect(fs.statSync(path.join(outbox, file ?? "")).mtimeMs).toBe(written.mtimeMs);
  expect(fs.readFileSync(path.join(outbox, file ?? ""))).toEqual(bytes);
});
