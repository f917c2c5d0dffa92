import { describe, expect, it } from "vitest";
import {
  type MarkupBlock,
  type MarkupInline,
  markupPlainText,
  parseMarkup,
} from "../../src/domain/markup.ts";

const text = (value: string, strong = false): MarkupInline => ({
  type: "text",
  text: value,
  strong,
});
const br: MarkupInline = { type: "break" };
const link = (value: string, href: string, strong = false): MarkupInline => ({
  type: "link",
  text: value,
  href,
  strong,
});
const paragraph = (...content: MarkupInline[]): MarkupBlock => ({ type: "paragraph", content });
const item = (value: string) => ({ content: [text(value)], lists: [] });

describe("parseMarkup: blocks", () => {
  it("separates paragraphs by a blank line and keeps a single line break", () => {
    expect(parseMarkup("Første linje\nandre linje\n\n  Nytt avsnitt  ")).toEqual([
      paragraph(text("Første linje"), br, text("andre linje")),
      paragraph(text("Nytt avsnitt")),
    ]);
  });

  it("normalises CRLF and lone CR, and treats a line of spaces as blank", () => {
    expect(parseMarkup("a\r\nb\r\n   \r\nc\rd")).toEqual([
      paragraph(text("a"), br, text("b")),
      paragraph(text("c"), br, text("d")),
    ]);
  });

  it("gives nothing for empty or blank text", () => {
    expect(parseMarkup("")).toEqual([]);
    expect(parseMarkup(" \n\t\n ")).toEqual([]);
  });

  it("drops control characters and collapses runs of spaces", () => {
    expect(parseMarkup("a\u0000b\u0007  \t c")).toEqual([paragraph(text("ab c"))]);
  });

  it("reads two levels of headings, and a third level as text", () => {
    expect(parseMarkup("# Bakgrunn\nTekst\n## Økonomi\n### Mer")).toEqual([
      { type: "heading", level: 1, content: [text("Bakgrunn")] },
      paragraph(text("Tekst")),
      { type: "heading", level: 2, content: [text("Økonomi")] },
      paragraph(text("### Mer")),
    ]);
    expect(parseMarkup("#Uten mellomrom")).toEqual([paragraph(text("#Uten mellomrom"))]);
  });

  it("keeps a numbered list's first number as its start", () => {
    expect(parseMarkup("3. Tredje\n4) Fjerde")).toEqual([
      { type: "list", ordered: true, start: 3, items: [item("Tredje"), item("Fjerde")] },
    ]);
  });

  it("starts a numbered list inside a paragraph only at 1, so a date on a new line stays text", () => {
    expect(
      parseMarkup("Kommunedirektøren innstiller:\n1. Planen vedtas.\n2. Budsjettet økes."),
    ).toEqual([
      paragraph(text("Kommunedirektøren innstiller:")),
      {
        type: "list",
        ordered: true,
        start: 1,
        items: [item("Planen vedtas."), item("Budsjettet økes.")],
      },
    ]);
    expect(parseMarkup("Møtet holdes\n17. mai")).toEqual([
      paragraph(text("Møtet holdes"), br, text("17. mai")),
    ]);
  });

  it("reads bulleted lists with -, * and •", () => {
    expect(parseMarkup("- en\n* to\n• tre")).toEqual([
      { type: "list", ordered: false, start: 1, items: [item("en"), item("to"), item("tre")] },
    ]);
  });

  it("continues an item with an indented line, or an unindented one right after it", () => {
    expect(
      parseMarkup("1. Kommunestyret vedtar\n   budsjettet\nfor 2027.\n\n   Med merknad."),
    ).toEqual([
      {
        type: "list",
        ordered: true,
        start: 1,
        items: [
          {
            content: [
              text("Kommunestyret vedtar"),
              br,
              text("budsjettet"),
              br,
              text("for 2027."),
              br,
              text("Med merknad."),
            ],
            lists: [],
          },
        ],
      },
    ]);
  });

  it("ends a list at a blank line followed by unindented text", () => {
    expect(parseMarkup("- en\n\nTekst")).toEqual([
      { type: "list", ordered: false, start: 1, items: [item("en")] },
      paragraph(text("Tekst")),
    ]);
  });

  it("keeps items apart by a blank line in one list", () => {
    expect(parseMarkup("1. en\n\n2. to")).toEqual([
      { type: "list", ordered: true, start: 1, items: [item("en"), item("to")] },
    ]);
  });

  it("nests one level of lists under an item, and flattens deeper ones into it", () => {
    expect(
      parseMarkup("1. Vedtak\n   - punkt a\n     fortsatt a\n       - dypere\n2. Neste"),
    ).toEqual([
      {
        type: "list",
        ordered: true,
        start: 1,
        items: [
          {
            content: [text("Vedtak")],
            lists: [
              {
                type: "list",
                ordered: false,
                start: 1,
                items: [
                  { content: [text("punkt a"), br, text("fortsatt a")], lists: [] },
                  item("dypere"),
                ],
              },
            ],
          },
          item("Neste"),
        ],
      },
    ]);
  });

  it("starts a new list when the kind of marker changes", () => {
    expect(parseMarkup("1. en\n- to")).toEqual([
      { type: "list", ordered: true, start: 1, items: [item("en")] },
      { type: "list", ordered: false, start: 1, items: [item("to")] },
    ]);
  });

  it("reads a table with a header row marked by a separator line", () => {
    expect(parseMarkup("| År | Beløp |\n|---|:--:|\n| 2026 | 100 |\n| 2027 | 120 |")).toEqual([
      {
        type: "table",
        header: [[text("År")], [text("Beløp")]],
        rows: [
          [[text("2026")], [text("100")]],
          [[text("2027")], [text("120")]],
        ],
      },
    ]);
  });

  it("takes the first row as the header without a separator, and pads short rows", () => {
    expect(parseMarkup("Tabell:\n| a | b | c |\n| 1 |\n| 2 | **3** |")).toEqual([
      paragraph(text("Tabell:")),
      {
        type: "table",
        header: [[text("a")], [text("b")], [text("c")]],
        rows: [
          [[text("1")], [], []],
          [[text("2")], [text("3", true)], []],
        ],
      },
    ]);
  });

  it("keeps a lone pipe and a line like a list marker without text as text", () => {
    expect(parseMarkup("| alene\n-\n1.")).toEqual([
      paragraph(text("| alene"), br, text("-"), br, text("1.")),
    ]);
  });
});

