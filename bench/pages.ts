import { startApp } from "./app-process.ts";
import { type BenchPage, DATA_DIR } from "./dataset.ts";
import type { LoadResult, LoadSettings, LoadTool } from "./load.ts";
import { nginxInstalled, type StaticFile, startNginx } from "./nginx.ts";
import type { TraceSummary } from "./trace.ts";

/** A failure with a message meant for the person running the bench; no stack trace needed. */
export class BenchError extends Error {}

/**
 * How the app answers: as configured, from its in-memory cache of rendered public pages, or
 * with that cache off, rendering every request from the database.
 */
export type Mode = "cached" | "rendered";
export const MODES: Mode[] = ["cached", "rendered"];

export interface ModeResult extends LoadResult {
  /** Folkestyre requests/s divided by nginx requests/s on the same bytes. */
  ratioToNginx: number | null;
  /** p99 divided by p50: how much longer the slowest requests wait than the typical one. */
  tail: number;
  /** Where the rendered requests' time went inside the app (with --trace). */
  trace?: TraceSummary;
}

export interface PageResult extends BenchPage {
  bytes: number;
  folkestyre: Record<Mode, ModeResult>;
  nginx: LoadResult | null;
}

export interface PagesResult {
  nginxVersion: string | null;
  pages: PageResult[];
  /** The cached pages' bytes, for the steps after this one. */
  files: StaticFile[];
}

export async function measure(
  tool: LoadTool,
  url: string,
  settings: LoadSettings,
  warmup: number,
  log: (message: string) => void,
  beforeMeasuring?: () => void,
) {
  if (warmup > 0) await tool.measure(url, { ...settings, duration: warmup });
  beforeMeasuring?.();
  const result = await tool.measure(url, settings);
  const problems = result.errors + result.badResponses;
  log(
    `  ${url}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, ` +
      `p99 ${result.p99Ms.toFixed(2)} ms` +
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
      `GET ${page.path} (${page.description}) answered ${response.status}. The public pages ` +
        "(src/features/portal/routes.tsx) and feeds (src/features/feeds/feed-routes.ts) must " +
        "exist and show the generated municipality before they can be measured.",
    );
  return { path: page.path, body };
}

