import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoRecords, findDemoRecords } from "./demo-ids.ts";
import {
  createAccount,
  type DemoServer,
  launchBrowser,
  signInThroughForm,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

/** Every kind of page with a table, in the portal and in the workspace. */
const publicPages: Array<[string, (r: DemoRecords) => string]> = [
  ["meeting held, with decisions and documents", (r) => `/moter/${r.pastMeetingWithDecisions}`],
  ["meeting ahead", (r) => `/moter/${r.futureMeeting}`],
  ["case routed through three bodies", (r) => `/saker/${r.threeBodyCase}`],
  ["council member", (r) => `/personer/${r.councilMemberId}`],
];
const workspacePages: Array<[string, (r: DemoRecords) => string]> = [
  ["meetings", () => "/admin/moter"],
  ["meeting with its agenda", (r) => `/admin/moter/${r.futureMeeting}`],
  ["meeting held", (r) => `/admin/moter/${r.pastMeetingWithDecisions}`],
  ["case route", (r) => `/admin/saker/${r.threeBodyCase}/saksgang`],
  ["case history", (r) => `/admin/saker/${r.ordinaryCase}/historikk`],
  ["cases", () => "/admin/saker"],
  ["persons", () => "/admin/personer"],
  ["council", (r) => `/admin/utvalg/${r.councilId}`],
  ["audit log", () => "/admin/logg"],
];

interface TableProblem {
  table: string;
  problem: string;
}

/**
 * Tables that do not fit the window, and what is missing to read them there: a scrolling box
 * inside the window, focusable and named so a keyboard and a screen reader can use it, and a
 * visible hint that there is more.
 */
function findHiddenColumns(page: Page): Promise<TableProblem[]> {
  return page.evaluate(() => {
    const problems: TableProblem[] = [];
    const width = document.documentElement.clientWidth;
    for (const [index, table] of Array.from(document.querySelectorAll("main table")).entries()) {
      const name = `table ${index + 1} (${table.querySelector("caption")?.textContent?.trim() ?? table.querySelector("th")?.textContent?.trim() ?? ""})`;
      const box = table.closest(".fs-table-wrap");
      const tableRight = table.getBoundingClientRect().right;
      if (!box) {
        if (tableRight > width + 1) problems.push({ table: name, problem: "cut off, no box" });
        continue;
      }
      if (box.getBoundingClientRect().right > width + 1)
        problems.push({ table: name, problem: "its box is wider than the window" });
      // A table in a closed <details> is not on screen to be read.
      if (!box.checkVisibility() || box.scrollWidth <= box.clientWidth + 1) continue;
      if (getComputedStyle(box).overflowX !== "auto")
        problems.push({ table: name, problem: "wider than its box, which does not scroll" });
      if (box.getAttribute("tabindex") !== "0")
        problems.push({ table: name, problem: "its box cannot be reached by keyboard" });
      const isRegion = box.tagName === "SECTION" || box.getAttribute("role") === "region";
      if (!isRegion || !box.getAttribute("aria-label"))
        problems.push({ table: name, problem: "its box has no name" });
      const hint = box.querySelector(".fs-table-hint");
      if (!hint || getComputedStyle(hint).display === "none")
        problems.push({ table: name, problem: "no visible hint that it scrolls" });
    }
    return problems;
  });
}

describe.skipIf(skipBrowserSuite("Table tests in Chromium"))(
  "every table can be read on a phone",
  () => {
    let browser: Browser;
    let server: DemoServer;
    let records: DemoRecords;
    let anonymous: BrowserContext;
    let secretariat: BrowserContext;
    const screenshots = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-tables-"));
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startDemoServer();
      records = await findDemoRecords(server.app.db);
      anonymous = await browser.newContext(phone);
      secretariat = await browser.newContext(phone);
      const account = await createAccount(server, "secretariat", "sekretar");
      const page = await secretariat.newPage();
      await signInThroughForm(page, server, account);
      await page.close();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      fs.rmSync(screenshots, { recursive: true, force: true });
    });

    async function check(context: BrowserContext, name: string, url: string): Promise<void> {
      const page = await context.newPage();
      try {
        const response = await page.goto(`${server.url}${url}`);
        expect(response?.status(), url).toBe(200);
        expect(await page.locator("main table").count(), `tables on ${url}`).toBeGreaterThan(0);
        expect(await findHiddenColumns(page), `${name} (${url})`).toEqual([]);
        await page.screenshot({
          path: path.join(screenshots, `${name.replaceAll(" ", "-")}.png`),
          fullPage: true,
        });
      } finally {
        await page.close();
      }
    }

    it.each(publicPages)("portal: %s", async (name, url) => {
      await check(anonymous, name, url(records));
    });

    it.each(workspacePages)("workspace: %s", async (name, url) => {
      await check(secretariat, name, url(records));
    });

    it("scrolls a wide table with the arrow keys once its box has focus", async () => {
      const page = await secretariat.newPage();
      try {
        await page.goto(`${server.url}/admin/moter/${records.futureMeeting}`);
        const box = page.getByRole("region", { name: /^Saksliste for / });
        expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
        await box.focus();
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
        expect(await box.locator(".fs-table-hint").isVisible()).toBe(true);
      } finally {
        await page.close();
      }
    });
  },
);
