import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoRecords, findDemoRecords } from "./demo-ids.ts";
import {
  collectConsoleErrors,
  createAccount,
  type DemoServer,
  findViolations,
  formatViolations,
  launchBrowser,
  signInThroughForm,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

/** Two secretaries at the head of the table, each with the meeting console open. */
describe.skipIf(skipBrowserSuite("Console tests in Chromium"))("the meeting console", () => {
  let browser: Browser;
  let server: DemoServer;
  let records: DemoRecords;
  let first: BrowserContext;
  let second: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    records = await findDemoRecords(server.app.db);
    first = await browser.newContext();
    second = await browser.newContext();
    for (const [context, name] of [
      [first, "sekretar-en"],
      [second, "sekretar-to"],
    ] as const) {
      const account = await createAccount(server, "secretariat", name);
      const page = await context.newPage();
      await signInThroughForm(page, server, account);
      await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function expectAccessible(page: Page, name: string) {
    const violations = await findViolations(page);
    expect(violations, formatViolations(name, violations)).toEqual([]);
  }

  it("opens the meeting, takes the roll call, and tells the other browser", async () => {
    const base = `/admin/moter/${records.consoleItem.meetingId}/konsoll`;
    const mine = await open(first, base);
    const errors = collectConsoleErrors(mine);
    const theirs = await open(second, base);
    await expectAccessible(mine, "console before the meeting");
    // The other window's stream must be connected before the change, or it has nothing to hear.
    await theirs.locator("[data-live-meeting][data-connected]").waitFor({ state: "attached" });
    await Promise.all([
      mine.waitForURL(`${server.url}${base}`),
      mine.getByRole("button", { name: "Sett møtet" }).click(),
    ]);
    await expect
      .poll(() => theirs.getByRole("status").textContent(), { timeout: 10_000 })
      .toContain("Noe er ført i møtet fra et annet vindu.");
    await expectAccessible(theirs, "console told of a change elsewhere");
    const rollCall = mine.getByRole("group", { name: "Til stede ved oppropet" });
    const boxes = rollCall.getByRole("checkbox");
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await boxes.nth(i).check();
    await Promise.all([
      mine.waitForURL(`${server.url}${base}`),
      mine.getByRole("button", { name: "Lagre oppropet" }).click(),
    ]);
    await mine.getByText(`${count} av ${count} svarte ved oppropet`).waitFor();
    await expectAccessible(mine, "console after the roll call");
    await theirs.getByRole("link", { name: "Last inn siden på nytt" }).click();
    await theirs.getByText(`${count} av ${count} svarte ved oppropet`).waitFor();
    expect(errors).toEqual([]);
  });

  it("shows an item with who takes part, and a refused form with its message", async () => {
    const path = `/admin/moter/${records.consoleItem.meetingId}/konsoll/saker/${records.consoleItem.itemId}`;
    const page = await open(first, path);
    await page.getByRole("heading", { name: "Til stede og stemmeberettiget" }).waitFor();
    await expectAccessible(page, "console item");
    await Promise.all([
      page.waitForURL(`${server.url}${path}/inhabilitet`),
      page.getByRole("button", { name: "Reis spørsmålet" }).click(),
    ]);
    await page.getByText("Velg hvem habilitetsspørsmålet gjelder.").first().waitFor();
    await expectAccessible(page, "console item with a refused form");
  });
});
