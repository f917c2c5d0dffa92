import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DemoServer,
  findViolations,
  formatViolations,
  launchBrowser,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

describe.skipIf(skipBrowserSuite("Search tests in Chromium"))("/sok in a browser", () => {
  let browser: Browser;
  let server: DemoServer;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is reached from the header, searches as typed and marks the words found", async () => {
    page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Søk" })
      .click();
    await page.waitForURL(/\/sok$/);
    await page.getByLabel("Søk etter").fill("budsjett -kirke");
    await page.getByRole("button", { name: "Søk" }).click();
    await page.waitForURL(/q=budsjett/);
    expect(
      await page
        .getByText(/\d+ treff\./)
        .first()
        .isVisible(),
    ).toBe(true);
    const marks = await page.locator("#treff ~ ol mark, ol mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^budsjett/);
    const violations = await findViolations(page);
    expect(violations, formatViolations("search with hits", violations)).toEqual([]);
    await page.close();
  });

  it("answers only operators and a bad year calmly, and narrows by type", async () => {
    page = await browser.newPage();
    await page.goto(`${server.url}/sok?q=${encodeURIComponent('- "" &|!')}`);
    expect(
      await page.getByText("Skriv ett eller flere ord du vil søke etter.").first().isVisible(),
    ).toBe(true);
    const response = await page.goto(`${server.url}/sok?q=skole&aar=tjue`);
    expect(response?.status()).toBe(400);
    expect(
      await page
        .getByText(/fire sifre/)
        .first()
        .isVisible(),
    ).toBe(true);
    const violations = await findViolations(page);
    expect(violations, formatViolations("search, bad year", violations)).toEqual([]);
    await page.goto(`${server.url}/sok?q=skole&type=moter`);
    const kinds = await page.locator("ol.fs-list > li > p.fs-meta").allTextContents();
    for (const kind of kinds) expect(kind).toMatch(/^Møte/);
    await page.close();
  });
});
