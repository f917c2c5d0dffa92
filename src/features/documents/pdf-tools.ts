import { Worker } from "node:worker_threads";
import type { PdfProblem, PdfSource, PdfTask, PdfTaskResult } from "./pdf-task.ts";

export type { PdfProblem, PdfSource };

/** A PDF that takes longer than this to read is not one the workspace can use. */
const TIMEOUT_MS = 120_000;

/**
 * Runs one task in a worker thread of its own, ended afterwards. Starting a thread costs some
 * tens of milliseconds, little beside parsing a PDF, and a thread per task keeps a crash or a
 * runaway file from touching the next one.
 */
function runTask(task: PdfTask): Promise<PdfTaskResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./pdf-worker.ts", import.meta.url), { workerData: task });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error("Lesingen av PDF-filen tok for lang tid."));
    }, TIMEOUT_MS);
    worker.once("message", (result: PdfTaskResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`PDF-arbeideren stoppet (kode ${code}).`));
    });
  });
}

function unexpected(result: PdfTaskResult): Error {
  return new Error(result.kind === "failed" ? result.message : `Uventet svar: ${result.kind}`);
}

/** Opens the PDF and each of its pages: its page count, or why it cannot be used. */
export async function inspectPdf(
  source: PdfSource,
): Promise<{ ok: true; pageCount: number } | { ok: false; problem: PdfProblem }> {
  const result = await runTask({ action: "inspect", source });
  if (result.kind === "inspected") return { ok: true, pageCount: result.pageCount };
  if (result.kind === "refused") return { ok: false, problem: result.problem };
  throw unexpected(result);
}

/** The text of each page, for search; a scanned page without a text layer gives "". */
export async function extractPdfText(
  bytes: Uint8Array,
): Promise<{ pageCount: number; pages: string[] }> {
  const result = await runTask({ action: "text", source: { kind: "bytes", bytes } });
  if (result.kind === "text") return { pageCount: result.pageCount, pages: result.pages };
  throw unexpected(result);
}

/** A PNG or JPEG image as a one-page PDF, so every attachment can be shown and merged as PDF. */
export async function imageToPdf(bytes: Uint8Array, format: "png" | "jpeg"): Promise<Uint8Array> {
  const result = await runTask({ action: "image", source: { kind: "bytes", bytes }, format });
  if (result.kind === "pdf") return result.bytes;
  throw unexpected(result);
}

/** What a user is told about a PDF that is refused. */
export const PDF_PROBLEM_MESSAGES: Record<PdfProblem, string> = {
  encrypted:
    "PDF-filen er kryptert eller passordbeskyttet. Lagre den uten passord og begrensninger, og last den opp igjen.",
  corrupt:
    "PDF-filen er skadet eller ufullstendig og kan ikke leses. Lag eller last ned filen på nytt, og last den opp igjen.",
};
