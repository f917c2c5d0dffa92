/**
 * `npm run bench`: public pages of a large municipality under load, against nginx serving the
 * same bytes on the same machine. Speed is reported as that ratio, never asserted in tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { startApp } from "./app-process.ts";
import { type BenchPage, DATA_DIR, prepareDataset } from "./dataset.ts";
import {
  type LoadResult,
  type LoadSettings,
  type LoadTool,
  loadTool,
  wrkInstalled,
} from "./load.ts";
import { NGINX, nginxInstalled, type StaticFile, startNginx } from "./nginx.ts";

const RESULTS_DIR = path.join(import.meta.dirname, ".results");

const USAGE = `Usage: npm run bench -- [options]

Measures the public meeting page (/moter/:id) and the council's page (/utvalg/:slug) of a
generated large municipality under load, twice: with the app's cache of rendered public pages
on (as it runs) and off (every request rendered from the database). Then the same bytes served
as static files by nginx, when /usr/sbin/nginx exists. Prints requests/s, p99 latency and the
ratio Folkestyre/nginx, and writes them as JSON to bench/.results/.

Options:
  --duration <s>        seconds of measurement per page, server and mode (default 10)
  --warmup <s>          seconds of unrecorded load before each measurement (default 2)
  --connections <n>     concurrent connections (default 50)
  --tool <name>         wrk or autocannon (default: wrk when /usr/bin/wrk exists)
  --rebuild             generate the municipality again even when bench/.data/ holds it
  --bodies <n>          generator option: number of bodies (default: the generator's)
  --years <n>           generator option: years of meetings (default: the generator's)
  --cases-per-year <n>  generator option: cases per year (default: the generator's)
  --help                print this text

Environment:
  DATABASE_URL          measure against this PostgreSQL server instead of the embedded
                        PGlite in bench/.data/; the municipality is generated into it when
                        the database is empty, and never dropped
`;

/** A failure with a message meant for the person running the bench; no stack trace needed. */
class BenchError extends Error {}

interface Arguments {
  help: boolean;
  rebuild: boolean;
  duration: number;
  warmup: number;
  connections: number;
  tool: "wrk" | "autocannon";
  bodies: number | undefined;
  years: number | undefined;
  casesPerYear: number | undefined;
}

const parseOptions = (argv: string[]) =>
  parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "50" },
      tool: { type: "string" },
      bodies: { type: "string" },
      years: { type: "string" },
      "cases-per-year": { type: "string" },
    },
  });

function readArguments(argv: string[]): Arguments {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new BenchError(`${(error as Error).message}; see --help`);
  }
  const { values } = parsed;
  const tool = values.tool ?? (wrkInstalled() ? "wrk" : "autocannon");
  if (tool !== "wrk" && tool !== "autocannon")
    throw new BenchError(`--tool must be wrk or autocannon, not ${tool}`);
  if (tool === "wrk" && !wrkInstalled()) throw new BenchError("--tool wrk: /usr/bin/wrk not found");
  const optional = (name: string, value: string | undefined) =>
    value === undefined ? undefined : positiveInteger(name, value);
  return {
    help: values.help,
    rebuild: values.rebuild,
    duration: positiveInteger("--duration", values.duration),
    warmup: positiveInteger("--warmup", values.warmup, { zero: true }),
    connections: positiveInteger("--connections", values.connections),
    tool,
    bodies: optional("--bodies", values.bodies),
    years: optional("--years", values.years),
    casesPerYear: optional("--cases-per-year", values["cases-per-year"]),
  };
}

function positiveInteger(name: string, value: string, { zero = false } = {}): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < (zero ? 0 : 1))
    throw new BenchError(`${name} must be a whole number${zero ? "" : " above 0"}, not ${value}`);
  return number;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** The share of all cores' time spent busy over the next second: other work skews the figures. */
async function cpuBusy(): Promise<number> {
  const total = () =>
    os.cpus().reduce(
      (sum, cpu) => {
        const { idle, user, nice, sys, irq } = cpu.times;
        return { idle: sum.idle + idle, all: sum.all + idle + user + nice + sys + irq };
      },
      { idle: 0, all: 0 },
    );
  const before = total();
  await sleep(1000);
  const after = total();
  const all = after.all - before.all;
  return all > 0 ? 1 - (after.idle - before.idle) / all : 0;
}

/**
 * How the app answers: as configured, from its in-memory cache of rendered public pages, or
 * with that cache off, rendering every request from the database.
 */
type Mode = "cached" | "rendered";
const MODES: Mode[] = ["cached", "rendered"];

interface ModeResult extends LoadResult {
  /** Folkestyre requests/s divided by nginx requests/s on the same bytes. */
  ratioToNginx: number | null;
}

interface PageResult extends BenchPage {
  bytes: number;
  folkestyre: Record<Mode, ModeResult>;
  nginx: LoadResult | null;
}

async function measure(tool: LoadTool, url: string, settings: LoadSettings, warmup: number) {
  if (warmup > 0) await tool.measure(url, { ...settings, duration: warmup });
  const result = await tool.measure(url, settings);
  const problems = result.errors + result.badResponses;
  log(
    `  ${url}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(2)} ms` +
      (problems > 0
        ? ` (${result.errors} socket errors, ${result.badResponses} bad responses)`
        : ""),
  );
  return result;
}

