import type {
  MarkupBlock,
  MarkupInline,
  MarkupList,
  MarkupListItem,
  MarkupTable,
} from "../domain/markup.ts";

/**
 * The light markup as Typst, for the generated PDFs.
 *
 * Every character the user typed goes into a Typst string literal (`#"…"`), never into markup:
 * in markup a dozen characters are special, some only at the start of a line or before another
 * (`=`, `-`, `+`, `1.`, `/`, `//`, `--`, `...`, `http://`), while a string literal has exactly
 * two (`\` and `"`). The structure around the strings is Typst code that only we write.
 */

export interface TypstMarkupOptions {
  /** The heading level `#` becomes; `##` is one below. The template's own sections sit above. */
  headingLevel: number;
}

/** A Typst string literal holding `text` exactly. */
export function typstString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`;
    else out += char;
  }
  return `${out}"`;
}

function inlineRun(run: MarkupInline): string {
  switch (run.type) {
    case "break":
      return "#linebreak()";
    case "text":
      return run.strong ? `#strong(${typstString(run.text)})` : `#${typstString(run.text)}`;
    case "link": {
      const link = `link(${typstString(run.href)}, ${typstString(run.text)})`;
      return run.strong ? `#strong(${link})` : `#${link}`;
    }
  }
}

/** Runs as markup; each is an embedded expression, so they may follow one another directly. */
function inline(content: readonly MarkupInline[]): string {
  return content.map(inlineRun).join("");
}

function contentBlock(content: readonly MarkupInline[]): string {
  return `[${inline(content)}]`;
}

function listItem(item: MarkupListItem): string {
  const nested = item.lists.map((list) => ` ${listCall(list)}`).join("");
  return `[${inline(item.content)}${nested}]`;
}

function listCall(list: MarkupList): string {
  const items = list.items.map(listItem).join(", ");
  return list.ordered ? `#enum(start: ${list.start}, ${items})` : `#list(${items})`;
}

function tableCall(table: MarkupTable): string {
  const header = table.header.map(contentBlock).join(", ");
  const cells = table.rows.flatMap((row) => row.map(contentBlock));
  return `#table(columns: ${table.header.length}, table.header(${header})${cells.map((cell) => `, ${cell}`).join("")})`;
}

function block(item: MarkupBlock, headingLevel: number): string {
  switch (item.type) {
    case "paragraph":
      return inline(item.content);
    case "heading":
      return `#heading(level: ${headingLevel + item.level - 1})${contentBlock(item.content)}`;
    case "list":
      return listCall(item);
    case "table":
      return tableCall(item);
  }
}

/** Typst markup for the blocks, to place in a document body or a content block `[…]`. */
export function markupToTypst(blocks: readonly MarkupBlock[], options: TypstMarkupOptions): string {
  const headingLevel = Math.max(1, Math.trunc(options.headingLevel));
  return blocks.map((item) => block(item, headingLevel)).join("\n\n");
}
