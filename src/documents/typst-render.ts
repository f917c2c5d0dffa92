/**
 * The Typst compiler itself, as one renderer thread (src/documents/typst-worker.ts) holds it.
 * Only the worker imports this module; the rest of the code renders through renderPdf
 * (src/documents/typst.ts), which hands the work to the pool of renderer threads. Node runs the
 * worker's TypeScript as it is, so this file and its imports keep to the syntax that only
 * needs its types erased.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NodeCompiler, type NodeError } from "@myriaddreamin/typst-ts-node-compiler";
import { fontCodePoints } from "./font-coverage.ts";

/** Where the Typst templates live; they may import one another by path from this folder. */
export const TEMPLATE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "templates");

/**
 * The one type family every generated document is set in, shipped as an npm package (SIL Open
 * Font License) so that every machine renders the same glyphs and embeds the same files. The
 * templates name it with `fallback: false`, so no font the machine happens to have slips in;
 * a character the family lacks is replaced before the render (printableJson).
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

/**
 * Memoised results of renders long past would otherwise stay in memory for good. Evicting after
 * every render made a presentation about a tenth slower (docs/performance.md); every so many
 * renders keeps memory bounded all the same.
 */
const RENDERS_PER_EVICTION = 20;
const EVICT_AFTER_UNUSED = 10;

/** What one render gives: the file, or Typst's diagnostics when the template did not render. */
export type RenderOutcome =
  | { ok: true; pdf: Uint8Array; pageCount: number }
  | { ok: false; diagnostics: string[] };

interface Typst {
  compiler: NodeCompiler;
  /** The characters every face of the family has a glyph for. */
  printable: Set<number>;
  /** What stands in for a character the fonts lack. */
  placeholder: string;
  renders: number;
}

let typst: Typst | null = null;

/**
 * Created on first use and kept: loading the fonts and the standard library takes far longer
 * than a render, and the compiler's cache makes later renders of the same template quicker.
 */
function loadTypst(): Typst {
  if (typst) return typst;
  const require = createRequire(import.meta.url);
  const fontBlobs = FONT_FILES.map((file) => fs.readFileSync(require.resolve(file)));
  const [first, ...others] = fontBlobs.map(fontCodePoints);
  const printable = new Set(
    [...(first ?? [])].filter((code) => others.every((face) => face.has(code))),
  );
  typst = {
    compiler: NodeCompiler.create({ workspace: TEMPLATE_DIR, fontArgs: [{ fontBlobs }] }),
    printable,
    placeholder: String.fromCodePoint(
      [0xfffd, 0x25a1].find((code) => printable.has(code)) ?? "?".charCodeAt(0),
    ),
    renders: 0,
  };
  return typst;
}

// Characters that are never drawn (zero-width space, joiners, variation selectors) need no
// glyph; JSON.stringify has already escaped the control characters.
const INVISIBLE = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;

/**
 * The JSON with every character the fonts cannot draw replaced by a placeholder (a space the
 * fonts lack by a plain one): PDF/A allows no missing-glyph boxes, so an emoji or a Chinese
 * character in a case text would otherwise fail the render for good. Only non-ASCII characters
 * are replaced, so the JSON's own syntax, and the Typst syntax of markup inside its strings, is
 * untouched.
 */
function printableJson({ printable, placeholder }: Typst, json: string): string {
  let out = "";
  for (const char of json) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80 || printable.has(code) || INVISIBLE.test(char)) out += char;
    else out += /^\s$/u.test(char) ? " " : placeholder;
  }
  return out;
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

/**
 * Renders a template from TEMPLATE_DIR, with `json` as its `sys.inputs.data`, to a PDF/A-2a
 * file. A warning fails the render like an error: the templates are ours, and a warning means
 * a missing font or text that did not come out as written. Synchronous: it holds the thread
 * for the milliseconds the render takes, which is why it runs in a renderer thread.
 */
export function renderInThisThread(template: string, json: string): RenderOutcome {
  const loaded = loadTypst();
  const { compiler } = loaded;
  const result = compiler.compile({
    mainFilePath: path.join(TEMPLATE_DIR, template),
    inputs: { data: printableJson(loaded, json), font: FONT_FAMILY },
  });
  try {
    const document = result.result;
    const problems = [
      ...diagnosticLines(result.takeError()),
      ...diagnosticLines(result.takeWarnings()),
    ];
    if (!document || problems.length > 0) return { ok: false, diagnostics: problems };
    try {
      const pdf = compiler.pdf(document, { pdfStandard: PDF_STANDARD });
      return { ok: true, pdf, pageCount: document.numOfPages };
    } catch (error) {
      // The PDF/A rules are checked at export: a missing title, say, fails only here.
      return { ok: false, diagnostics: [error instanceof Error ? error.message : String(error)] };
    }
  } finally {
    loaded.renders += 1;
    if (loaded.renders % RENDERS_PER_EVICTION === 0) compiler.evictCache(EVICT_AFTER_UNUSED);
  }
}
