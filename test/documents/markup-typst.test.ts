import { execFileSync } from "node:child_process";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { describe, expect, it } from "vitest";
import { markupToTypst, typstString } from "../../src/documents/markup-typst.ts";
import { parseMarkup } from "../../src/domain/markup.ts";

const compiler = NodeCompiler.create();

type Element = { func: string; [field: string]: unknown };

/** Every element in a content tree, depth first. */
function walk(value: unknown, into: Element[] = []): Element[] {
  if (Array.isArray(value)) for (const child of value) walk(child, into);
  else if (value !== null && typeof value === "object") {
    if ("func" in value) into.push(value as Element);
    for (const child of Object.values(value)) walk(child, into);
  }
  return into;
}

/**
 * Compiles the markup inside a labelled block of a whole document, and reads back the content
 * tree Typst built from it (text and list items are not locatable, so the block is queried).
 */
function compile(source: string, headingLevel = 2) {
  const typst = markupToTypst(parseMarkup(source), { headingLevel });
  const result = compiler.compile({
    mainFileContent: `= Saksframlegg\n\n#block[\n${typst}\n] <markup>\n`,
  });
  const document = result.result;
  if (!document || result.hasError())
    throw new Error(`Typst refused:\n${typst}\n${JSON.stringify(result.takeDiagnostics())}`);
  const elements = walk(compiler.query(document, { selector: "<markup>" }));
  return {
    typst,
    query: (func: string) => elements.filter((element) => element.func === func),
    pdf: () => compiler.pdf(document),
  };
}

/** Every piece of text Typst laid out, in order. */
function texts(query: (func: string) => Element[]): string[] {
  return query("text").map((element) => String(element.text));
}

const HOSTILE_LINES = [
  "= Ikke en overskrift # $x$ * _ ` < > @ [ ] \\ / ~ \" '",
  "+ ikke et punkt",
  "/ begrep: ikke en definisjon",
  "// ikke en kommentar /* heller ikke */",
  '#panic("nei") #set page(width: 1pt) #import "x.typ"',
  '") #panic("ut av strengen") #("',
  "\\u{1F600} \\ \\\\ \\n",
  "<etikett> @referanse `kode` ```rå```",
  "-- --- ... -? 'sitat' \"sitat\"",
  "http://example.no er ikke lenke her? Jo.",
  "$ 1 + 1 $ og \\$",
  "]) ] [ #{ } ${ @{",
];

describe("markupToTypst", () => {
  it("keeps every character of hostile text literal, and the document compiles", () => {
    const source = HOSTILE_LINES.join("\n");
    const { query } = compile(source);
    const laidOut = texts(query).join("");
    for (const line of HOSTILE_LINES) expect(laidOut).toContain(line);
    expect(query("heading")).toHaveLength(0);
    expect(query("enum")).toHaveLength(0);
    expect(query("list")).toHaveLength(0);
    expect(query("raw")).toHaveLength(0);
    expect(query("equation")).toHaveLength(0);
    expect(query("ref")).toHaveLength(0);
  });

  it("keeps hostile text literal inside headings, lists, bold, links and tables", () => {
    const hostile = '#panic() ") *x* $y$ [z] \\';
    const { query } = compile(
      [
        `# ${hostile}`,
        `1. ${hostile}`,
        `   - ${hostile}`,
        `**${hostile}**`,
        `[${hostile.replace(/[[\]]/g, "")}](https://example.no/?q="\\)`,
        `| ${hostile.replace("[z] ", "")} | b |`,
        `| c | ${hostile.replace("[z] ", "")} |`,
      ].join("\n"),
    );
    const laidOut = texts(query);
    expect(laidOut.filter((text) => text === hostile)).toHaveLength(4);
    expect(query("equation")).toHaveLength(0);
  });

  it("lays out the structure: headings below the template's, numbered lists from their start", () => {
    const { query } = compile(
      "# Bakgrunn\n## Økonomi\n\nAvsnitt en\nlinje to\n\n3. tredje\n4. fjerde\n   - under\n\n- punkt",
      2,
    );
    expect(query("heading").map((heading) => heading.level)).toEqual([2, 3]);
    const [numbered] = query("enum");
    expect(numbered?.start).toBe(3);
    expect(numbered?.children).toHaveLength(2);
    expect(query("list")).toHaveLength(2);
    expect(query("linebreak")).toHaveLength(1);
  });

  it("numbers from any start the parser accepts", () => {
    for (const start of [0, 7, 999_999_999]) {
      const [numbered] = compile(`${start}. punkt`).query("enum");
      expect(numbered?.start).toBe(start);
    }
  });

  it("makes bold, links and tables with a header row", () => {
    const { query } = compile(
      "Se **viktig** og [planen](https://example.no/plan) eller https://example.no.\n\n| År | Sum |\n|---|---|\n| 2026 | 10 |",
    );
    expect(query("strong")).toHaveLength(1);
    expect(query("link").map((link) => link.dest)).toEqual([
      "https://example.no/plan",
      "https://example.no/",
    ]);
    expect(query("header")).toHaveLength(1);
    expect(query("cell")).toHaveLength(4);
  });

  it("keeps links with other schemes as text", () => {
    const { query } = compile("[klikk](javascript:alert(1)) [data](data:text/html,x)");
    expect(query("link")).toHaveLength(0);
  });

  it("renders a PDF whose text is what was typed", () => {
    const { pdf } = compile("Kommunedirektøren innstiller:\n1. Planen vedtas #1.");
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf() }).toString("utf8");
    expect(text).toContain("Kommunedirektøren innstiller:");
    expect(text).toMatch(/1\.\s+Planen vedtas #1\./);
  });
});

describe("typstString", () => {
  it("escapes only what a Typst string needs, and control characters", () => {
    expect(typstString('a"b\\c\nd\u0001')).toBe('"a\\"b\\\\c\\nd\\u{1}"');
    expect(typstString("# $ * _ < > @ [ ] /")).toBe('"# $ * _ < > @ [ ] /"');
  });
});
