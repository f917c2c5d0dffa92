/**
 * The light markup case officers write case presentations in: a small, Markdown-like language
 * (paragraphs, two levels of headings, numbered and bulleted lists, bold, links, simple tables).
 * Anything else is literal text, and no HTML is ever recognised, so the same tree renders safely
 * to HTML (src/web/markup.tsx) and to Typst (src/documents/markup-typst.ts).
 *
 * The parser never throws and runs in linear time whatever the input: it reads line by line,
 * and within a line every search for a closing marker either succeeds or proves that no later
 * opening can succeed either, so no character is scanned more than a fixed number of times.
 */

/** A piece of one line: text or a link, either maybe bold; `break` is a kept line break. */
export type MarkupInline =
  | { type: "text"; text: string; strong: boolean }
  | { type: "link"; text: string; href: string; strong: boolean }
  | { type: "break" };

export interface MarkupListItem {
  content: MarkupInline[];
  /** Lists nested under the item: one level only, so their items have none. */
  lists: MarkupList[];
}

export interface MarkupList {
  type: "list";
  ordered: boolean;
  /** The first number as written, so a recommendation's "3." stays 3. */
  start: number;
  items: MarkupListItem[];
}

export interface MarkupTable {
  type: "table";
  /** Accessible tables need a header: without a `|---|` line, the first row is it. */
  header: MarkupInline[][];
  /** Every row has as many cells as the header. */
  rows: MarkupInline[][][];
}

export type MarkupBlock =
  | { type: "paragraph"; content: MarkupInline[] }
  | { type: "heading"; level: 1 | 2; content: MarkupInline[] }
  | MarkupList
  | MarkupTable;

/** Lines indented this far (or more) under a list item belong to it. */
const ITEM_INDENT = 2;
const ALLOWED_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);

/** A line read for what it may start; `content` is its text, trimmed, spaces collapsed. */
type Line =
  | { kind: "blank" }
  | { kind: "heading"; indent: number; content: string; level: 1 | 2; rest: string }
  | { kind: "item"; indent: number; content: string; ordered: boolean; start: number; rest: string }
  | { kind: "row"; indent: number; content: string }
  | { kind: "text"; indent: number; content: string };

const HEADING = /^(#{1,2}) (.+)$/;
const ORDERED = /^(\d{1,9})[.)] (.+)$/;
const BULLET = /^[-*•] (.+)$/;

function normalise(text: string): string[] {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029]/g, "\n")
      // Control characters are invisible and PostgreSQL, HTML and Typst each treat some badly.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, "")
      .split("\n")
  );
}

function classify(raw: string): Line {
  const match = /^[ \t]*/.exec(raw);
  const lead = match ? match[0] : "";
  const indent = lead.replace(/\t/g, "    ").length;
  const content = raw
    .slice(lead.length)
    .replace(/[ \t]+/g, " ")
    .trim();
  if (content === "") return { kind: "blank" };
  const heading = HEADING.exec(content);
  if (heading?.[1] && heading[2])
    return {
      kind: "heading",
      indent,
      content,
      level: heading[1].length === 1 ? 1 : 2,
      rest: heading[2],
    };
  const ordered = ORDERED.exec(content);
  if (ordered?.[1] && ordered[2])
    return {
      kind: "item",
      indent,
      content,
      ordered: true,
      start: Number(ordered[1]),
      rest: ordered[2],
    };
  const bullet = BULLET.exec(content);
  if (bullet?.[1])
    return { kind: "item", indent, content, ordered: false, start: 1, rest: bullet[1] };
  if (content.startsWith("|") && content.indexOf("|", 1) > 0)
    return { kind: "row", indent, content };
  return { kind: "text", indent, content };
}

export function parseMarkup(text: string): MarkupBlock[] {
  const lines = normalise(text).map(classify);
  const blocks: MarkupBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    switch (line.kind) {
      case "blank":
        i += 1;
        break;
      case "heading":
        blocks.push({ type: "heading", level: line.level, content: parseInline(line.rest) });
        i += 1;
        break;
      case "item":
        i = readList(lines, i, blocks);
        break;
      case "row":
        i = readTable(lines, i, blocks);
        break;
      case "text":
        i = readParagraph(lines, i, blocks);
        break;
    }
  }
  return blocks;
}

/** Whether a line ends the paragraph before it; a numbered list must start at 1 to do so. */
function interruptsParagraph(line: Line): boolean {
  if (line.kind === "item") return !line.ordered || line.start === 1;
  return line.kind !== "text";
}

