import {
  type MarkupBlock,
  type MarkupInline,
  type MarkupList,
  markupPlainText,
  parseMarkup,
} from "./markup.ts";

/**
 * How many A4 pages a case presentation takes in the PDF, estimated from its text.
 *
 * The defaults describe the saksframlegg layout: A4 with 25 mm margins leaves a text block of
 * 160 × 247 mm; body text at 11 pt in a proportional font averages about 2 mm a character, so
 * about 80 characters a line; lines about 1.4 × 11 pt apart (5.4 mm) give 45 lines a page once
 * the running header and footer are taken off. Text is wrapped at whole words; headings,
 * list items and table rows count as the lines they fill (a list item is indented, a table cell
 * gets its share of the width); a heading takes one line more for the space around it and its
 * larger type. It is an estimate: text heavy in wide letters or long words will be off by a few
 * lines, and the PDF's real page breaks (a heading is not left alone at a page's foot) may add
 * some.
 */
export interface PageLayout {
  charsPerLine: number;
  linesPerPage: number;
  /**
   * Lines the template fills before the first section: the title (three lines in its larger
   * type), the facts (case officer, unit, archive case number) and the route table with its
   * header row and two or three bodies.
   */
  headerLines: number;
  /** Lines each written section's own heading (Sammendrag, Vurdering …) takes, with space. */
  sectionHeadingLines: number;
  /** Space between paragraphs, lists and tables, in lines. */
  blockSpacingLines: number;
}

export const DEFAULT_PAGE_LAYOUT: PageLayout = {
  charsPerLine: 80,
  linesPerPage: 45,
  headerLines: 12,
  sectionHeadingLines: 2,
  blockSpacingLines: 0.75,
};

/** Characters a list level indents its text by. */
const LIST_INDENT = 4;
/** Characters of a table cell's width taken by its padding and rule. */
const CELL_PADDING = 2;
/** Lines of padding a table row adds around its text (about 5 pt above and below). */
const ROW_PADDING = 0.5;
/** A heading's larger type and the space around it. */
const HEADING_EXTRA = 1;

export interface PageEstimate {
  /** Lines of body text the presentation fills, rounded up. */
  lines: number;
  /** Whole A4 pages: a presentation just over two pages counts as three. */
  pages: number;
}

/** Lines a line of text fills when wrapped greedily at spaces. */
export function wrappedLines(text: string, width: number): number {
  const columns = Math.max(1, Math.floor(width));
  let lines = 1;
  let used = 0;
  for (const word of text.split(" ")) {
    if (word === "") continue;
    const length = [...word].length;
    if (used > 0 && used + 1 + length <= columns) used += 1 + length;
    else {
      if (used > 0) lines += 1;
      lines += Math.ceil(length / columns) - 1;
      used = length % columns || columns;
    }
  }
  return lines;
}

function segments(content: readonly MarkupInline[]): string[] {
  return markupPlainText([{ type: "paragraph", content: [...content] }]).split("\n");
}

function contentLines(content: readonly MarkupInline[], width: number): number {
  return segments(content).reduce((sum, segment) => sum + wrappedLines(segment, width), 0);
}

function listLines(list: MarkupList, width: number): number {
  return list.items.reduce(
    (sum, item) =>
      sum +
      contentLines(item.content, width - LIST_INDENT) +
      item.lists.reduce((nested, sub) => nested + listLines(sub, width - LIST_INDENT), 0),
    0,
  );
}

function blockLines(block: MarkupBlock, width: number): number {
  switch (block.type) {
    case "paragraph":
      return contentLines(block.content, width);
    case "heading":
      return contentLines(block.content, width) + HEADING_EXTRA;
    case "list":
      return listLines(block, width);
    case "table": {
      const cellWidth = width / Math.max(1, block.header.length) - CELL_PADDING;
      return [block.header, ...block.rows].reduce(
        (sum, row) =>
          sum +
          ROW_PADDING +
          row.reduce((most, cell) => Math.max(most, contentLines(cell, cellWidth)), 1),
        0,
      );
    }
  }
}

/** The estimate for a presentation whose sections are `texts`, each in the light markup. */
export function estimatePages(
  texts: readonly string[],
  options: Partial<PageLayout> = {},
): PageEstimate {
  const layout = { ...DEFAULT_PAGE_LAYOUT, ...options };
  let total = 0;
  for (const text of texts) {
    const blocks = parseMarkup(text);
    if (blocks.length === 0) continue;
    total += layout.sectionHeadingLines;
    blocks.forEach((block, index) => {
      if (index > 0) total += layout.blockSpacingLines;
      total += blockLines(block, layout.charsPerLine);
    });
  }
  const lines = Math.ceil(total + layout.headerLines);
  return { lines, pages: Math.ceil(lines / layout.linesPerPage) };
}
