import { fork } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { RunningApp } from "./app-process.ts";
import { Editor, type EditorAccount } from "./editor.ts";
import { stopProcess } from "./processes.ts";
import { type Spread, spread } from "./spread.ts";

export interface SseSettings {
  clients: number;
  events: number;
  /** Milliseconds between two changes. */
  gapMs: number;
}

export interface SseResult extends SseSettings {
  /** Streams that opened; each should get every event. */
  open: number;
  failures: number;
  /** Events every open stream got. */
  deliveredToAll: number;
  /** From the commit (the app announcing the event) to the last client getting it, in ms. */
  lastClient: Spread;
  /** From the commit to the first client getting it, in ms. */
  firstClient: Spread;
}

interface Receipt {
  id: number;
  clients: number;
  firstAt: number;
  lastAt: number;
}

/** The soft limit on open files of this process (Linux), which the client process inherits. */
function openFileLimit(): number | null {
  try {
    const limits = fs.readFileSync("/proc/self/limits", "utf8");
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
    return soft ? Number(soft) : null;
  } catch {
    return null;
  }
}

/** Headroom above one descriptor per stream: the process's own files, pipes and sockets. */
const SPARE_FILES = 200;

/** Why the fan-out cannot run here, or null. */
export function sseLimitProblem(clients: number): string | null {
  const limit = openFileLimit();
  if (limit === null || limit >= clients + SPARE_FILES) return null;
  return (
    `${clients} streams need ${clients + SPARE_FILES} open files, but the limit is ${limit}: ` +
    `run \`ulimit -n ${clients + SPARE_FILES}\` (or more) in the shell first, or lower --sse-clients.`
  );
}

function ask<T>(child: ReturnType<typeof fork>, key: string, request?: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message[key] as T);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The SSE client process exited (${code}) before it answered`));
    child.on("message", onMessage);
    child.once("exit", onExit);
    if (request) child.send(request);
  });
}

/**
 * SSE fan-out on one node: `clients` streams on /hendelser in a process of their own, then
 * `events` public changes (a body renamed by the signed-in editor) `gapMs` apart. For each
 * change: the time from its commit to the last stream getting it.
 */
export async function measureSseFanOut(options: {
  app: RunningApp;
  account: EditorAccount;
  settings: SseSettings;
  log: (message: string) => void;
}): Promise<SseResult> {
  const { app, account, settings, log } = options;
  const clients = fork(
    path.join(import.meta.dirname, "sse-clients.ts"),
    [`${app.baseUrl}/hendelser`, String(settings.clients)],
    { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  try {
    const ready = await ask<{ open: number; failures: number }>(clients, "ready");
    log(`  ${ready.open} streams open on /hendelser (${ready.failures} failed).`);
    const editor = await Editor.open(app.baseUrl, account, "public");
    await app.changes();
    for (let round = 1; round <= settings.events; round++) {
      await editor.save(` (${round})`);
      await sleep(settings.gapMs);
    }
    await sleep(1000);
    const heard = (await app.changes()).filter((change) => change.public);
    const receipts = new Map(
      (await ask<Receipt[]>(clients, "report", "report")).map((receipt) => [receipt.id, receipt]),
    );
    await editor.restore();
    const last: number[] = [];
    const first: number[] = [];
    let deliveredToAll = 0;
    for (const change of heard) {
      const receipt = receipts.get(change.id);
      if (!receipt) continue;
      if (receipt.clients === ready.open) deliveredToAll++;
      last.push(receipt.lastAt - change.at);
      first.push(receipt.firstAt - change.at);
    }
    const result: SseResult = {
      ...settings,
      open: ready.open,
      failures: ready.failures,
      deliveredToAll,
      lastClient: spread(last),
      firstClient: spread(first),
    };
    log(
      `  ${heard.length} public changes, ${deliveredToAll} reached all ${ready.open} streams; ` +
        `commit to last client p50 ${result.lastClient.p50} ms, p99 ${result.lastClient.p99} ms.`,
    );
    return result;
  } finally {
    await stopProcess(clients);
  }
}
