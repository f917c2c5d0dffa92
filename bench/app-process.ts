import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { stopProcess } from "./processes.ts";
import type { TraceSummary } from "./trace.ts";

export interface RunningApp {
  baseUrl: string;
  /** Starts the app's request timing afresh (only when started with `trace`). */
  resetTrace(): void;
  /** The app's request timing since the last reset; null when not started with `trace`. */
  trace(): Promise<TraceSummary | null>;
  /** The change events the app heard since the last call, each with when it was announced. */
  changes(): Promise<HeardChange[]>;
  /** Anonymous GET requests answered since the last call, and those the page cache did not answer. */
  served(): Promise<{ answered: number; rendered: number }>;
  stop(): Promise<void>;
}

export interface HeardChange {
  id: number;
  public: boolean;
  /** Milliseconds since the epoch, with fractions (performance.timeOrigin + performance.now()). */
  at: number;
}

/** Sends `request` to the child and resolves with the field `key` of its first answer holding it. */
function ask<T>(child: ChildProcess, request: string, key: string): Promise<T> {
  return new Promise<T>((resolve) => {
    const listener = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off("message", listener);
      resolve(message[key] as T);
    };
    child.on("message", listener);
    child.send(request);
  });
}

/** Starts Folkestyre on a free loopback port in a child process over the bench data folder. */
export async function startApp(
  dataDir: string,
  options: { pageCache: boolean; trace?: boolean; env?: Record<string, string> },
): Promise<RunningApp> {
  const child = fork(path.join(import.meta.dirname, "serve-app.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      BENCH_PAGE_CACHE: String(options.pageCache),
      BENCH_TRACE: options.trace ? "1" : "0",
      ...options.env,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const started = new Promise<number>((resolve, reject) => {
    child.once("message", (message: { port?: number }) => {
      if (typeof message.port === "number") resolve(message.port);
      else reject(new Error(`Unexpected message from the app: ${JSON.stringify(message)}`));
    });
    child.once("exit", (code, signal) =>
      reject(
        new Error(`Folkestyre exited before it listened (${code ?? signal}); its error is above`),
      ),
    );
  });
  const port = await started;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    resetTrace: () => {
      if (options.trace) child.send("trace-reset");
    },
    trace: async () => (options.trace ? ask<TraceSummary>(child, "trace", "trace") : null),
    changes: () => ask<HeardChange[]>(child, "changes", "changes"),
    served: () => ask<{ answered: number; rendered: number }>(child, "served", "served"),
    stop: async () => {
      await stopProcess(child);
    },
  };
}
