import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NodeCompiler, type NodeError } from "@myriaddreamin/typst-ts-node-compiler";

/** Where the Typst templates live; they may import one another by path from this folder. */
export const TEMPLATE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "templates");

/**
 * The one type family every generated document is set in, shipped as an npm package (SIL Open
 * Font License) so that every machine renders the same glyphs and embeds the same files. The
 * templates name it with `fallback: false`: a glyph it lacks is a warning, which fails the
 * render, rather than a silent switch to whatever font the machine happens to have.
 */
const FONT_FAMILY = "Source Sans 3";
const FONT_FILES = [
  "400Regular/SourceSans3_400Regular.ttf",
  "400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
  "600SemiBold/SourceSans3_600SemiBold.ttf",
  "700Bold/SourceSans3_700Bold.ttf",
  "700Bold_Italic/SourceSans3_700Bold_Italic.ttf",
].map((file) => `@expo-google-fonts/source-sans-3/${file}`);

/** The archival standard of every generated PDF: PDF/A-2a, which also requires tagged PDF. */
export const PDF_STANDARD = "a-2a";

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

let compiler: NodeCompiler | null = null;

/**
 * Created on first use and kept: loading the fonts and the standard library takes far longer
 * than a render, and the compiler's cache makes later renders of the same template quicker.
 */
function typstCompiler(): NodeCompiler {
  if (compiler) return compiler;
  const require = createRequire(import.meta.url);
  const fontBlobs = FONT_FILES.map((file) => fs.readFileSync(require.resolve(file)));
  compiler = NodeCompiler.create({ workspace: TEMPLATE_DIR, fontArgs: [{ fontBlobs }] });
  return compiler;
}

interface Diagnostic {
  message?: unknown;
  path?: unknown;
  severity?: unknown;
  hints?: unknown;
}

function diagnosticLines(error: NodeError | null): string[] {
  if (!error) return [];
  return (error.shortDiagnostics as Diagnostic[]).map((diagnostic) => {
    const where = typeof diagnostic.path === "string" ? path.basename(diagnostic.path) : "";
    const hints = Array.isArray(diagnostic.hints) ? diagnostic.hints.map(String) : [];
    return [`${where}: ${String(diagnostic.message)}`, ...hints.map((hint) => `  hint: ${hint}`)]
      .filter(Boolean)
      .join("\n");
  });
}

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
}

/**
 * Renders a template from TEMPLATE_DIR to a PDF/A-2a file. The data reaches the template as
 * JSON in `sys.inputs.data`, so no value is ever spliced into Typst source; text meant as
 * Typst markup (escaped first) is evaluated by the template. The document's title, author,
 * language and date are the template's to set from the data, so a template gives the same
 * bytes for the same data. A warning fails the render like an error: the templates are ours,
 * and a warning means a missing font or glyph, or text that did not come out as written.
 * Compiling is synchronous and takes the event loop for the milliseconds a render lasts.
 */
export function renderPdf(template: string, data: unknown): RenderedPdf {
  const typst = typstCompiler();
  const result = typst.compile({
    mainFilePath: path.join(TEMPLATE_DIR, template),
    inputs: { data: JSON.stringify(data), font: FONT_FAMILY },
  });
  try {
    const document = result.result;
    const problems = [
      ...diagnosticLines(result.takeError()),
      ...diagnosticLines(result.takeWarnings()),
    ];
    if (!document || problems.length > 0) throw new TypstError(template, problems);
    let pdf: Buffer;
    try {
      pdf = typst.pdf(document, { pdfStandard: PDF_STANDARD });
    } catch (error) {
      // The PDF/A rules are checked at export: a missing title, say, fails only here.
      throw new TypstError(template, [error instanceof Error ? error.message : String(error)]);
    }
    return { pdf, pageCount: document.numOfPages };
  } finally {
    // Memoised results of renders long past would otherwise stay in memory for good.
    typst.evictCache(10);
  }
}
