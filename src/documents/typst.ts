import os from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderAnswer, RenderRequest } from "./typst-worker.ts";

export { PDF_STANDARD, TEMPLATE_DIR } from "./typst-render.ts";

/** A template that did not compile; the message lists Typst's diagnostics. */
export class TypstError extends Error {
  constructor(
    readonly template: string,
    readonly diagnostics: readonly string[],
  ) {
    super(`Typst could not render ${template}:\n${diagnostics.join("\n")}`);
    this.name = "TypstError";
  }
}

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
}

/**
 * Renderer threads, one per core up to four: a render is synchronous and holds its thread for
 * the milliseconds it lasts (tens for a presentation, hundreds for long minutes), so on the main
 * thread it stalled every page request meanwhile, and the forty presentations of a meeting were
 * made one after the other whatever the number of cores (docs/performance.md).
 */
const THREADS = Math.max(1, Math.min(os.availableParallelism(), 4));

interface Pending {
  request: RenderRequest;
  resolve(rendered: RenderedPdf): void;
  reject(error: Error): void;
}

interface Renderer {
  worker: Worker;
  /** The render this thread is doing, if any. */
  busy: Pending | null;
}

const renderers: Renderer[] = [];
const queue: Pending[] = [];
let nextId = 1;

function settle(pending: Pending, answer: RenderAnswer): void {
  if (answer.ok) {
    const { pdf } = answer;
    pending.resolve({
      pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength),
      pageCount: answer.pageCount,
    });
  } else if ("diagnostics" in answer) {
    pending.reject(new TypstError(pending.request.template, answer.diagnostics));
  } else {
    pending.reject(
      new Error(`Typst could not render ${pending.request.template}: ${answer.failure}`),
    );
  }
}

/** Gives the next queued render to the thread, or lets the process exit while it idles. */
function dispatch(renderer: Renderer): void {
  const next = queue.shift();
  renderer.busy = next ?? null;
  if (!next) {
    renderer.worker.unref();
    return;
  }
  renderer.worker.ref();
  renderer.worker.postMessage(next.request);
}

/**
 * A thread that stops (a crash in the compiler) fails the render it was doing and is replaced,
 * so the next render gets a working compiler.
 */
function startRenderer(): Renderer {
  const worker = new Worker(new URL("./typst-worker.ts", import.meta.url));
  const renderer: Renderer = { worker, busy: null };
  worker.unref();
  worker.on("message", (answer: RenderAnswer) => {
    const pending = renderer.busy;
    if (pending && pending.request.id === answer.id) settle(pending, answer);
    dispatch(renderer);
  });
  const replace = (error: Error) => {
    const index = renderers.indexOf(renderer);
    if (index < 0) return;
    renderers.splice(index, 1);
    renderer.busy?.reject(error);
    renderer.busy = null;
    if (queue.length > 0) dispatch(startRenderer());
  };
  worker.on("error", replace);
  worker.on("exit", (code) => replace(new Error(`The Typst renderer thread stopped (${code})`)));
  renderers.push(renderer);
  return renderer;
}

/**
 * Renders a template from TEMPLATE_DIR to a PDF/A-2a file, in one of the renderer threads. The
 * data reaches the template as JSON in `sys.inputs.data`, so no value is ever spliced into
 * Typst source; text meant as Typst markup (escaped first) is evaluated by the template. The
 * document's title, author, language and date are the template's to set from the data, so a
 * template gives the same bytes for the same data. A warning fails the render like an error
 * (TypstError): the templates are ours, and a warning means a missing font or text that did
 * not come out as written.
 */
export function renderPdf(template: string, data: unknown): Promise<RenderedPdf> {
  return new Promise((resolve, reject) => {
    queue.push({
      request: { id: nextId++, template, json: JSON.stringify(data) },
      resolve,
      reject,
    });
    const idle = renderers.find((renderer) => renderer.busy === null);
    if (idle) dispatch(idle);
    else if (renderers.length < THREADS) dispatch(startRenderer());
  });
}
