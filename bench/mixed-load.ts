import type { RunningApp } from "./app-process.ts";
import { type EditKind, Editor, type EditorAccount, type EditStats } from "./editor.ts";
import type { LoadResult, LoadSettings, LoadTool } from "./load.ts";

/** What a signed-in editor does while the readers read. */
type Edits = "none" | EditKind;

export interface MixedCell {
  edits: Edits;
  readers: LoadResult;
  /** Readers' requests/s divided by those of the runs without edits. */
  ratioToNoEdits: number;
  editor: EditStats | null;
  /** Change events the app heard during the cell, by visibility. */
  events: { public: number; internal: number };
}

export interface MixedResult {
  page: string;
  intervalMs: number;
  cells: MixedCell[];
}

/**
 * Readers on a cached public page (wrk, as for the pages) while a signed-in editor saves every
 * `intervalMs`: nothing, a draft case (internal changes, which must leave the cached pages
 * alone) or a body (public changes, each dropping every cached page). The runs without edits
 * come first and last, and their mean is the reference, so a drift of the machine during the
 * step shows as a difference between the two.
 */
export async function measureMixedLoad(options: {
  app: RunningApp;
  account: EditorAccount;
  tool: LoadTool;
  settings: LoadSettings;
  warmup: number;
  page: string;
  intervalMs: number;
  log: (message: string) => void;
}): Promise<MixedResult> {
  const { app, account, tool, settings, page, intervalMs, log } = options;
  const url = `${app.baseUrl}${page}`;
  const order: Edits[] = ["none", "draft", "public", "none"];
  const measured: Array<Omit<MixedCell, "ratioToNoEdits">> = [];
  for (const edits of order) {
    const editor = edits === "none" ? null : await Editor.open(app.baseUrl, account, edits);
    const loop = editor?.run(intervalMs) ?? null;
    if (options.warmup > 0) await tool.measure(url, { ...settings, duration: options.warmup });
    await app.changes();
    const readers = await tool.measure(url, settings);
    const heard = await app.changes();
    const stats = loop ? await loop.stop() : null;
    const events = {
      public: heard.filter((change) => change.public).length,
      internal: heard.filter((change) => !change.public).length,
    };
    log(
      `  readers with ${edits === "none" ? "no edits" : `${edits} edits`}: ` +
        `${readers.requestsPerSecond.toFixed(0)} req/s, p99 ${readers.p99Ms.toFixed(2)} ms` +
        (stats ? `; ${stats.saves} saves (${stats.failures} failed), ` : "; ") +
        `${events.public} public and ${events.internal} internal changes`,
    );
    measured.push({ edits, readers, editor: stats, events });
  }
  const reference = measured.filter((cell) => cell.edits === "none");
  const referenceRate =
    reference.reduce((sum, cell) => sum + cell.readers.requestsPerSecond, 0) / reference.length;
  return {
    page,
    intervalMs,
    cells: measured.map((cell) => ({
      ...cell,
      ratioToNoEdits: Number((cell.readers.requestsPerSecond / referenceRate).toFixed(3)),
    })),
  };
}
