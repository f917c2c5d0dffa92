import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Document, Packer, PageBreak, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

/** Test files made in the test, so no binary fixture is committed. */

function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((folder) => folder && fs.existsSync(path.join(folder, command)));
}

/**
 * `npm test` must pass on a machine with only Node, so tests that need LibreOffice or qpdf skip
 * when it is missing, saying so; with FULL_SUITE=1 (CI) they run and fail instead.
 */
export function skipWithout(command: string, install: string): boolean {
  if (onPath(command) || process.env.FULL_SUITE === "1") return false;
  console.warn(
    `Skipped: no ${command} on PATH (apt-get install ${install}). With FULL_SUITE=1 this is a failure.`,
  );
  return true;
}

/** A PDF with one line of text per page. */
export async function makePdf(lines: readonly string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of lines) pdf.addPage().drawText(line, { x: 50, y: 700, font, size: 12 });
  return Buffer.from(await pdf.save());
}

/** The PDF encrypted by qpdf, with an owner password only: it opens, but is encrypted. */
export function encryptPdf(bytes: Buffer): Buffer {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-qpdf-"));
  try {
    fs.writeFileSync(path.join(folder, "in.pdf"), bytes);
    execFileSync("qpdf", ["--encrypt", "", "eier", "256", "--", "in.pdf", "out.pdf"], {
      cwd: folder,
    });
    return fs.readFileSync(path.join(folder, "out.pdf"));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** A Word document with the paragraphs, each page after the first begun with a page break. */
export async function makeDocx(pages: readonly string[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: pages.flatMap((text, index) => [
          ...(index > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
          new Paragraph(text),
        ]),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

export interface UploadPart {
  name: string;
  value?: string;
  file?: { name: string; bytes: Buffer; type?: string };
}

/**
 * A multipart/form-data body written by hand, so a test can send exactly what a browser (or
 * someone who is not one) sends: fields in order, a file name with any bytes in it.
 */
export function multipartBody(parts: readonly UploadPart[]): {
  payload: Buffer;
  contentType: string;
} {
  const boundary = `----folkestyre${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.file
      ? `form-data; name="${part.name}"; filename="${part.file.name.replace(/"/g, "%22")}"`
      : `form-data; name="${part.name}"`;
    const type = part.file
      ? `\r\nContent-Type: ${part.file.type ?? "application/octet-stream"}`
      : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
    chunks.push(part.file ? part.file.bytes : Buffer.from(part.value ?? ""));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
