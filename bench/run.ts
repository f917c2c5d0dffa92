/**
 * `npm run bench`: the public pages of a large municipality under load, against nginx serving
 * the same bytes on the same machine; the cached page while a signed-in editor saves; and
 * Server-Sent Events fanned out to many clients; the time to render a presentation PDF; and a
 * meeting's packet built beside qpdf merging the same files. Speed is reported as ratios against
 * references measured in the same run, never asserted in tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { startApp } from "./app-process.ts";
import { DATA_DIR, PGLITE_DIR, prepareDataset } from "./dataset.ts";
import {
  type ConversionResult,
  measureConversion,
  measureUploads,
  type UploadResult,
} from "./documents.ts";
import { type EditorAccount, prepareEditor } from "./editor.ts";
import { type LoadSettings, loadTool, wrkInstalled } from "./load.ts";
import { type MinutesBenchResult, measureMinutes } from "./minutes.ts";
import { type MixedResult, measureMixedLoad } from "./mixed-load.ts";
import { NGINX, nginxInstalled } from "./nginx.ts";
import { measurePacket, type PacketResult } from "./packet.ts";
import {
  BenchError,
  feedPages,
  formatTable,
  measurePages,
  type PagesResult,
  pagesTable,
} from "./pages.ts";
import { measurePresentationPdf, type PresentationPdfResult } from "./presentation-pdf.ts";
import { measurePublish, type PublishResult } from "./publish.ts";
import { measureSearch, type SearchBenchResult } from "./search.ts";

import { measureSseFanOut, type SseResult, sseLimitProblem } from "./sse-fanout.ts";
import { measureVotes, type VotesResult } from "./votes.ts";

const RESULTS_DIR = path.join(import.meta.dirname, ".results");

/** The steps, in the order they run; --steps picks some. */
const STEPS = [
  "pdf",
  "packet",
  "publish",
  "minutes",
  "search",
  "pages",
  "feeds",
  "mixed",
  "sse",
  "votes",
  "documents",
] as const;
/** The steps that need no municipality: each builds what it measures itself. */
const WITHOUT_DATASET: readonly Step[] = ["pdf", "packet", "publish", "minutes", "votes"];
type Step = (typeof STEPS)[number];

