/**
 * Many Server-Sent Events clients in one process of their own, so they do not share the app's
 * event loop or the bench's: `node --import tsx bench/sse-clients.ts <url> <clients>`, forked
 * by bench/sse-fanout.ts. Tells its parent {ready} once every stream is open, and answers the
 * "report" message with, per event id, how many clients got it and when the last one did, on
 * the clock all processes of the machine share (performance.timeOrigin + performance.now()).
 */
import http from "node:http";

const [url, countArgument] = process.argv.slice(2);
const count = Number(countArgument);
if (!url || !Number.isInteger(count) || count < 1)
  throw new Error("Usage: sse-clients.ts <url> <clients>");

/** Streams opened at once; the rest wait, so the app's listen queue is not flooded. */
const BATCH = 200;

interface Receipt {
  clients: number;
  firstAt: number;
  lastAt: number;
}

const receipts = new Map<number, Receipt>();
const streams: http.ClientRequest[] = [];
let failures = 0;

function heard(id: number, at: number): void {
  const receipt = receipts.get(id);
  if (!receipt) receipts.set(id, { clients: 1, firstAt: at, lastAt: at });
  else {
    receipt.clients++;
    receipt.lastAt = Math.max(receipt.lastAt, at);
    receipt.firstAt = Math.min(receipt.firstAt, at);
  }
}

/** Opens one stream; resolves when its headers have come (or it failed). */
function open(): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(url as string, {
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
        const at = performance.timeOrigin + performance.now();
        buffered += chunk;
        const blocks = buffered.split("\n\n");
        buffered = blocks.pop() ?? "";
        for (const block of blocks) {
          const id = /^id: ?(\d+)$/m.exec(block)?.[1];
          if (id !== undefined) heard(Number(id), at);
        }
      });
      resolve();
    });
    request.on("error", () => {
      failures++;
      resolve();
    });
  });
}

for (let opened = 0; opened < count; opened += BATCH)
  await Promise.all(Array.from({ length: Math.min(BATCH, count - opened) }, open));
process.send?.({ ready: { open: count - failures, failures } });

process.on("message", (message: unknown) => {
  if (message !== "report") return;
  process.send?.({
    report: [...receipts].map(([id, receipt]) => ({ id, ...receipt })),
  });
});
process.once("SIGTERM", () => {
  for (const stream of streams) stream.destroy();
  process.exit(0);
});