describe("parseMarkup: inline", () => {
  it("reads bold with ** and __", () => {
    expect(parseMarkup("Dette er **viktig** og __også__ dette")).toEqual([
      paragraph(
        text("Dette er "),
        text("viktig", true),
        text(" og "),
        text("også", true),
        text(" dette"),
      ),
    ]);
  });

  it("leaves unmatched or empty bold markers as text", () => {
    expect(parseMarkup("2 ** 3 og **** og **åpen")).toEqual([
      paragraph(text("2 ** 3 og **** og **åpen")),
    ]);
    expect(parseMarkup("**slutt **")).toEqual([paragraph(text("**slutt **"))]);
  });

  it("reads links to https, http and mailto", () => {
    expect(
      parseMarkup("Se [planen](https://example.no/plan) eller [skriv](mailto:post@example.no)."),
    ).toEqual([
      paragraph(
        text("Se "),
        link("planen", "https://example.no/plan"),
        text(" eller "),
        link("skriv", "mailto:post@example.no"),
        text("."),
      ),
    ]);
  });

  it("keeps links with other schemes, or none, as text", () => {
    for (const source of [
      "[klikk](javascript:alert(1))",
      "[bilde](data:text/html,<script>alert(1)</script>)",
      "[lokal](/admin)",
      "[ftp](ftp://example.no)",
      "[JaVaScRiPt](JAVASCRIPT:alert(1))",
      "[tom](mailto:)",
    ])
      expect(parseMarkup(source)).toEqual([paragraph(text(source))]);
  });

  it("turns bare https addresses into links, leaving trailing punctuation out", () => {
    expect(parseMarkup("Les https://example.no/sak?id=1. Eller (https://example.no/a).")).toEqual([
      paragraph(
        text("Les "),
        link("https://example.no/sak?id=1", "https://example.no/sak?id=1"),
        text(". Eller ("),
        link("https://example.no/a", "https://example.no/a"),
        text(")."),
      ),
    ]);
    expect(parseMarkup("abchttps://example.no")).toEqual([
      paragraph(text("abchttps://example.no")),
    ]);
  });

  it("reads links inside bold", () => {
    expect(parseMarkup("**Se [planen](https://example.no)**")).toEqual([
      paragraph(text("Se ", true), link("planen", "https://example.no/", true)),
    ]);
  });

  it("passes HTML through as text, for the renderer to escape", () => {
    expect(parseMarkup('<script>alert("x")</script> <b>fet</b>')).toEqual([
      paragraph(text('<script>alert("x")</script> <b>fet</b>')),
    ]);
  });
});

describe("parseMarkup on hostile input", () => {
  const fast = (source: string) => {
    const started = performance.now();
    const blocks = parseMarkup(source);
    const took = performance.now() - started;
    // Quadratic work on a megabyte would take minutes; linear takes well under a second.
    expect(took).toBeLessThan(2000);
    return blocks;
  };

  it("reads 10 000 asterisks, brackets and underscores in linear time", () => {
    for (const c of ["*", "_", "[", "]", "(", "|", "#"]) {
      const blocks = fast(c.repeat(10_000));
      expect(markupPlainText(blocks).replace(/\s/g, "").length).toBeGreaterThan(0);
    }
    expect(markupPlainText(fast("*".repeat(10_000)))).toBe("*".repeat(10_000));
  });

  it("reads a megabyte of mixed syntax without trouble", () => {
    const pattern = "**[a](https://x.no [b]( ** __ https://y.no/(( | - 1. # \n";
    const source = pattern.repeat(Math.ceil(1_000_000 / pattern.length));
    fast(source);
    fast(source.replace(/\n/g, " "));
    fast("[".repeat(500_000) + "](".repeat(250_000));
    fast("[x](".repeat(250_000));
  });

  it("reads deep nesting and long lists", () => {
    fast("- ".repeat(100_000));
    fast(Array.from({ length: 100_000 }, (_, i) => `${" ".repeat(i % 50)}- ${i}`).join("\n"));
    fast(Array.from({ length: 50_000 }, () => "| a | b |").join("\n"));
    fast(`| ${"a | ".repeat(200_000)}`);
  });
});

describe("markupPlainText", () => {
  it("gives the words with lines and numbers, for search and snippets", () => {
    const blocks = parseMarkup(
      "# Tittel\nLinje en\nlinje **to** [lenke](https://x.no)\n\n2. a\n3. b\n   - c\n\n| x | y |\n| 1 | 2 |",
    );
    expect(markupPlainText(blocks)).toBe(
      "Tittel\n\nLinje en\nlinje to lenke\n\n2. a\n3. b\n  • c\n\nx | y\n1 | 2",
    );
  });
});
