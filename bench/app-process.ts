import { fork } from "node:child_process";
import path from "node:path";
import { stopProcess } from "./processes.ts";

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts Folkestyre on a free loopback port in a child process over the bench data folder. */
export async function startApp(
  dataDir: string,
  options: { pageCache: boolean },
): Promise<RunningApp> {
  const child = fork(path.join(import.meta.dirname, "serve-app.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      BENCH_PAGE_CACHE: String(options.pageCache),
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
    stop: async () => {
      await stopProcess(child);
    },
  };
}
