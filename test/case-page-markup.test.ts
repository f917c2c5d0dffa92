import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "./factories/cases.ts";
import { buildPublishedMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp("empty");
});
afterAll(async () => {
  await t.close();
});

/** The part of the page under the section heading with this id, up to the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start).toBeGreaterThan(0);
  // The next section of the page; a table's scroll box is a section too.
  const end = html.indexOf("<section aria-labelledby", start);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("the public case page", () => {
  it("shows the recommendation and summary in their markup, line breaks and numbers kept", async () => {
    const body = await buildBody(t.app.db, {});
    const published = await buildCase(t.app.db, {
      route: [body.id],
      recommendation:
        "Kommunedirektøren innstiller:\n1. Planen vedtas.\n2. Budsjettet økes med **2 mill.**",
      summary:
        "# Bakgrunn\nFørste linje\nandre linje\n\n| År | Beløp |\n|---|---|\n| 2026 | 100 |\n\n" +
        "Se [planen](https://example.no/plan) og [ikke](javascript:alert(1)) <b>dette</b>.",
    });
    await buildPublishedMeeting(t.app.db, { bodyId: body.id, caseIds: [published.id] });
    const response = await t.app.inject({ method: "GET", url: `/saker/${published.id}` });
    expect(response.statusCode).toBe(200);

    const recommendation = section(response.body, "innstilling");
    expect(recommendation).toContain('<p class="ds-paragraph">Kommunedirektøren innstiller:</p>');
    expect(recommendation).toContain(
      '<ol class="ds-list"><li>Planen vedtas.</li><li>Budsjettet økes med <strong>2 mill.</strong></li></ol>',
    );

    const summary = section(response.body, "sammendrag");
    expect(summary).toContain('<h3 class="ds-heading" data-size="sm">Bakgrunn</h3>');
    expect(summary).toContain("Første linje<br/>andre linje");
    expect(summary).toContain('<th scope="col">År</th>');
    expect(summary).toContain('<a class="ds-link" href="https://example.no/plan">planen</a>');
    expect(summary).not.toContain('javascript:alert(1)"');
    expect(summary).toContain("[ikke](javascript:alert(1))");
    expect(summary).toContain("&lt;b>dette&lt;/b>");
  });
});
