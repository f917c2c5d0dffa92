import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import autocannon from "autocannon";

export const WRK = "/usr/bin/wrk";

export interface LoadSettings {
  connections: number;
  /** Seconds of measurement. */
  duration: number;
  /** Load generator threads (wrk only; autocannon runs in this process). */
  threads: number;
  /** Seconds before a request counts as timed out; long, so a slow page still yields a p99. */
  timeout: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Responses with a status of 400 or more (wrk) or outside 2xx (autocannon). */
  badResponses: number;
}

export interface LoadTool {
  name: "wrk" | "autocannon";
  version: string;
  measure(url: string, settings: LoadSettings): Promise<LoadResult>;
}

const run = promisify(execFile);

export const wrkInstalled = (): boolean => fs.existsSync(WRK);

export async function loadTool(name: "wrk" | "autocannon"): Promise<LoadTool> {
  if (name === "autocannon") {
    const require = createRequire(import.meta.url);
    const { version } = require("autocannon/package.json") as { version: string };
    return { name, version, measure: measureWithAutocannon };
  }
  // `wrk -v` prints its version and exits with status 1.
  const output = await run(WRK, ["-v"]).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => failed.stdout ?? "",
  );
  return { name, version: /^wrk (\S+)/.exec(output)?.[1] ?? "unknown", measure: measureWithWrk };
}

async function measureWithWrk(url: string, settings: LoadSettings): Promise<LoadResult> {
  const { stdout } = await run(WRK, [
    `--threads=${settings.threads}`,
    `--connections=${settings.connections}`,
    `--duration=${settings.duration}s`,
    `--timeout=${settings.timeout}s`,
    "--latency",
    url,
  ]);
  return parseWrkOutput(stdout);
}

const TIME_UNITS_MS: Record<string, number> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

function wrkTime(output: string, percentile: number): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$`, "m").exec(output);
  if (!match?.[1] || !match[2])
    throw new Error(`No ${percentile}% latency in wrk output:\n${output}`);
  return Number(match[1]) * (TIME_UNITS_MS[match[2]] ?? Number.NaN);
}

/** Reads the summary `wrk --latency` prints; throws when a figure is missing. */
export function parseWrkOutput(output: string): LoadResult {
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(output)?.[1];
  const requests = /^\s*(\d+) requests in /m.exec(output)?.[1];
  if (!rate || !requests) throw new Error(`Unexpected wrk output:\n${output}`);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const errors = socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const badResponses = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  return {
    requestsPerSecond: Number(rate),
    p50Ms: wrkTime(output, 50),
    p99Ms: wrkTime(output, 99),
    requests: Number(requests),
    errors,
    badResponses,
  };
}

async function measureWithAutocannon(url: string, settings: LoadSettings): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.duration,
    timeout: settings.timeout,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    badResponses: result.non2xx,
  };
}
