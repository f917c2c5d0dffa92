import { createCipheriv } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Document, HeadingLevel, Packer, PageBreak, Paragraph } from "docx";
import { convertWithLibreOffice } from "../src/features/documents/office-conversion.ts";
import { extractPdfText, inspectPdf } from "../src/features/documents/pdf-tools.ts";
import type { RunningApp } from "./app-process.ts";
import type { EditorAccount } from "./editor.ts";
import { formFields } from "./form-fields.ts";
import type { LoadResult, LoadSettings, LoadTool } from "./load.ts";

/** A report of ten pages as a case officer writes one: a heading and running text on each. */
async function tenPageWordFile(): Promise<Buffer> {
  const sentence =
    "Kommunedirektøren viser til saksutredningen og de innkomne merknadene, og anbefaler at planforslaget vedtas med de endringene som går fram av vurderingen. ";
  const document = new Document({
    sections: [
      {
        children: Array.from({ length: 10 }, (_, page) => [
          ...(page > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
          new Paragraph({ text: `Kapittel ${page + 1}`, heading: HeadingLevel.HEADING_1 }),
          ...Array.from({ length: 6 }, () => new Paragraph(sentence.repeat(4))),
        ]).flat(),
      },
    ],
  });
  return Packer.toBuffer(document);
}

export interface ConversionResult {
  /** Milliseconds per run; the first includes LibreOffice's start with a fresh profile, as every run does. */
  runsMs: number[];
  pages: number;
  extractTextMs: number;
}

/** Converts a ten-page Word file to PDF with LibreOffice three times, then reads its text. */
export async function measureConversion(options: {
  soffice: string;
  log: (message: string) => void;
}): Promise<ConversionResult | { unavailable: string }> {
  const docx = await tenPageWordFile();
  const scratchDir = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-bench-convert-"));
  try {
    const runsMs: number[] = [];
    let pdf: Buffer | null = null;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const converted = await convertWithLibreOffice(docx, ".docx", {
        soffice: options.soffice,
        ghostscript: "gs",
        scratchDir,
        timeoutMs: 120_000,
      });
      if (converted.kind === "unavailable")
        return {
          unavailable: `${options.soffice} not found (apt-get install libreoffice-writer-nogui)`,
        };
      if (converted.kind === "failed") throw new Error(converted.error);
      runsMs.push(Math.round(performance.now() - started));
      pdf = converted.pdf;
      options.log(`  conversion ${run + 1}: ${runsMs.at(-1)} ms`);
    }
    if (!pdf) throw new Error("No PDF");
    const inspected = await inspectPdf({ kind: "bytes", bytes: pdf });
    if (!inspected.ok) throw new Error(`LibreOffice made an unreadable PDF: ${inspected.problem}`);
    const started = performance.now();
    await extractPdfText(pdf);
    return {
      runsMs,
      pages: inspected.pageCount,
      extractTextMs: Math.round(performance.now() - started),
    };
  } finally {
    await fs.rm(scratchDir, { recursive: true, force: true });
  }
}

/**
 * Bytes that look random and do not compress, the same on every run (AES in counter mode over
 * zeros), so a second bench run uploads a file the draft case already has instead of adding
 * another 20 MB to the data folder.
 */
function noise(bytes: number, seed: number): Buffer {
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(seed, 12);
  return createCipheriv("aes-128-ctr", Buffer.alloc(16, 7), iv).update(Buffer.alloc(bytes));
}

/**
 * A PDF of about `bytes` as a scanner makes one: pages that are each one uncompressed RGB image
 * of noise, which no filter shrinks. Written by hand, with the cross-reference table's offsets
 * counted, so the file is exact and quick to make.
 */