async function measureFolkestyre(options: {
  pages: BenchPage[];
  mode: Mode;
  tool: LoadTool;
  settings: LoadSettings;
  warmup: number;
  trace: boolean;
  log: (message: string) => void;
}) {
  const { pages, mode, tool, settings, warmup, log } = options;
  const trace = options.trace && mode === "rendered";
  log(`Starting Folkestyre in a child process, page cache ${mode === "cached" ? "on" : "off"}.`);
  const app = await startApp(DATA_DIR, { pageCache: mode === "cached", trace });
  try {
    const files: StaticFile[] = [];
    const results: Array<LoadResult & { trace?: TraceSummary }> = [];
    for (const page of pages) files.push(await fetchPage(app.baseUrl, page));
    log(`Measuring Folkestyre (${mode}) with ${tool.name}.`);
    for (const page of pages) {
      const result = await measure(tool, `${app.baseUrl}${page.path}`, settings, warmup, log, () =>
        app.resetTrace(),
      );
      const summary = await app.trace();
      results.push(summary ? { ...result, trace: summary } : result);
      if (summary)
        log(
          `    in the app: total p50 ${summary.total.p50} / p99 ${summary.total.p99} ms; ` +
            (summary.execMeasured
              ? `waiting for the database p50 ${summary.dbWait.p50} / p99 ${summary.dbWait.p99}; ` +
                `executing p50 ${summary.dbExec.p50}; `
              : `in the database p50 ${summary.dbWait.p50} / p99 ${summary.dbWait.p99}; `) +
            `other p50 ${summary.other.p50}; event loop delay p99 ${summary.eventLoopDelay.p99}; ` +
            `CPU ${summary.cpuMsPerRequest} ms per request`,
        );
    }
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
  log: (message: string) => void,
) {
  log("Starting nginx on the same bytes.");
  const nginx = await startNginx(files);
  try {
    log(`Measuring nginx ${nginx.version} with ${tool.name}.`);
    const results: LoadResult[] = [];
    for (const file of files)
      results.push(await measure(tool, `${nginx.baseUrl}${file.path}`, settings, warmup, log));
    return { version: nginx.version, results };
  } finally {
    await nginx.stop();
  }
}

/**
 * The calendars and news feeds a subscriber's client polls: the whole municipality's and the
 * council's, next to the council's page the dataset picked.
 */
export function feedPages(pages: BenchPage[]): BenchPage[] {
  const council = pages.find((page) => page.name === "body");
  if (!council) throw new BenchError("The dataset picked no council page to take the feeds from.");
  return [
    { name: "feed", path: "/kalender.ics", description: "every body's meetings, iCalendar" },
    {
      name: "feed",
      path: `${council.path}/kalender.ics`,
      description: `${council.description}'s meetings, iCalendar`,
    },
    { name: "feed", path: "/nyheter.atom", description: "the municipality's news, Atom" },
    {
      name: "feed",
      path: `${council.path}/nyheter.atom`,
      description: `${council.description}'s news, Atom`,
    },
  ];
}

/**
 * The public meeting and body pages under load, from the page cache and rendered, then the
 * same bytes from nginx when it is installed.
 */
export async function measurePages(options: {
  pages: BenchPage[];
  tool: LoadTool;
  settings: LoadSettings;
  warmup: number;
  trace: boolean;
  log: (message: string) => void;
}): Promise<PagesResult> {
  const measured: Record<Mode, Awaited<ReturnType<typeof measureFolkestyre>>> = {
    cached: await measureFolkestyre({ ...options, mode: "cached" }),
    rendered: await measureFolkestyre({ ...options, mode: "rendered" }),
  };
  const files = measured.cached.files;
  const nginx = nginxInstalled()
    ? await measureNginx(files, options.tool, options.settings, options.warmup, options.log)
    : null;
  const pages = options.pages.map((page, index): PageResult => {
    const reference = nginx?.results[index] ?? null;
    const modeResult = (mode: Mode): ModeResult => {
      const own = measured[mode].results[index] as LoadResult & { trace?: TraceSummary };
      return {
        ...own,
        ratioToNginx: reference ? own.requestsPerSecond / reference.requestsPerSecond : null,
        tail: Number((own.p99Ms / own.p50Ms).toFixed(2)),
      };
    };
    return {
      ...page,
      bytes: files[index]?.body.length ?? 0,
      folkestyre: { cached: modeResult("cached"), rendered: modeResult("rendered") },
      nginx: reference,
    };
  });
  return { nginxVersion: nginx?.version ?? null, pages, files };
}

export function pagesTable(pages: PageResult[]): string {
  const header = [
    "page",
    "app",
    "Folkestyre req/s",
    "p50 ms",
    "p99 ms",
    "p99/p50",
    "nginx req/s",
    "p99 ms",
    "ratio",
  ];
  const rows = pages.flatMap((page) =>
    MODES.map((mode) => {
      const own = page.folkestyre[mode];
      return [
        `${page.name} ${page.path}`,
        mode,
        own.requestsPerSecond.toFixed(0),
        own.p50Ms.toFixed(2),
        own.p99Ms.toFixed(2),
        own.tail.toFixed(1),
        page.nginx ? page.nginx.requestsPerSecond.toFixed(0) : "-",
        page.nginx ? page.nginx.p99Ms.toFixed(2) : "-",
        own.ratioToNginx === null ? "-" : own.ratioToNginx.toPrecision(3),
      ];
    }),
  );
  return formatTable(header, rows, 2);
}

/** Columns padded to their widest cell; the first `textColumns` left-aligned, the rest right. */
export function formatTable(header: string[], rows: string[][], textColumns: number): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) =>
          column < textColumns
            ? cell.padEnd(widths[column] ?? 0)
            : cell.padStart(widths[column] ?? 0),
        )
        .join("  "),
    )
    .join("\n");
}
