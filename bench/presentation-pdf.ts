import { renderPresentation } from "../src/documents/presentation.ts";
import { threePageView } from "../test/factories/presentation-view.ts";

export interface PresentationPdfResult {
  pages: number;
  bytes: number;
  /** The first render in the process: making the compiler, loading the fonts, compiling. */
  coldMs: number;
  warmup: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
  /**
   * The process's CPU time (user and system) per measured render, median: what other work on
   * the machine changes less than the wall-clock time. Above the wall-clock time when the
   * compiler lays out on several threads.
   */
  cpuMedianMs: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function timed(work: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (sorted: readonly number[]) => sorted[Math.floor(sorted.length / 2)] ?? 0;

/**
 * Renders a three-page presentation (saksframlegg) as the job does, PDF/A-2a bytes included.
 * Each measured render has another title and version, as each job renders another case, so the
 * compiler's cache cannot answer a render whole from the one before.
 */
export async function measurePresentationPdf(options: {
  runs: number;
  warmup: number;
  log: (message: string) => void;
}): Promise<PresentationPdfResult> {
  const started = performance.now();
  const first = await renderPresentation(threePageView());
  const coldMs = performance.now() - started;
  if (first.pageCount !== 3)
    throw new Error(`The sample presentation has ${first.pageCount} pages, not 3`);
  const render = (n: number) =>
    renderPresentation(threePageView({ title: `Saksframlegg nummer ${n} i målingen`, version: n }));
  for (let n = 0; n < options.warmup; n += 1) await render(n);
  // One render at a time, as one job renders one presentation.
  const measured: Array<{ wallMs: number; cpuMs: number }> = [];
  for (let n = 0; n < options.runs; n += 1)
    measured.push(await timed(() => render(options.warmup + n)));
  const times = measured.map((run) => run.wallMs).sort((a, b) => a - b);
  const cpuTimes = measured.map((run) => run.cpuMs).sort((a, b) => a - b);
  const at = (share: number) =>
    times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  const result = {
    pages: first.pageCount,
    bytes: first.pdf.length,
    coldMs: round(coldMs),
    warmup: options.warmup,
    runs: options.runs,
    medianMs: round(median(times)),
    p90Ms: round(at(0.9)),
    minMs: round(times[0] ?? 0),
    maxMs: round(times.at(-1) ?? 0),
    cpuMedianMs: round(median(cpuTimes)),
  };
  options.log(
    `Presentation PDF (${result.pages} pages): first ${result.coldMs} ms, then median ${result.medianMs} ms of ${result.runs}.`,
  );
  return result;
}
