import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { Markup, MarkupHelp } from "../../src/web/markup.tsx";

const html = (text: string, headingLevel?: number) =>
  renderToString(<Markup text={text} headingLevel={headingLevel} />);

describe("<Markup>", () => {
  it("keeps line breaks inside a paragraph", () => {
    expect(html("Første linje\nandre linje\n\nNytt avsnitt")).toBe(
      '<div class="fs-text fs-markup"><p class="ds-paragraph">Første linje<br/>andre linje</p>' +
        '<p class="ds-paragraph">Nytt avsnitt</p></div>',
    );
  });

  it("puts headings below the page's section level", () => {
    const out = html("# Bakgrunn\n## Økonomi", 3);
    expect(out).toContain('<h3 class="ds-heading" data-size="sm">Bakgrunn</h3>');
    expect(out).toContain('<h4 class="ds-heading" data-size="xs">Økonomi</h4>');
    expect(html("# Topp", 2)).toContain("<h2 ");
  });

  it("numbers lists from their first number, and nests one level", () => {
    const out = html("3. tredje\n4. fjerde\n   - under");
    expect(out).toContain(
      '<ol class="ds-list" start="3"><li>tredje</li><li>fjerde<ul class="ds-list"><li>under</li></ul></li></ol>',
    );
    expect(html("1. en")).toContain('<ol class="ds-list"><li>en</li></ol>');
    expect(html("- punkt")).toContain('<ul class="ds-list"><li>punkt</li></ul>');
  });

  it("gives tables a header row of column headers", () => {
    const out = html("| År | Beløp |\n|---|---|\n| 2026 | **100** |");
    expect(out).toContain(
      '<thead><tr><th scope="col">År</th><th scope="col">Beløp</th></tr></thead>' +
        "<tbody><tr><td>2026</td><td><strong>100</strong></td></tr></tbody>",
    );
    expect(html("| bare | overskrift |")).not.toContain("<tbody>");
  });

  it("links only to https, http and mailto addresses", () => {
    expect(html("[plan](https://example.no/plan) og **[post](mailto:post@example.no)**")).toContain(
      '<a class="ds-link" href="https://example.no/plan">plan</a> og ' +
        '<strong><a class="ds-link" href="mailto:post@example.no">post</a></strong>',
    );
    for (const bad of ["[x](javascript:alert(1))", "[x](data:text/html,hei)", "[x](vbscript:y)"]) {
      const out = html(bad);
      expect(out).not.toContain("<a ");
      expect(out).not.toContain("href");
    }
  });

  it("escapes HTML in the text", () => {
    const out = html('<script>alert("x")</script> & <img src=x onerror=alert(1)>');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; &lt;img");
  });

  it("renders nothing but the wrapper for empty text, and takes parsed blocks too", () => {
    expect(html("")).toBe('<div class="fs-text fs-markup"></div>');
    expect(
      renderToString(
        <Markup
          blocks={[{ type: "paragraph", content: [{ type: "text", text: "a", strong: true }] }]}
        />,
      ),
    ).toContain('<p class="ds-paragraph"><strong>a</strong></p>');
  });
});

describe("<MarkupHelp>", () => {
  it("shows the syntax in a details element a textarea can point to", () => {
    const out = renderToString(<MarkupHelp id="hjelp-sammendrag" />);
    expect(out).toMatch(/^<details class="ds-details" id="hjelp-sammendrag"><summary>/);
    expect(out).toContain("**fet skrift**");
    expect(out).toContain('<th scope="col">Du skriver</th>');
  });
});
