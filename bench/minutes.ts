import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { renderMinutesPdf } from "../src/documents/minutes-pdf.ts";
import { renderPresentation } from "../src/documents/presentation.ts";
import { loadMinutes } from "../src/features/minutes/load-minutes.ts";
import { MinutesView } from "../src/features/minutes/minutes-view.tsx";
import { buildSeatedMeeting } from "../test/factories/console.ts";
import { threePageView } from "../test/factories/presentation-view.ts";
import { treatItem } from "../test/factories/treatment.ts";

export interface MinutesBenchResult {
  items: number;
  pages: number;
  runs: number;
  /** Loading the minutes from the console's records, for members and for the public. */
  loadMs: number;
  /** The two HTML renders and the two PDFs, from the loaded values. */
  htmlMs: number;
  pdfMs: number;
  /** Load, HTML and PDF together: wall-clock and CPU time, medians. */
  wholeMs: number;
  wholeCpuMs: number;
  /** One three-page presentation PDF in the same process, CPU time median: the reference. */
  presentationCpuMs: number;
  /** The whole minutes' CPU time over the presentation's. */
  cpuRatioToPresentation: number;
}

const ITEMS = 40;
const round = (ms: number) => Math.round(ms * 100) / 100;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed<T>(
  work: () => Promise<T> | T,
): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The minutes of a 40-item meeting whose every item was treated in the console (roll call, a
 * proposal by a member, a unanimous vote, a speech), made as the publishing job makes them:
 * loaded for the members and the public, rendered as HTML and as the two PDF/A files. Set up
 * in a fresh embedded database before the clock starts; each run after a warm-up is measured,
 * with one presentation PDF rendered beside it as the reference.
 */
export async function measureMinutes(options: {
  runs: number;
  log: (message: string) => void;
}): Promise<MinutesBenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-bench-minutes-"));
  const handle = await openDatabase({ dataDir: path.join(folder, "pglite") });
  try {
    const db = handle.db;
    await migrateToLatest(db);
    options.log(`Treating ${ITEMS} items in the console for the minutes.`);
    const seated = await buildSeatedMeeting(db, { items: ITEMS });
    for (const [index, item] of seated.items.entries())
      await treatItem(db, {
        meetingId: seated.meeting.id,
        itemId: item.id,
        proposalText: `Forslag ${index + 1}: kommunestyret slutter seg til innstillingen med et tillegg om rapportering innen utgangen av året.`,
      });
    const meetingId = seated.meeting.id;
    const once = async (n: number) => {
      const load = await timed(() =>
        Promise.all([
          loadMinutes(db, { meetingId, audience: "members" }),
          loadMinutes(db, { meetingId, audience: "public" }),
        ]),
      );
      const [members, open] = load.value;
      const html = await timed(() =>
        [members, open].map((minutes) => renderToString(h(MinutesView, { minutes }))),
      );
      const pdf = await timed(() =>
        Promise.all(
          [members, open].map((minutes) =>
            renderMinutesPdf({
              minutes,
              municipality: "Eksempel kommune",
              version: n + 1,
              kind: "draft",
              reason: null,
              issuedAt: new Date(),
            }),
          ),
        ),
      );
      const presentation = await timed(() =>
        renderPresentation(threePageView({ title: `Referansen nummer ${n}`, version: n + 1 })),
      );
      return { load, html, pdf, presentation, pages: pdf.value[0]?.pageCount ?? 0 };
    };
    await once(0);
    const runs = [];
    for (let n = 1; n <= options.runs; n += 1) runs.push(await once(n));
    const whole = runs.map((run) => run.load.wallMs + run.html.wallMs + run.pdf.wallMs);
    const wholeCpu = runs.map((run) => run.load.cpuMs + run.html.cpuMs + run.pdf.cpuMs);
    const presentationCpu = median(runs.map((run) => run.presentation.cpuMs));
    const result: MinutesBenchResult = {
      items: ITEMS,
      pages: runs[0]?.pages ?? 0,
      runs: options.runs,
      loadMs: round(median(runs.map((run) => run.load.wallMs))),
      htmlMs: round(median(runs.map((run) => run.html.wallMs))),
      pdfMs: round(median(runs.map((run) => run.pdf.wallMs))),
      wholeMs: round(median(whole)),
      wholeCpuMs: round(median(wholeCpu)),
      presentationCpuMs: round(presentationCpu),
      cpuRatioToPresentation: round(median(wholeCpu) / (presentationCpu || 1)),
    };
    options.log(
      `Minutes of ${result.items} items (${result.pages} pages): ${result.wholeMs} ms, CPU ${result.wholeCpuMs} ms, ${result.cpuRatioToPresentation}× a presentation PDF.`,
    );
    return result;
  } finally {
    await handle.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