function readParagraph(lines: Line[], from: number, blocks: MarkupBlock[]): number {
  const content: MarkupInline[] = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (i > from && interruptsParagraph(line)) break;
    if (i > from) content.push({ type: "break" });
    if (line.kind !== "blank") appendInline(content, parseInline(line.content));
    i += 1;
  }
  blocks.push({ type: "paragraph", content });
  return i;
}

function readList(lines: Line[], from: number, blocks: MarkupBlock[]): number {
  const first = lines[from] as Extract<Line, { kind: "item" }>;
  const list: MarkupList = { type: "list", ordered: first.ordered, start: first.start, items: [] };
  const nestedIndent = first.indent + ITEM_INDENT;
  let item: MarkupListItem | null = null;
  let last: MarkupListItem | null = null;
  let afterBlank = false;
  let i = from;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    if (line.kind === "blank") {
      afterBlank = true;
      continue;
    }
    if (item && last && line.indent >= nestedIndent) {
      if (line.kind === "item") {
        last = { content: parseInline(line.rest), lists: [] };
        const nested = item.lists.at(-1);
        if (nested && nested.ordered === line.ordered) nested.items.push(last);
        else
          item.lists.push({
            type: "list",
            ordered: line.ordered,
            start: line.start,
            items: [last],
          });
      } else continueItem(last, line.content);
    } else if (line.kind === "item" && line.ordered === list.ordered) {
      item = { content: parseInline(line.rest), lists: [] };
      last = item;
      list.items.push(item);
    } else if (!afterBlank && line.kind === "text" && last) {
      // A wrapped line typed without indentation still belongs to the item above it.
      continueItem(last, line.content);
    } else break;
    afterBlank = false;
  }
  blocks.push(list);
  return i;
}

function continueItem(item: MarkupListItem, text: string): void {
  item.content.push({ type: "break" });
  appendInline(item.content, parseInline(text));
}

function splitRow(content: string): string[] {
  const inner =
    content.endsWith("|") && content.length > 1 ? content.slice(1, -1) : content.slice(1);
  return inner.split("|").map((cell) => cell.trim());
}

function isSeparator(cells: readonly string[]): boolean {
  return cells.every((cell) => /^:?-+:?$/.test(cell));
}

function readTable(lines: Line[], from: number, blocks: MarkupBlock[]): number {
  const rows: string[][] = [];
  let i = from;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    if (line.kind !== "row") break;
    const cells = splitRow(line.content);
    if (!(rows.length === 1 && isSeparator(cells))) rows.push(cells);
  }
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const cellsOf = (row: readonly string[]): MarkupInline[][] =>
    Array.from({ length: columns }, (_, c) => parseInline(row[c] ?? ""));
  const [header = [], ...body] = rows;
  blocks.push({ type: "table", header: cellsOf(header), rows: body.map(cellsOf) });
  return i;
}

/** Merges a text run into the one before it when both have the same weight. */
function appendInline(target: MarkupInline[], runs: readonly MarkupInline[]): void {
  for (const run of runs) {
    const previous = target.at(-1);
    if (run.type === "text" && previous?.type === "text" && previous.strong === run.strong)
      target[target.length - 1] = { ...previous, text: previous.text + run.text };
    else if (run.type !== "text" || run.text !== "") target.push(run);
  }
}

/** The href of an address a reader may follow, normalised by the URL parser, or null. */
export function safeHref(address: string): string | null {
  if (address === "" || /\s/.test(address)) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === "mailto:" ? url.pathname === "" : url.hostname === "") return null;
  return url.href;
}

/**
 * `indexOf` remembered per character: the answer for a position stays right for every later
 * position up to it, so a line full of `[` is searched once, not once per `[`.
 */
function nextIndexFinder(line: string) {
  const found = new Map<string, { from: number; at: number }>();
  return (char: string, from: number): number => {
    const known = found.get(char);
    if (known && known.from <= from && (known.at >= from || known.at === -1)) return known.at;
    const at = line.indexOf(char, from);
    found.set(char, { from, at });
    return at;
  };
}

const URL_TRAILING = new Set([".", ",", ";", ":", "!", "?", "»", '"', "'"]);
const URL_BEFORE = new Set([" ", "(", "«", '"', "'"]);

