import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The command-line tools the PDF tests open files with: poppler-utils and qpdf. */
const TOOLS = ["pdfinfo", "pdffonts", "pdftotext", "qpdf"] as const;
type Tool = (typeof TOOLS)[number];

function installed(tool: Tool): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const missing = TOOLS.filter((tool) => !installed(tool));

/**
 * Whether to skip a suite that checks PDFs with the tools; the suite runs when all are there.
 * With FULL_SUITE=1, as in CI, a missing tool fails the suite instead.
 */
export function skipPdfToolSuite(suite: string): boolean {
  if (missing.length === 0 || process.env.FULL_SUITE === "1") return false;
  console.warn(
    `${suite}: skipped, ${missing.join(", ")} missing (apt-get install poppler-utils qpdf). ` +
      "With FULL_SUITE=1 this is a failure.",
  );
  return true;
}

export interface PdfToolOutput {
  /** The exit status; qpdf --check answers 0 for a clean file, 3 for warnings. */
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs one tool on the bytes, written to a temporary file the tool can open. */
export async function pdfTool(
  tool: Tool,
  args: readonly string[],
  pdf: Uint8Array,
): Promise<PdfToolOutput> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "folkestyre-pdf-"));
  const file = path.join(folder, "document.pdf");
  try {
    await fs.writeFile(file, pdf);
    const { stdout, stderr } = await run(tool, [
      ...args,
      file,
      ...(tool === "pdftotext" ? ["-"] : []),
    ]);
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof failed.code !== "number") throw error;
    return { status: failed.code, stdout: String(failed.stdout), stderr: String(failed.stderr) };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
