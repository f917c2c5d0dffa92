import { execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";

const execFileAsync = promisify(execFile);

/** A hundred scanned pages convert in seconds; two minutes means Ghostscript is stuck. */
const TIMEOUT_MS = 120_000;

export interface ArchiveCopyOptions {
  /** Ghostscript's command (`gs`), found on PATH or given in full (GHOSTSCRIPT). */
  ghostscript?: string;
  timeoutMs?: number;
}

/** An archive copy that could not be made; the message is Norwegian, for the jobs page. */
export class ArchiveCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArchiveCopyError";
  }
}

/**
 * The PDF/A part the file says it conforms to, from its XMP metadata (pdfaid:part, written as
 * an element by Typst and as an attribute by Ghostscript), or null when it claims none.
 */
export async function pdfaPart(pdf: Uint8Array): Promise<number | null> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return null;
  }
  const metadata = document.catalog.lookup(PDFName.of("Metadata"));
  if (!(metadata instanceof PDFRawStream)) return null;
  const xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
  const part = /pdfaid:part(?:>\s*|\s*=\s*["'])(\d)/.exec(xmp)?.[1];
  return part ? Number(part) : null;
}

/**
 * The ICC profile the output intent embeds: Ghostscript's own sRGB profile, in the
 * `iccprofiles` folder beside the library folders its search path lists.
 */
async function srgbProfile(ghostscript: string): Promise<string> {
  const { stdout } = await execFileAsync(ghostscript, ["-h"]);
  const searchPath = stdout.slice(stdout.indexOf("Search path:")).split(/\s:\s|\n/);
  for (const entry of searchPath) {
    const folder = entry.replace("Search path:", "").trim();
    if (!folder.startsWith("/")) continue;
    for (const candidate of [
      path.join(folder, "..", "iccprofiles", "srgb.icc"),
      path.join(folder, "..", "..", "iccprofiles", "srgb.icc"),
    ]) {
      if (
        await fs
          .access(candidate)
          .then(() => true)
          .catch(() => false)
      )
        return path.resolve(candidate);
    }
  }
  throw new ArchiveCopyError(
    "Ghostscript ble funnet, men ikke fargeprofilen srgb.icc som PDF/A-kopien trenger.",
  );
}

const postScriptString = (text: string): string => `(${text.replace(/[\\()]/g, "\\$&")})`;

/**
 * The PostScript Ghostscript reads before the PDF: an sRGB output intent (PDF/A requires one
 * for device colours), made with pdfmark as Ghostscript's documentation for PDF/A describes.
 */
function outputIntent(profile: string): string {
  return [
    `/ICCProfile ${postScriptString(profile)} def`,
    "[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark",
    "[{icc_PDFA} << /N 3 >> /PUT pdfmark",
    "[{icc_PDFA} ICCProfile (r) file /PUT pdfmark",
    "[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark",
    "[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA}" +
      " /OutputConditionIdentifier (sRGB) >> /PUT pdfmark",
    "[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark",
    "",
  ].join("\n");
}

type GhostscriptRun =
  | { kind: "exited"; code: number | null; output: string }
  | { kind: "missing" }
  | { kind: "timeout" };

function runGhostscript(command: string, args: string[], timeoutMs: number) {
  return new Promise<GhostscriptRun>((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = `${output}${chunk.toString("utf8")}`.slice(-4000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(
        error.code === "ENOENT"
          ? { kind: "missing" }
          : { kind: "exited", code: null, output: error.message },
      );
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve(timedOut ? { kind: "timeout" } : { kind: "exited", code, output: output.trim() });
    });
  });
}

/**
 * A PDF/A copy of the file for the archive (Noark 5 asks for PDF/A): a file that already says it
 * is PDF/A-1 or PDF/A-2, as every PDF Typst makes here does, is returned as it is; any other is
 * converted by Ghostscript to PDF/A-2b (fonts embedded, an sRGB output intent, colours converted
 * to RGB; PDFACompatibilityPolicy=1 drops what PDF/A forbids, such as JavaScript, rather than
 * giving up). PDF/A-3 is converted too, since it may carry any file embedded.
 */
export async function archiveCopy(
  pdf: Uint8Array,
  options: ArchiveCopyOptions = {},
): Promise<Uint8Array> {
  const part = await pdfaPart(pdf);
  if (part === 1 || part === 2) return pdf;
  const ghostscript = options.ghostscript ?? "gs";
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-pdfa-"));
  try {
    const profile = await srgbProfile(ghostscript).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT")
        throw new ArchiveCopyError(
          `Ghostscript (${ghostscript}) er ikke installert, så arkivkopien i PDF/A kan ikke lages. ` +
            "Installer pakken ghostscript, eller sett GHOSTSCRIPT til kommandoen.",
        );
      throw error;
    });
    const input = path.join(folder, "in.pdf");
    const output = path.join(folder, "out.pdf");
    const prefix = path.join(folder, "pdfa.ps");
    await fs.writeFile(input, pdf);
    await fs.writeFile(prefix, outputIntent(profile));
    const run = await runGhostscript(
      ghostscript,
      [
        "-q",
        "-dBATCH",
        "-dNOPAUSE",
        "-dSAFER",
        `--permit-file-read=${profile}`,
        "-sDEVICE=pdfwrite",
        "-dPDFA=2",
        "-dPDFACompatibilityPolicy=1",
        "-sColorConversionStrategy=RGB",
        `-sOutputFile=${output}`,
        prefix,
        input,
      ],
      options.timeoutMs ?? TIMEOUT_MS,
    );
    if (run.kind === "missing")
      throw new ArchiveCopyError(`Ghostscript (${ghostscript}) er ikke installert.`);
    if (run.kind === "timeout")
      throw new ArchiveCopyError("Ghostscript brukte for lang tid på arkivkopien og ble stoppet.");
    const copy = await fs.readFile(output).catch(() => null);
    if (run.code !== 0 || !copy || copy.length === 0)
      throw new ArchiveCopyError(
        `Ghostscript kunne ikke lage en PDF/A-kopi (kode ${run.code}). ${run.output}`.trim(),
      );
    if ((await pdfaPart(copy)) !== 2)
      throw new ArchiveCopyError("Ghostscript laget en kopi uten PDF/A-merking.");
    return new Uint8Array(copy);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
