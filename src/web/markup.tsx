import type { ComponentChildren } from "preact";
import {
  type MarkupBlock,
  type MarkupInline,
  type MarkupList,
  type MarkupTable,
  parseMarkup,
} from "../domain/markup.ts";
import { TableScroll } from "./table-scroll.tsx";

type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";

/**
 * Text written in the light markup, as semantic HTML. `headingLevel` is the level a `#` heading
 * gets (`##` one below): one below the section heading the page puts the text under. All text
 * reaches the page through Preact, which escapes it, and only checked https, http and mailto
 * addresses become links.
 */
export function Markup(
  props: ({ text: string } | { blocks: readonly MarkupBlock[] }) & { headingLevel?: number },
) {
  const blocks = "blocks" in props ? props.blocks : parseMarkup(props.text);
  const headingLevel = props.headingLevel ?? 3;
  return (
    <div class="fs-text fs-markup">
      {blocks.map((block, index) => (
        // Server-rendered once: a block's index is key enough.
        <Block block={block} headingLevel={headingLevel} key={index} />
      ))}
    </div>
  );
}

function headingTag(level: number): HeadingTag {
  return `h${Math.min(6, Math.max(2, level))}` as HeadingTag;
}

function Block({ block, headingLevel }: { block: MarkupBlock; headingLevel: number }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p class="ds-paragraph">
          <Inline content={block.content} />
        </p>
      );
    case "heading": {
      const Tag = headingTag(headingLevel + block.level - 1);
      return (
        <Tag class="ds-heading" data-size={block.level === 1 ? "sm" : "xs"}>
          <Inline content={block.content} />
        </Tag>
      );
    }
    case "list":
      return <List list={block} />;
    case "table":
      return <Table table={block} />;
  }
}

function List({ list }: { list: MarkupList }) {
  const items = list.items.map((item, index) => (
    <li key={index}>
      <Inline content={item.content} />
      {item.lists.map((nested, n) => (
        <List key={n} list={nested} />
      ))}
    </li>
  ));
  return list.ordered ? (
    <ol class="ds-list" start={list.start === 1 ? undefined : list.start}>
      {items}
    </ol>
  ) : (
    <ul class="ds-list">{items}</ul>
  );
}

function Table({ table }: { table: MarkupTable }) {
  return (
    <TableScroll label={"Tabell"}>
      <table class="ds-table" data-border="true">
        <thead>
          <tr>
            {table.header.map((cell, c) => (
              <th key={c} scope="col">
                <Inline content={cell} />
              </th>
            ))}
          </tr>
        </thead>
        {table.rows.length > 0 ? (
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <Inline content={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : null}
      </table>
    </TableScroll>
  );
}

function run(item: MarkupInline): ComponentChildren {
  switch (item.type) {
    case "break":
      return <br />;
    case "text":
      return item.strong ? <strong>{item.text}</strong> : item.text;
    case "link": {
      const link = (
        <a class="ds-link" href={item.href}>
          {item.text}
        </a>
      );
      return item.strong ? <strong>{link}</strong> : link;
    }
  }
}

function Inline({ content }: { content: readonly MarkupInline[] }) {
  return <>{content.map(run)}</>;
}

const EXAMPLES: { source: string; result: string }[] = [
  { source: "Første avsnitt.\n\nAndre avsnitt.", result: "To avsnitt: tom linje mellom" },
  { source: "Linje en\nlinje to", result: "Linjeskiftet beholdes" },
  { source: "# Overskrift\n## Underoverskrift", result: "Overskrifter i to nivåer" },
  {
    source: "1. Første punkt\n2. Andre punkt",
    result: "Nummerert liste (starter på tallet du skriver)",
  },
  { source: "- Punkt\n- Punkt", result: "Punktliste (også med * eller •)" },
  { source: "   - Underpunkt", result: "Innrykk under et punkt gir underpunkt" },
  { source: "**fet skrift**", result: "Fet skrift" },
  { source: "[lenketekst](https://eksempel.no)", result: "Lenke (https, http eller mailto)" },
  {
    source: "| År | Beløp |\n|---|---|\n| 2026 | 100 |",
    result: "Tabell; første rad er overskriftsrad",
  },
];

/**
 * A short guide to the markup for an editor, to show beside its textarea; give it an `id` and
 * point the textarea's `aria-describedby` at it.
 */
export function MarkupHelp({ id }: { id?: string }) {
  return (
    <details class="ds-details" id={id}>
      <summary>Slik formaterer du teksten</summary>
      <div>
        <p class="ds-paragraph" data-size="sm">
          Alt annet vises slik du skriver det.
        </p>
        <table class="ds-table" data-size="sm">
          <thead>
            <tr>
              <th scope="col">Du skriver</th>
              <th scope="col">Det blir</th>
            </tr>
          </thead>
          <tbody>
            {EXAMPLES.map((example) => (
              <tr key={example.source}>
                <td>
                  <code class="fs-markup-source">{example.source}</code>
                </td>
                <td>{example.result}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
