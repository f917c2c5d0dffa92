import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** A ten-page report converts in a few seconds; a minute means LibreOffice is stuck. */
const TIMEOUT_MS = 60_000;

/** The settings from the configuration, with the scratch folder in the data folder. */
export function officeConversionSettings(config: {
  soffice: string;
  ghostscript: string;
  dataDir: string;
}): OfficeConversionSettings {
  return {
    soffice: config.soffice,
    ghostscript: config.ghostscript,
    scratchDir: path.join(config.dataDir, "conversions"),
    timeoutMs: TIMEOUT_MS,
  };
}

export interface OfficeConversionSettings {
  /** LibreOffice's command (`soffice`), found on PATH or given in full. */
  soffice: string;
  /** Ghostscript's command (`gs`), which makes archive copies in PDF/A (archiveCopy). */
  ghostscript: string;
  /** Where each run gets its own folder: the input, the output and a LibreOffice profile. */
  scratchDir: string;
  timeoutMs: number;
}

export type OfficeConversion =
  | { kind: "converted"; pdf: Buffer }
  | { kind: "failed"; error: string }
  /** LibreOffice is not installed here: the original is kept and waits. */
  | { kind: "unavailable" };

const MAX_OUTPUT = 4000;

/**
 * Converts a Word or OpenDocument file to PDF with LibreOffice headless. Each run has a profile
 * folder of its own (-env:UserInstallation): runs that share one wait for each other's lock or
 * fail, and a profile left broken by a killed run would break the next. LibreOffice starts a
 * child of its own, so it runs as a process group, and a run over the time limit is killed
 * with all of it.
 */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  extension: string,
  settings: OfficeConversionSettings,
): Promise<OfficeConversion> {
  await fs.mkdir(settings.scratchDir, { recursive: true });
  const folder = await fs.mkdtemp(path.join(settings.scratchDir, "convert-"));
  try {
    const input = path.join(folder, `dokument${extension}`);
    const outDir = path.join(folder, "out");
    await fs.writeFile(input, bytes);
    const run = await runSoffice(
      settings.soffice,
      [
        "--headless",
        "--norestore",
        "--nolockcheck",
        `-env:UserInstallation=${pathToFileURL(path.join(folder, "profile")).href}`,
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        input,
      ],
      settings.timeoutMs,
    );
    if (run.kind === "missing") return { kind: "unavailable" };
    if (run.kind === "timeout")
      return {
        kind: "failed",
        error: `Konverteringen tok mer enn ${Math.round(settings.timeoutMs / 1000)} sekunder og ble stoppet.`,
      };
    const pdf = await fs.readFile(path.join(outDir, "dokument.pdf")).catch(() => null);
    if (run.code !== 0 || !pdf || pdf.length === 0)
      return {
        kind: "failed",
        error: `LibreOffice kunne ikke lage PDF av filen (kode ${run.code}). ${run.output}`.trim(),
      };
    return { kind: "converted", pdf };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

type SofficeRun =
  | { kind: "exited"; code: number | null; output: string }
  | { kind: "missing" }
  | { kind: "timeout" };

function runSoffice(command: string, args: string[], timeoutMs: number): Promise<SofficeRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = `${output}${chunk.toString("utf8")}`.slice(-MAX_OUTPUT);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
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