export function scannedPdf(bytes: number): Buffer {
  const side = 1200;
  const imageBytes = side * side * 3;
  const pages = Math.max(1, Math.round(bytes / imageBytes));
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (chunk: Buffer | string) => {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    parts.push(buffer);
    length += buffer.length;
  };
  const object = (id: number, body: string, stream?: Buffer) => {
    offsets[id] = length;
    add(`${id} 0 obj\n${body}\n`);
    if (stream) {
      add("stream\n");
      add(stream);
      add("\nendstream\n");
    }
    add("endobj\n");
  };
  add("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
  const pageIds = Array.from({ length: pages }, (_, n) => 3 + n * 3);
  object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  object(
    2,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`,
  );
  for (const id of pageIds) {
    const draw = Buffer.from("q 595 0 0 595 0 123 cm /Im Do Q", "latin1");
    object(
      id,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`,
    );
    object(id + 1, `<< /Length ${draw.length} >>`, draw);
    object(
      id + 2,
      `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${imageBytes} >>`,
      noise(imageBytes, id),
    );
  }
  const count = 3 + pages * 3;
  const xref = length;
  add(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) add(`${String(offsets[id]).padStart(10, "0")} 00000 n \n`);
  add(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

export interface UploadCell {
  uploads: "none" | "running";
  readers: LoadResult;
  /** Uploads finished during the cell, and the median time of one. */
  uploadsDone: number;
  uploadP50Ms: number | null;
}

export interface UploadResult {
  page: string;
  fileMiB: number;
  /** One upload with no readers, for what an upload costs by itself. */
  aloneMs: number;
  cells: UploadCell[];
}

/**
 * Readers on the public meeting page while the bench's editor uploads a scanned 20 MB PDF to
 * its draft case, one upload after the other, compared with the runs without uploads before
 * and after. The first upload is stored; the others are the same bytes and refused as a
 * duplicate at the very end, after the whole file was streamed to disk, hashed, sniffed and
 * opened page by page: every step but the rename, so the data folder does not fill up.
 */
export async function measureUploads(options: {
  app: RunningApp;
  account: EditorAccount;
  tool: LoadTool;
  settings: LoadSettings;
  warmup: number;
  page: string;
  log: (message: string) => void;
}): Promise<UploadResult> {
  const { app, account, tool, settings, log } = options;
  const action = `/admin/saker/${account.draftCaseId}/dokumenter`;
  const form = await fetch(`${app.baseUrl}${action}`, { headers: { cookie: account.cookie } });
  if (form.status !== 200) throw new Error(`GET ${action} answered ${form.status}`);
  const fields = formFields(await form.text(), action);
  const pdf = scannedPdf(20 * 1024 * 1024);
  const file = new Blob([new Uint8Array(pdf)], { type: "application/pdf" });
  const upload = async (): Promise<number> => {
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...fields, title: "Skannet vedlegg" }))
      body.append(name, value);
    body.append("file", file, "skannet-vedlegg.pdf");
    const response = await fetch(`${app.baseUrl}${action}`, {
      method: "POST",
      headers: { cookie: account.cookie },
      body,
      redirect: "manual",
    });
    await response.arrayBuffer();
    return response.status;
  };
  const alone = performance.now();
  const first = await upload();
  if (first !== 303 && first !== 400) throw new Error(`Upload answered ${first}`);
  const aloneMs = Math.round(performance.now() - alone);
  log(`  one upload with no readers: ${aloneMs} ms`);
  const url = `${app.baseUrl}${options.page}`;
  const cells: UploadCell[] = [];
  for (const uploads of ["none", "running", "none"] as const) {
    let running = uploads === "running";
    const timings: number[] = [];
    const loop = (async () => {
      while (running) {
        const started = performance.now();
        const status = await upload();
        if (status !== 303 && status !== 400) throw new Error(`Upload answered ${status}`);
        timings.push(performance.now() - started);
      }
    })();
    if (options.warmup > 0) await tool.measure(url, { ...settings, duration: options.warmup });
    const done = timings.length;
    const readers = await tool.measure(url, settings);
    running = false;
    await loop;
    const measured = timings.slice(done).sort((a, b) => a - b);
    const cell: UploadCell = {
      uploads,
      readers,
      uploadsDone: measured.length,
      uploadP50Ms:
        measured.length > 0 ? Math.round(measured[Math.floor(measured.length / 2)] ?? 0) : null,
    };
    log(
      `  readers with ${uploads === "none" ? "no uploads" : "uploads running"}: ` +
        `${readers.requestsPerSecond.toFixed(0)} req/s, p99 ${readers.p99Ms.toFixed(2)} ms` +
        (uploads === "running" ? `; ${cell.uploadsDone} uploads, p50 ${cell.uploadP50Ms} ms` : ""),
    );
    cells.push(cell);
  }
  return {
    page: options.page,
    fileMiB: Number((pdf.length / 2 ** 20).toFixed(1)),
    aloneMs,
    cells,
  };
}
