/**
 * Runs in a worker thread (see pdf-tools.ts): parsing a PDF, pulling its text or drawing an
 * image onto a page is synchronous work that can take seconds on a large file, and on the main
 * thread it would stall every request meanwhile. Only erasable TypeScript here: Node loads this
 * file itself, by stripping the types.
 */
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { PDFDocument } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import type { PdfTask, PdfTaskResult } from "./pdf-task.ts";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 36;

async function bytesOf(task: PdfTask): Promise<Uint8Array> {
  return task.source.kind === "file"
    ? new Uint8Array(await readFile(task.source.path))
    : task.source.bytes;
}

// pdf.js would print each repair it makes to the console; a refusal says enough.
const QUIET = { verbosity: 0 };

/**
 * A PDF ends with "%%EOF" within its last kilobyte (readers allow trailing bytes); a file cut
 * off in transfer does not, even where pdf.js could piece its pages together. An encrypted PDF
 * that opens without a password still has permissions; an open one has none.
 */
async function inspect(bytes: Uint8Array): Promise<PdfTaskResult> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  if (!tail.includes("%%EOF")) return { kind: "refused", problem: "corrupt" };
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    document = await getDocumentProxy(bytes, QUIET);
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    return { kind: "refused", problem: name === "PasswordException" ? "encrypted" : "corrupt" };
  }
  try {
    if ((await document.getPermissions()) !== null)
      return { kind: "refused", problem: "encrypted" };
    if (document.numPages < 1) return { kind: "refused", problem: "corrupt" };
    for (let page = 1; page <= document.numPages; page++) await document.getPage(page);
    return { kind: "inspected", pageCount: document.numPages };
  } catch {
    return { kind: "refused", problem: "corrupt" };
  } finally {
    await document.destroy();
  }
}

async function text(bytes: Uint8Array): Promise<PdfTaskResult> {
  const document = await getDocumentProxy(bytes, QUIET);
  try {
    const { totalPages, text: pages } = await extractText(document, { mergePages: false });
    return { kind: "text", pageCount: totalPages, pages };
  } finally {
    await document.destroy();
  }
}

/** One image on an A4 page, scaled down to fit inside the margins and never up. */
async function imageToPdf(bytes: Uint8Array, format: "png" | "jpeg"): Promise<PdfTaskResult> {
  const pdf = await PDFDocument.create();
  const image = format === "png" ? await pdf.embedPng(bytes) : await pdf.embedJpg(bytes);
  const landscape = image.width > image.height;
  const size = landscape ? { width: A4.height, height: A4.width } : A4;
  const scale = Math.min(
    1,
    (size.width - 2 * MARGIN) / image.width,
    (size.height - 2 * MARGIN) / image.height,
  );
  const width = image.width * scale;
  const height = image.height * scale;
  const page = pdf.addPage([size.width, size.height]);
  page.drawImage(image, {
    x: (size.width - width) / 2,
    y: (size.height - height) / 2,
    width,
    height,
  });
  return { kind: "pdf", bytes: await pdf.save() };
}

async function run(task: PdfTask): Promise<PdfTaskResult> {
  const bytes = await bytesOf(task);
  switch (task.action) {
    case "inspect":
      return inspect(bytes);
    case "text":
      return text(bytes);
    case "image":
      return imageToPdf(bytes, task.format);
  }
}

run(workerData as PdfTask).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) =>
    parentPort?.postMessage({
      kind: "failed",
      message: error instanceof Error ? error.message : String(error),
    } satisfies PdfTaskResult),
);