function bareUrlEnd(line: string, start: number): number {
  let end = line.indexOf(" ", start);
  if (end === -1) end = line.length;
  let opened = 0;
  for (let k = start; k < end; k += 1) if (line[k] === "(") opened += 1;
  let closed = 0;
  for (let k = start; k < end; k += 1) if (line[k] === ")") closed += 1;
  while (end > start) {
    const last = line[end - 1] as string;
    if (URL_TRAILING.has(last)) end -= 1;
    else if (last === ")" && closed > opened) {
      end -= 1;
      closed -= 1;
    } else break;
  }
  return end;
}

/** Where bold, a link or a bare address may start; the text between is copied at once. */
const INLINE_START = /\*\*|__|\[|https?:\/\//g;
const LINK_START = /\[|https?:\/\//g;

/** Parses one line (never a line break inside) into runs; bold runs are parsed for links. */
export function parseInline(line: string): MarkupInline[] {
  return scanInline(line, INLINE_START);
}

/**
 * One pass over the text. Bold is looked for only at the top level, so a bold run's text is
 * scanned again for links alone, once.
 */
function scanInline(line: string, starts: RegExp): MarkupInline[] {
  const runs: MarkupInline[] = [];
  const next = nextIndexFinder(line);
  let plain = "";
  const flush = () => {
    if (plain !== "") appendInline(runs, [{ type: "text", text: plain, strong: false }]);
    plain = "";
  };
  let i = 0;
  while (i < line.length) {
    // Each pattern serves one level only (bold holds links, never bold), so sharing is safe.
    starts.lastIndex = i;
    const found = starts.exec(line);
    if (!found) break;
    const at = found.index;
    plain += line.slice(i, at);
    const token = found[0];
    if (token === "**" || token === "__") {
      const after = line[at + 2];
      const close = after !== undefined && after !== " " ? next(token, at + 2) : -1;
      if (close > at + 2 && line[close - 1] !== " ") {
        flush();
        const inner = scanInline(line.slice(at + 2, close), LINK_START).map((run) =>
          run.type === "break" ? run : { ...run, strong: true },
        );
        appendInline(runs, inner);
        i = close + 2;
      } else {
        plain += token;
        i = at + 2;
      }
      continue;
    }
    const link = readLink(line, at, next);
    if (link) {
      flush();
      appendInline(runs, [link.run]);
      i = link.end;
    } else {
      plain += line[at];
      i = at + 1;
    }
  }
  plain += line.slice(i);
  flush();
  return runs;
}

function readLink(
  line: string,
  i: number,
  next: (char: string, from: number) => number,
): { run: MarkupInline; end: number } | null {
  const char = line[i];
  if (char === "[") {
    const close = next("]", i + 1);
    if (close === -1) return null;
    const nested = next("[", i + 1);
    if ((nested !== -1 && nested < close) || line[close + 1] !== "(") return null;
    const paren = next(")", close + 2);
    if (paren === -1) return null;
    const label = line.slice(i + 1, close).trim();
    const href = safeHref(line.slice(close + 2, paren).trim());
    if (label === "" || href === null) return null;
    return { run: { type: "link", text: label, href, strong: false }, end: paren + 1 };
  }
  if (
    char === "h" &&
    (i === 0 || URL_BEFORE.has(line[i - 1] as string)) &&
    (line.startsWith("https://", i) || line.startsWith("http://", i))
  ) {
    const end = bareUrlEnd(line, i);
    const address = line.slice(i, end);
    const href = safeHref(address);
    // A failed address is passed over whole, so no part of it is read again as a start.
    if (href === null) return { run: { type: "text", text: address, strong: false }, end };
    return { run: { type: "link", text: address, href, strong: false }, end };
  }
  return null;
}

function inlineText(content: readonly MarkupInline[]): string {
  return content.map((run) => (run.type === "break" ? "\n" : run.text)).join("");
}

function listText(list: MarkupList, indent: string): string[] {
  return list.items.flatMap((item, index) => {
    const marker = list.ordered ? `${list.start + index}.` : "•";
    const lines = inlineText(item.content).split("\n");
    return [
      `${indent}${marker} ${lines[0] ?? ""}`,
      ...lines.slice(1).map((line) => `${indent}  ${line}`),
      ...item.lists.flatMap((nested) => listText(nested, `${indent}  `)),
    ];
  });
}

function blockText(block: MarkupBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content);
    case "list":
      return listText(block, "").join("\n");
    case "table":
      return [block.header, ...block.rows].map((row) => row.map(inlineText).join(" | ")).join("\n");
  }
}

/** The text without its markup, for search and snippets; blocks apart by a blank line. */
export function markupPlainText(blocks: readonly MarkupBlock[]): string {
  return blocks.map(blockText).join("\n\n");
}
