/**
 * Many viewers of a meeting's live page in one process of their own:
 * `node --import tsx bench/live-viewers.ts <baseUrl> <meetingId> <viewers> <marker>`, forked by
 * bench/votes.ts. Each viewer does what src/web/static/live.js does in a browser: it holds a
 * stream on /hendelser, and on a change to its meeting (or to an agenda item) fetches the live
 * page again, revalidating by the ETag it holds (the browser's `cache: "no-cache"`), one fetch
 * at a time with one more queued when changes come during it. Tells its parent {ready} once
 * every stream is open, and answers "report" with, per event id, how many viewers heard it and
 * when the last did, and for each number n of times the marker (a vote's result) shows on the
 * page, how many viewers came to hold a page showing it at least n times and when the last of
 * them first did, on the clock all processes of the machine share. Counting results rather than
 * comparing bytes keeps a later render of the same results from passing for another page.
 */
import http from "node:http";

const [baseUrl, meetingArgument, countArgument, marker] = process.argv.slice(2);
const meetingId = Number(meetingArgument);
const count = Number(countArgument);
if (!baseUrl || !marker || !Number.isInteger(meetingId) || !Number.isInteger(count) || count < 1)
  throw new Error("Usage: live-viewers.ts <baseUrl> <meetingId> <viewers> <marker>");
const pagePath = `/moter/${meetingId}/direkte`;
const resultMarker: string = marker;

/** Streams opened at once; the rest wait, so the app's listen queue is not flooded. */
const BATCH = 200;

interface Receipt {
  heard: number;
  lastHeardAt: number;
}

const receipts = new Map<number, Receipt>();
const streams: http.ClientRequest[] = [];
let failures = 0;
let fetchFailures = 0;

const now = (): number => performance.timeOrigin + performance.now();

function receipt(id: number): Receipt {
  let found = receipts.get(id);
  if (!found) {
    found = { heard: 0, lastHeardAt: 0 };
    receipts.set(id, found);
  }
  return found;
}

/** One viewer: its own connection for the page, as a browser tab keeps one. */
class Viewer {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private etag: string | null = null;
  private shown = 0;
  /** When this viewer first held a page showing the marker n times, by n. */
  readonly held = new Map<number, number>();
  private fetching = false;
  /** A change was heard while a fetch was running: one more fetch follows it. */
  private queued = false;

  changed(): void {
    if (this.fetching) {
      this.queued = true;
      return;
    }
    void this.fetch();
  }

  private async fetch(): Promise<void> {
    this.fetching = true;
    try {
      await new Promise<void>((resolve) => {
        const headers: Record<string, string> = {
          accept: "text/html",
          "cache-control": "no-cache",
        };
        if (this.etag) headers["if-none-match"] = this.etag;
        const request = http.get(`${baseUrl}${pagePath}`, { agent: this.agent, headers });
        request.on("response", (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            if (response.statusCode === 200) {
              this.shown = Buffer.concat(chunks).toString("utf8").split(resultMarker).length - 1;
              const etag = response.headers.etag;
              this.etag = typeof etag === "string" ? etag : null;
            } else if (response.statusCode !== 304) fetchFailures++;
            if (!this.held.has(this.shown)) this.held.set(this.shown, now());
            resolve();
          });
        });
        request.on("error", () => {
          fetchFailures++;
          resolve();
        });
      });
    } finally {
      this.fetching = false;
      if (this.queued) {
        this.queued = false;
        void this.fetch();
      }
    }
  }

  /** Opens the viewer's stream; resolves when its headers have come (or it failed). */
  open(): Promise<void> {
    return new Promise((resolve) => {
      const request = http.get(`${baseUrl}/hendelser`, {
        agent: false,
        headers: { accept: "text/event-stream" },
      });
      streams.push(request);
      request.on("response", (response) => {
        if (response.statusCode !== 200) {
          failures++;
          response.resume();
          resolve();
          return;
        }
        response.setEncoding("utf8");
        let buffered = "";
        response.on("data", (chunk: string) => {
          const at = now();
          buffered += chunk;
          const blocks = buffered.split("\n\n");
          buffered = blocks.pop() ?? "";
          for (const block of blocks) this.heard(block, at);
        });
        resolve();
      });
      request.on("error", () => {
        failures++;
        resolve();
      });
    });
  }

  private heard(block: string, at: number): void {
    const id = /^id: ?(\d+)$/m.exec(block)?.[1];
    const data = /^data: ?(.*)$/m.exec(block)?.[1];
    if (id === undefined || data === undefined) return;
    const eventId = Number(id);
    const entry = receipt(eventId);
    entry.heard++;
    entry.lastHeardAt = Math.max(entry.lastHeardAt, at);
    const change = JSON.parse(data) as { entityType?: string; entityId?: string | number };
    if (
      (change.entityType === "meeting" && String(change.entityId) === String(meetingId)) ||
      change.entityType === "agenda_item"
    )
      this.changed();
  }
}

const viewers = Array.from({ length: count }, () => new Viewer());
for (let opened = 0; opened < count; opened += BATCH)
  await Promise.all(viewers.slice(opened, opened + BATCH).map((viewer) => viewer.open()));
process.send?.({ ready: { open: count - failures, failures } });

process.on("message", (message: unknown) => {
  if (message !== "report") return;
  const most = Math.max(0, ...viewers.flatMap((viewer) => [...viewer.held.keys()]));
  const pages: Array<{ shown: number; viewers: number; lastAt: number }> = [];
  for (let shown = 1; shown <= most; shown++) {
    let reached = 0;
    let lastAt = 0;
    for (const viewer of viewers) {
      const times = [...viewer.held].filter(([n]) => n >= shown).map(([, at]) => at);
      if (times.length === 0) continue;
      reached++;
      lastAt = Math.max(lastAt, Math.min(...times));
    }
    pages.push({ shown, viewers: reached, lastAt });
  }
  process.send?.({
    report: {
      fetchFailures,
      events: [...receipts].map(([id, entry]) => ({ id, ...entry })),
      pages,
    },
  });
});
process.once("SIGTERM", () => {
  for (const stream of streams) stream.destroy();
  process.exit(0);
});
