import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../factories/cases.ts";
import { buildPublishedMeeting } from "../factories/meetings.ts";
import { bodyIdBySlug } from "../helpers/records.ts";
import {
  collectConsoleErrors,
  type DemoServer,
  findViolations,
  formatViolations,
  launchBrowser,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

/** Every construct of the markup, so axe sees what a case officer can make. */
const RICH_SUMMARY = [
  "# Bakgrunn",
  "Første linje\nandre linje med **fet skrift** og [en lenke](https://example.no/plan).",
  "## Økonomi",
  "| År | Beløp | Merknad |\n|---|---|---|\n| 2026 | 100 | https://example.no |\n| 2027 | 120 |",
  "- punkt\n- punkt med\n  fortsettelse\n  1. underpunkt",
].join("\n\n");

describe.skipIf(skipBrowserSuite("markup"))("the case-text markup in a browser", () => {
  let server: DemoServer;
  let browser: Browser;
  let caseId = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const bodyId = await bodyIdBySlug(server.app.db, "formannskapet");
    caseId = (
      await buildCase(server.app.db, {
        route: [bodyId],
        summary: RICH_SUMMARY,
        recommendation: "Formannskapet innstiller:\n1. Planen vedtas.\n2. Budsjettet økes.",
      })
    ).id;
    await buildPublishedMeeting(server.app.db, { bodyId, caseIds: [caseId] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders every construct on the public case page without accessibility violations", async () => {
    const page = await browser.newPage();
    const errors = collectConsoleErrors(page);
    const response = await page.goto(`${server.url}/saker/${caseId}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#innstilling ~ div ol > li").count()).resolves.toBe(2);
    await expect(page.locator("h3", { hasText: "Bakgrunn" }).count()).resolves.toBe(1);
    await expect(
      page.locator('th[scope="col"]').filter({ hasText: "Beløp" }).count(),
    ).resolves.toBe(1);
    const violations = await findViolations(page);
    expect(violations, formatViolations("case with rich text", violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