const USAGE = `Usage: npm run bench -- [options]

Steps (all by default, in this order):
  pdf     A three-page case presentation (saksframlegg) rendered to PDF/A-2a as the job does,
          in the bench's own process: the first render (compiler and fonts loaded) and the
          median of --pdf-runs more after --pdf-warmup unrecorded ones.
  packet  A 40-item meeting with 350 pages of attachments: its 40 presentations rendered, the
          members' packet built (contents, stamped headers, tags, bookmarks, page labels), and
          qpdf --empty --pages … -- merging the same files beside it; --packet-runs runs, the
          medians of wall-clock and CPU time and the ratio to qpdf. Without the municipality,
          like pdf.
  search  Full-text searches (one word, two words, a phrase, a rare and a common word, with
          filters, by date, a second page, the workspace's index) on the large municipality,
          in the bench's own process, --search-rounds times each: p50 and p95 per search and
          per kind of search, and this process's CPU time (on PGlite the database's too).
  publish A 40-item meeting with 350 pages of attachments and 15 members in a fresh database:
          from the confirming transaction to every member's mail in the outbox and the public
          meeting page linking the packet, through the real jobs (notice, agendas, packets):
          wall-clock and CPU time, then each document made again alone (wall and CPU) and qpdf
          joining the packet's inputs as the reference. Without the municipality, like pdf.
  minutes The minutes of a 40-item meeting treated in the console (roll call, proposals,
          votes, speeches) in a fresh database: loaded for members and public, rendered as HTML
          and as both PDF/A files; 5 runs after a warm-up, medians of wall-clock and CPU time,
          and the CPU ratio to one presentation PDF rendered beside it. Without the
          municipality, like pdf.
  pages   The public meeting page (/moter/:id) and the council's page (/utvalg/:slug) of a
          generated large municipality under load, twice: with the app's cache of rendered
          public pages on (as it runs) and off (every request rendered from the database).
          Then the same bytes served as static files by nginx, when /usr/sbin/nginx exists.
          Prints requests/s, p50 and p99 latency and the ratio Folkestyre/nginx.
  feeds   The calendars (/kalender.ics, the council's /utvalg/:slug/kalender.ics) and news
          feeds (/nyheter.atom, the council's) under the same load, from the page cache and
          rendered, then from nginx, as for pages.
  mixed   The cached meeting page under the same load while a signed-in editor saves every
          --edit-interval ms: nothing, a draft case (changes only the workspace sees), a body
          (public changes, which drop the cached pages). Prints requests/s against the runs
          without edits.
  sse     --sse-clients streams on /hendelser in a process of their own, then --sse-events
          public changes: the time from each commit to the last stream getting it.
  votes   A meeting in treatment in a fresh database, --votes-viewers live pages on
          /moter/:id/direkte in a process of their own (each on /hendelser, fetching the page
          again on its meeting's change as static/live.js does), then --votes-count votes posted
          through the console's form --votes-gap ms apart: click to the last viewer holding the
          new page, p50 and p99; and as the reference in the same run, the body renamed as in
          sse, commit to the last viewer hearing it. Without the municipality, like pdf.
  documents
          Converting a ten-page Word file to PDF with LibreOffice (three runs, when soffice is
          installed) and reading the PDF's text; then the meeting page (cached) under the same
          load while the editor uploads a scanned 20 MB PDF again and again, against the runs
          without uploads before and after.
Results are written as JSON to bench/.results/.

Options:
  --steps <list>        comma-separated steps to run (default ${STEPS.join(",")})
  --duration <s>        seconds of measurement per page, server and mode (default 10)
  --warmup <s>          seconds of unrecorded load before each measurement (default 2)
  --connections <n>     concurrent connections (default 50)
  --tool <name>         wrk or autocannon (default: wrk when /usr/bin/wrk exists)
  --trace               time inside the app where each rendered request's time goes
                        (waiting for the database, executing, the rest; bench/trace.ts)
  --edit-interval <ms>  mixed: milliseconds between two saves (default 100)
  --sse-clients <n>     sse: streams to open (default 2000; needs as many open files)
  --sse-events <n>      sse: public changes to send (default 50)
  --sse-gap <ms>        sse: milliseconds between two changes (default 200)
  --votes-viewers <n>   votes: live pages to open (default 2000; needs twice as many open files)
  --votes-count <n>     votes: votes to record, and renames for the reference (default 30)
  --votes-gap <ms>      votes: milliseconds between two votes (default 1000)
  --pdf-runs <n>        pdf: measured renders (default 50)
  --pdf-warmup <n>      pdf: unrecorded renders after the first (default 10)
  --packet-runs <n>     packet: measured runs after one unrecorded (default 5)
  --search-rounds <n>   search: rounds over the set of searches (default 20)
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

interface Arguments {
  help: boolean;
  steps: Step[];
  rebuild: boolean;
  duration: number;
  warmup: number;
  connections: number;
  tool: "wrk" | "autocannon";
  trace: boolean;
  editInterval: number;
  sseClients: number;
  sseEvents: number;
  sseGap: number;
  votesViewers: number;
  votesCount: number;
  votesGap: number;
  pdfRuns: number;
  pdfWarmup: number;
  packetRuns: number;
  searchRounds: number;
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
      steps: { type: "string", default: STEPS.join(",") },
      rebuild: { type: "boolean", default: false },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "50" },
      tool: { type: "string" },
      trace: { type: "boolean", default: false },
      "edit-interval": { type: "string", default: "100" },
      "sse-clients": { type: "string", default: "2000" },
      "sse-events": { type: "string", default: "50" },
      "sse-gap": { type: "string", default: "200" },
      "votes-viewers": { type: "string", default: "2000" },
      "votes-count": { type: "string", default: "30" },
      "votes-gap": { type: "string", default: "1000" },
      "pdf-runs": { type: "string", default: "50" },
      "pdf-warmup": { type: "string", default: "10" },
      "packet-runs": { type: "string", default: "5" },
      "search-rounds": { type: "string", default: "20" },
      bodies: { type: "string" },
      years: { type: "string" },
      "cases-per-year": { type: "string" },
    },
  });

function readSteps(value: string): Step[] {
  const named = value.split(",").map((step) => step.trim());
  const unknown = named.filter((step) => !(STEPS as readonly string[]).includes(step));
  if (unknown.length > 0 || named.length === 0)
    throw new BenchError(`--steps takes ${STEPS.join(", ")}; not ${unknown.join(", ") || value}`);
  return STEPS.filter((step) => named.includes(step));
}

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
    steps: readSteps(values.steps),
    rebuild: values.rebuild,
    duration: positiveInteger("--duration", values.duration),
    warmup: positiveInteger("--warmup", values.warmup, { zero: true }),
    connections: positiveInteger("--connections", values.connections),
    tool,
    trace: values.trace,
    editInterval: positiveInteger("--edit-interval", values["edit-interval"]),
    sseClients: positiveInteger("--sse-clients", values["sse-clients"]),
    sseEvents: positiveInteger("--sse-events", values["sse-events"]),
    sseGap: positiveInteger("--sse-gap", values["sse-gap"]),
    votesViewers: positiveInteger("--votes-viewers", values["votes-viewers"]),
    votesCount: positiveInteger("--votes-count", values["votes-count"]),
    votesGap: positiveInteger("--votes-gap", values["votes-gap"]),
    pdfRuns: positiveInteger("--pdf-runs", values["pdf-runs"]),
    pdfWarmup: positiveInteger("--pdf-warmup", values["pdf-warmup"], { zero: true }),
    packetRuns: positiveInteger("--packet-runs", values["packet-runs"]),
    searchRounds: positiveInteger("--search-rounds", values["search-rounds"]),
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

function mixedTable(result: MixedResult): string {
  const rows = result.cells.map((cell) => [
    cell.edits,
    cell.readers.requestsPerSecond.toFixed(0),
    cell.readers.p99Ms.toFixed(2),
    cell.ratioToNoEdits.toFixed(3),
    cell.editor ? String(cell.editor.saves) : "-",
    `${cell.events.public}/${cell.events.internal}`,
  ]);
  return formatTable(
    ["edits", "readers req/s", "p99 ms", "ratio", "saves", "public/internal changes"],
    rows,
    1,
  );
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
  const runs = (step: Step) => args.steps.includes(step);
  if (runs("sse")) {
    const problem = sseLimitProblem(args.sseClients);
    if (problem) throw new BenchError(problem);
  }
  if (runs("votes")) {
    // A stream and a connection for the page per viewer.
    const problem = sseLimitProblem(args.votesViewers * 2);
    if (problem) throw new BenchError(problem);
  }
  const startedAt = new Date();
  const tool = await loadTool(args.tool);
  const settings: LoadSettings = {
    connections: args.connections,
    duration: args.duration,
    threads: Math.min(args.connections, os.availableParallelism()),
    timeout: 10,
  };
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataset = args.steps.every((step) => WITHOUT_DATASET.includes(step))
    ? null
    : await prepareDataset({
        databaseUrl,
        rebuild: args.rebuild,
        generator: { bodies: args.bodies, years: args.years, casesPerYear: args.casesPerYear },
        log,
      });
  if (dataset) {
    const { counts } = dataset;
    log(
      `Data set (${dataset.engine}): ${counts.bodies} bodies, ${counts.meetings} meetings, ` +
        `${counts.cases} cases, ${counts.agendaItems} agenda items.`,
    );
  }
  const busy = await cpuBusy();
  if (busy > 0.1)
    log(
      `Warning: the cores were ${(busy * 100).toFixed(0)} % busy with other work just before ` +
        "the measurement; the figures will be low and uneven.",
    );

  let pdf: PresentationPdfResult | null = null;
  if (runs("pdf")) {
    log("Rendering a three-page presentation PDF in this process.");
    pdf = await measurePresentationPdf({ runs: args.pdfRuns, warmup: args.pdfWarmup, log });
  }

  let packet: PacketResult | null = null;
  if (runs("packet")) {
    log("Building a 40-item meeting packet in this process, and merging it with qpdf.");
    packet = await measurePacket({ runs: args.packetRuns, log });
  }
  let search: SearchBenchResult | null = null;
  if (runs("search")) {
    log(`Searching the large municipality, ${args.searchRounds} rounds.`);
    search = await measureSearch({
      databaseUrl,
      dataDir: PGLITE_DIR,
      rounds: args.searchRounds,
      log,
    });
  }

  let publish: PublishResult | null = null;
  if (runs("publish")) publish = await measurePublish({ log });

  let votes: VotesResult | null = null;
  if (runs("votes")) {
    log(`Recording ${args.votesCount} votes in the console to ${args.votesViewers} live pages.`);
    votes = await measureVotes({
      settings: { viewers: args.votesViewers, votes: args.votesCount, gapMs: args.votesGap },
      log,
    });
  }

  let minutes: MinutesBenchResult | null = null;
  if (runs("minutes")) minutes = await measureMinutes({ runs: 5, log });

  let pages: PagesResult | null = null;
  if (runs("pages") && dataset)
    pages = await measurePages({
      pages: dataset.pages,
      tool,
      settings,
      warmup: args.warmup,
      trace: args.trace,
      log,
    });

  let feeds: PagesResult | null = null;
  if (runs("feeds") && dataset)
    feeds = await measurePages({
      pages: feedPages(dataset.pages),
      tool,
      settings,
      warmup: args.warmup,
      trace: args.trace,
      log,
    });

  let conversion: ConversionResult | { unavailable: string } | null = null;
  if (runs("documents")) {
    log("Converting a ten-page Word file to PDF with LibreOffice.");
    conversion = await measureConversion({ soffice: process.env.SOFFICE || "soffice", log });
  }

  let mixed: MixedResult | null = null;
  let sse: SseResult | null = null;
  let uploads: UploadResult | null = null;
  if (dataset && (runs("mixed") || runs("sse") || runs("documents"))) {
    const account: EditorAccount = await prepareEditor({ databaseUrl, dataDir: PGLITE_DIR });
    log("Starting Folkestyre in a child process, page cache on, for the editor's steps.");
    const app = await startApp(DATA_DIR, { pageCache: true });
    try {
      const meeting = dataset.pages.find((page) => page.name === "meeting");
      if (runs("mixed") && meeting) {
        log(
          `Measuring ${meeting.path} (cached) while the editor saves every ${args.editInterval} ms.`,
        );
        mixed = await measureMixedLoad({
          app,
          account,
          tool,
          settings,
          warmup: args.warmup,
          page: meeting.path,
          intervalMs: args.editInterval,
          log,
        });
      }
      if (runs("documents") && meeting) {
        log(`Measuring ${meeting.path} (cached) while the editor uploads a 20 MB PDF.`);
        uploads = await measureUploads({
          app,
          account,
          tool,
          settings,
          warmup: args.warmup,
          page: meeting.path,
          log,
        });
      }
      if (runs("sse")) {
        log(`Fanning out ${args.sseEvents} public changes to ${args.sseClients} SSE streams.`);
        sse = await measureSseFanOut({
          app,
          account,
          settings: { clients: args.sseClients, events: args.sseEvents, gapMs: args.sseGap },
          log,
        });
      }
    } finally {
      await app.stop();
    }
  }

  const nginxVersion = pages?.nginxVersion ?? feeds?.nginxVersion ?? null;
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
    settings: {
      ...settings,
      warmup: args.warmup,
      steps: args.steps,
      pdf: { runs: args.pdfRuns, warmup: args.pdfWarmup },
      packet: { runs: args.packetRuns },
    },
    dataset: dataset && {
      engine: dataset.engine,
      counts: dataset.counts,
      generator: dataset.generator,
      generationSeconds: dataset.generationSeconds,
      builtNow: dataset.builtNow,
    },
    reference: nginxVersion ? { name: "nginx", version: nginxVersion } : null,
    pdf,
    packet,
    search,
    publish,
    minutes,
    pages: pages?.pages ?? null,
    feeds: feeds?.pages ?? null,
    mixed,
    sse,
    votes,
    conversion,
    uploads,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`);
  process.stdout.write(
    `${tool.name} ${tool.version}, ${settings.connections} connections, ${settings.duration} s per cell, ` +
      `${report.machine.cpus} cores, ${dataset?.engine ?? "no database"}\n\n`,
  );
  if (pdf)
    process.stdout.write(
      `Presentation PDF, ${pdf.pages} pages, ${Math.round(pdf.bytes / 1024)} KB: first render ` +
        `${pdf.coldMs} ms; then median ${pdf.medianMs} ms, p90 ${pdf.p90Ms} ms, ` +
        `min ${pdf.minMs} ms, max ${pdf.maxMs} ms over ${pdf.runs} renders; ` +
        `CPU time median ${pdf.cpuMedianMs} ms\n\n`,
    );
  if (packet)
    process.stdout.write(
      `Packet, ${packet.items} items, ${packet.attachmentPages} pages of attachments, ` +
        `${packet.packetPages} pages, ${Math.round(packet.packetBytes / 1024)} KB: presentations ` +
        `${packet.presentationsMs} ms (CPU ${packet.presentationsCpuMs}), packet ${packet.packetMs} ms ` +
        `(CPU ${packet.packetCpuMs}), whole ${packet.wholeMs} ms; qpdf ${packet.qpdfVersion ?? "missing"} ` +
        `${packet.qpdfMs ?? "-"} ms (CPU ${packet.qpdfCpuMs ?? "-"}); packet/qpdf ` +
        `${packet.ratioToQpdf ?? "-"} (CPU ${packet.cpuRatioToQpdf ?? "-"}); medians of ${packet.runs}\n\n`,
    );
  if (search)
    process.stdout.write(
      `Search over ${search.rows.cases} cases (${search.rows.publicEntries} public entries): ` +
        `p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms, max ${search.maxMs} ms over ` +
        `${search.runs} searches; CPU ${search.cpuMsPerSearch} ms per search in this process\n${formatTable(
          ["search", "p50 ms", "p95 ms", "CPU p50 ms", "hits"],
          search.byKind.map((k) => [
            k.kind,
            String(k.p50Ms),
            String(k.p95Ms),
            String(k.cpuP50Ms),
            String(k.hits),
          ]),
          1,
        )}\n\n`,
    );
  if (minutes)
    process.stdout.write(
      `Minutes, ${minutes.items} items, ${minutes.pages} pages: load ${minutes.loadMs} ms, HTML ` +
        `${minutes.htmlMs} ms, PDFs ${minutes.pdfMs} ms, whole ${minutes.wholeMs} ms (CPU ` +
        `${minutes.wholeCpuMs} ms); a presentation PDF CPU ${minutes.presentationCpuMs} ms; ` +
        `minutes/presentation CPU ${minutes.cpuRatioToPresentation}; medians of ${minutes.runs}\n\n`,
    );
  if (publish)
    process.stdout.write(
      `Publish, ${publish.items} items, ${publish.attachmentPages} pages of attachments, ` +
        `${publish.members} members: ${publish.documents} documents published after ` +
        `${publish.publishedMs} ms; ${publish.mails} mails in the outbox and the public page ` +
        `live after ${publish.wholeMs} ms, ${publish.wholeCpuMs} ms CPU` +
        (publish.qpdfCpuMs === null
          ? ""
          : `; qpdf joining the packet's inputs: ${publish.qpdfMs} ms, ${publish.qpdfCpuMs} ms CPU`) +
        `\n${formatTable(
          ["document alone", "wall ms", "CPU ms"],
          publish.byDocument.map((d) => [d.task, String(d.ms), String(d.cpuMs)]),
          1,
        )}\n\n`,
    );
  if (pages) {
    process.stdout.write(`${pagesTable(pages.pages)}\n\n`);
    if (!nginxInstalled())
      process.stdout.write(`nginx was not found (${NGINX}): no reference figures.\n\n`);
  }
  if (feeds) process.stdout.write(`${pagesTable(feeds.pages)}\n\n`);
  if (mixed)
    process.stdout.write(
      `${mixed.page} (cached) while the editor saves every ${mixed.intervalMs} ms:\n${mixedTable(mixed)}\n\n`,
    );
  if (sse)
    process.stdout.write(
      `SSE: ${sse.open} streams, ${sse.deliveredToAll} of ${sse.events} changes reached all; ` +
        `commit to last client p50 ${sse.lastClient.p50} ms, p99 ${sse.lastClient.p99} ms, ` +
        `max ${sse.lastClient.max} ms (first client p50 ${sse.firstClient.p50} ms)\n\n`,
    );
  if (votes)
    process.stdout.write(
      `Votes: ${votes.open} live pages, ${votes.recorded} of ${votes.votes} votes recorded, ` +
        `${votes.heldByAll} held by all; click to last viewer holding the new page p50 ` +
        `${votes.clickToLastPage.p50} ms, p99 ${votes.clickToLastPage.p99} ms, max ` +
        `${votes.clickToLastPage.max} ms (click to commit p50 ${votes.clickToCommit.p50} ms, ` +
        `commit to last page p50 ${votes.commitToLastPage.p50} ms, p99 ${votes.commitToLastPage.p99} ms); ` +
        `vote commit to last event p50 ` +
        `${votes.commitToLastEvent.p50} ms; reference (body renamed) commit to last event p50 ` +
        `${votes.reference.commitToLastEvent.p50} ms, p99 ${votes.reference.commitToLastEvent.p99} ms; ` +
        `${votes.pageRequests.rendered} of ${votes.pageRequests.answered} page requests rendered, ` +
        "the rest answered from the page cache\n\n",
    );
  if (conversion)
    process.stdout.write(
      "unavailable" in conversion
        ? `Word to PDF: not measured, ${conversion.unavailable}\n\n`
        : `Word to PDF (${conversion.pages} pages): ${conversion.runsMs.join(", ")} ms per run; ` +
            `text of the PDF read in ${conversion.extractTextMs} ms\n\n`,
    );
  if (uploads)
    process.stdout.write(
      `${uploads.page} (cached) while ${uploads.fileMiB} MiB PDFs are uploaded ` +
        `(one upload alone: ${uploads.aloneMs} ms):\n${formatTable(
          ["uploads", "readers req/s", "p99 ms", "uploads done", "upload p50 ms"],
          uploads.cells.map((cell) => [
            cell.uploads,
            cell.readers.requestsPerSecond.toFixed(0),
            cell.readers.p99Ms.toFixed(2),
            String(cell.uploadsDone),
            cell.uploadP50Ms === null ? "-" : String(cell.uploadP50Ms),
          ]),
          1,
        )}\n\n`,
    );
  process.stdout.write(`Written to ${path.relative(process.cwd(), file)}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof BenchError) process.stderr.write(`[bench] ${error.message}\n`);
  else process.stderr.write(`[bench] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
