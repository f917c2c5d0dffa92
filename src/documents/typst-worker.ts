/**
 * One renderer thread of the Typst pool (src/documents/typst.ts): it holds a compiler of its
 * own and answers each render request with the file or Typst's diagnostics.
 */
import { parentPort } from "node:worker_threads";
import { type RenderOutcome, renderInThisThread } from "./typst-render.ts";

export interface RenderRequest {
  id: number;
  template: string;
  json: string;
}

export type RenderAnswer = { id: number } & (RenderOutcome | { ok: false; failure: string });

const port = parentPort;
if (!port) throw new Error("typst-worker.ts runs only as a worker thread");

port.on("message", ({ id, template, json }: RenderRequest) => {
  let answer: RenderAnswer;
  try {
    answer = { id, ...renderInThisThread(template, json) };
  } catch (error) {
    answer = { id, ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
