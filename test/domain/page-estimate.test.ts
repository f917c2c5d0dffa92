import { describe, expect, it } from "vitest";
import { estimatePages } from "../../src/domain/page-estimate.ts";

/** Only the text's own lines: no template header, no section headings, no spacing. */
const bare = { headerLines: 0, sectionHeadingLines: 0, blockSpacingLines: 0 };

describe("estimatePages", () => {
  it("gives the template's header alone for no text", () => {
    expect(estimatePages([])).toEqual({ lines: 12, pages: 1 });
    expect(estimatePages(["", "  \n "], bare)).toEqual({ lines: 0, pages: 0 });
  });

  it("wraps at whole words, about 80 characters a line", () => {
    expect(estimatePages(["a".repeat(80)], bare).lines).toBe(1);
    expect(estimatePages(["a".repeat(81)], bare).lines).toBe(2);
    expect(estimatePages([`${"ord ".repeat(19)}ordene`], bare).lines).toBe(2);
    expect(estimatePages(["aaaa bbbb"], { ...bare, charsPerLine: 5 }).lines).toBe(2);
  });

  it("counts kept line breaks, list items and table rows as lines", () => {
    expect(estimatePages(["en\nto\ntre"], bare).lines).toBe(3);
    expect(estimatePages(["1. en\n2. to\n   - under\n3. tre"], bare).lines).toBe(4);
    // Each row has half a line of padding; a cell wraps in its share of the width (38 here).
    expect(estimatePages(["| a | b |\n| 1 | 2 |"], bare).lines).toBe(3);
    expect(estimatePages([`| a | ${"ord ".repeat(30)} |`], bare).lines).toBe(5);
    expect(estimatePages(["# Overskrift\ntekst"], bare).lines).toBe(3);
  });

  it("turns lines into whole A4 pages of 45 lines", () => {
    const lines = (n: number) => Array.from({ length: n }, () => "linje").join("\n");
    expect(estimatePages([lines(45)], bare)).toEqual({ lines: 45, pages: 1 });
    expect(estimatePages([lines(46)], bare)).toEqual({ lines: 46, pages: 2 });
    expect(estimatePages([lines(10)], { ...bare, linesPerPage: 5 }).pages).toBe(2);
  });

  it("adds the template's header, a heading for each written section and space between blocks", () => {
    expect(estimatePages(["en", "", "to\n\ntre"], { headerLines: 10 }).lines).toBe(
      Math.ceil(10 + 2 + 1 + (2 + 1 + 0.75 + 1)),
    );
  });

  it("puts a short presentation on one page and about 3 700 characters on two", () => {
    const paragraph = `${"Kommunedirektøren viser til saksopplysningene og vurderer at ".repeat(5)}.`;
    const section = (n: number) => Array.from({ length: n }, () => paragraph).join("\n\n");
    const recommendation = "1. Planen vedtas.\n2. Budsjettet økes.";
    expect(estimatePages([section(2), section(2), recommendation]).pages).toBe(1);
    expect(estimatePages([section(4), section(4), section(4), recommendation]).pages).toBe(2);
    expect(estimatePages([section(6), section(6), section(6), recommendation]).pages).toBe(3);
  });

  it("estimates a megabyte quickly", () => {
    const started = performance.now();
    const estimate = estimatePages(["ord **fet** [lenke](https://x.no)\n".repeat(30_000)]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(estimate.pages).toBeGreaterThan(600);
  });
});