/** The page's bytes as an anonymous visitor gets them; a missing page stops the bench. */
async function fetchPage(baseUrl: string, page: BenchPage): Promise<StaticFile> {
  const response = await fetch(`${baseUrl}${page.path}`, { redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200)
    throw new BenchError(
      `GET ${page.path} (${page.description}) answered ${response.status}. The public portal ` +
        "pages /moter/:id and /utvalg/:slug (src/features/portal/routes.tsx) must exist and " +
        "show the generated municipality before they can be measured.",
    );
  return { path: page.path, body };
}

async function measureFolkestyre(
  pages: BenchPage[],
  mode: Mode,
  tool: LoadTool,
  settings: LoadSettings,
  warmup: number,
) {
  log(`Starting Folkestyre in a child process, page cache ${mode === "cached" ? "on" : "off"}.`);
  const app = await startApp(DATA_DIR, { pageCache: mode === "cached" });
  try {
    const files: StaticFile[] = [];
    const results: LoadResult[] = [];
    for (const page of pages) files.push(await fetchPage(app.baseUrl, page));
    log(`Measuring Folkestyre (${mode}) with ${tool.name}.`);
    for (const page of pages)
      results.push(await measure(tool, `${app.baseUrl}${page.path}`, settings, warmup));
    return { files, results };
  } finally {
    await app.stop();
  }
}

async function measureNginx(
  files: StaticFile[],
  tool: LoadTool,
  settings: LoadSettings,
  warmup: number,
) {
  log("Starting nginx on the same bytes.");
  const nginx = await startNginx(files);
  try {
    log(`Measuring nginx ${nginx.version} with ${tool.name}.`);
    const results: LoadResult[] = [];
    for (const file of files)
      results.push(await measure(tool, `${nginx.baseUrl}${file.path}`, settings, warmup));
    return { version: nginx.version, results };
  } finally {
    await nginx.stop();
  }
}

function table(pages: PageResult[]): string {
  const header = ["page", "app", "Folkestyre req/s", "p99 ms", "nginx req/s", "p99 ms", "ratio"];
  const rows = pages.flatMap((page) =>
    MODES.map((mode) => {
      const own = page.folkestyre[mode];
      return [
        `${page.name} ${page.path}`,
        mode,
        own.requestsPerSecond.toFixed(0),
        own.p99Ms.toFixed(2),
        page.nginx ? page.nginx.requestsPerSecond.toFixed(0) : "-",
        page.nginx ? page.nginx.p99Ms.toFixed(2) : "-",
        own.ratioToNginx === null ? "-" : own.ratioToNginx.toPrecision(3),
      ];
    }),
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) =>
          column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  "),
    )
    .join("\n");
}

async function main(argv: string[]): Promise<void> {
  const args = readArguments(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const nodeMajor = Number(process.versions.node.split(".")[0]);
  if (nodeMajor < 24)
    throw new BenchError(
      `Node ${process.versions.node} is too old: run \`npm run bench\`, which uses Node 24 from node_modules/.bin.`,
    );
  const startedAt = new Date();
  const tool = await loadTool(args.tool);
  const settings: LoadSettings = {
    connections: args.connections,
    duration: args.duration,
    threads: Math.min(args.connections, os.availableParallelism()),
    timeout: 10,
  };
  const dataset = await prepareDataset({
    databaseUrl: process.env.DATABASE_URL || undefined,
    rebuild: args.rebuild,
    generator: { bodies: args.bodies, years: args.years, casesPerYear: args.casesPerYear },
    log,
  });
  const { counts } = dataset;
  log(
    `Data set (${dataset.engine}): ${counts.bodies} bodies, ${counts.meetings} meetings, ` +
      `${counts.cases} cases, ${counts.agendaItems} agenda items.`,
  );
  const busy = await cpuBusy();
  if (busy > 0.1)
    log(
      `Warning: the cores were ${(busy * 100).toFixed(0)} % busy with other work just before ` +
        "the measurement; the figures will be low and uneven.",
    );
  const measured: Record<Mode, Awaited<ReturnType<typeof measureFolkestyre>>> = {
    cached: await measureFolkestyre(dataset.pages, "cached", tool, settings, args.warmup),
    rendered: await measureFolkestyre(dataset.pages, "rendered", tool, settings, args.warmup),
  };
  const files = measured.cached.files;
  const nginx = nginxInstalled() ? await measureNginx(files, tool, settings, args.warmup) : null;
  const pages: PageResult[] = dataset.pages.map((page, index) => {
    const reference = nginx?.results[index] ?? null;
    const modeResult = (mode: Mode): ModeResult => {
      const own = measured[mode].results[index] as LoadResult;
      return {
        ...own,
        ratioToNginx: reference ? own.requestsPerSecond / reference.requestsPerSecond : null,
      };
    };
    return {
      ...page,
      bytes: files[index]?.body.length ?? 0,
      folkestyre: { cached: modeResult("cached"), rendered: modeResult("rendered") },
      nginx: reference,
    };
  });
  const report = {
    startedAt: startedAt.toISOString(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      /** Share of the cores busy with other work in the second before the measurement. */
      busyBefore: Number(busy.toFixed(3)),
    },
    tool: { name: tool.name, version: tool.version },
    settings: { ...settings, warmup: args.warmup },
    dataset: {
      engine: dataset.engine,
      counts,
      generator: dataset.generator,
      generationSeconds: dataset.generationSeconds,
      builtNow: dataset.builtNow,
    },
    reference: nginx ? { name: "nginx", version: nginx.version } : null,
    pages,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`);
  process.stdout.write(
    `${tool.name} ${tool.version}, ${settings.connections} connections, ${settings.duration} s per page, ` +
      `${report.machine.cpus} cores\n\n${table(pages)}\n\n`,
  );
  if (!nginx) process.stdout.write(`nginx was not found (${NGINX}): no reference figures.\n`);
  process.stdout.write(`Written to ${path.relative(process.cwd(), file)}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof BenchError) process.stderr.write(`[bench] ${error.message}\n`);
  else process.stderr.write(`[bench] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
