import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, assert, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type Account,
  createAccount,
  type DemoServer,
  findViolations,
  formatViolations,
  launchBrowser,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

/** What the keyboard is on: the element's id, or its text when it has none. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "body";
    return element.id ? `#${element.id}` : (element.textContent ?? "").trim();
  });
}

/** WCAG 2.4.7: the focused element shows it, by an outline or a ring drawn as a box shadow. */
function showsFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== "none";
  });
}

describe.skipIf(skipBrowserSuite("Login tests in Chromium"))("the login form in a browser", () => {
  let browser: Browser;
  let server: DemoServer;
  let account: Account;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startDemoServer();
    account = await createAccount(server, "secretariat", "sekretar");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${server.url}/logg-inn`);
    return () => context.close();
  });

  it("tells of a wrong password above the form and keeps the username", async () => {
    await page.getByLabel(/^Brukernavn/).fill(account.username);
    await page.getByLabel(/^Passord/).fill("feil-passord");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest()),
      page.getByRole("button", { name: "Logg inn" }).click(),
    ]);
    await page.waitForLoadState();

    expect(response.status()).toBe(401);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Feil brukernavn eller passord.");
    expect(await alert.isVisible()).toBe(true);
    const alertIsRightBeforeTheForm = await alert.evaluate(
      (element) => element.nextElementSibling?.tagName === "FORM",
    );
    expect(alertIsRightBeforeTheForm).toBe(true);
    expect(await page.getByLabel(/^Brukernavn/).inputValue()).toBe(account.username);
    expect(await page.getByLabel(/^Passord/).inputValue()).toBe("");
    expect(new URL(page.url()).pathname).toBe("/logg-inn");
  });

  it("ties each error of an empty form to its field", async () => {
    await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest()),
      page.getByRole("button", { name: "Logg inn" }).click(),
    ]);
    await page.waitForLoadState();

    for (const [label, message] of [
      [/^Brukernavn/, "Skriv inn brukernavnet."],
      [/^Passord/, "Skriv inn passordet."],
    ] as const) {
      const field = page.getByLabel(label);
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
      const descriptions = await Promise.all(
        describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()),
      );
      expect(descriptions).toContain(message);
      const fieldId = await field.getAttribute("id");
      const summaryLink = page.getByRole("alert").locator(`a[href="#${fieldId}"]`);
      expect(await summaryLink.textContent()).toContain(message);
    }
  });

  it("works by keyboard alone: skip link first, then straight to the form", async () => {
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("Hopp til hovedinnhold");
    // Hidden until focused, the skip link shows itself in full: that is its focus indicator.
    const skipLink = page.getByRole("link", { name: "Hopp til hovedinnhold" });
    const box = await skipLink.boundingBox();
    expect(box && box.width > 1 && box.height > 1 && box.y >= 0).toBe(true);

    await page.keyboard.press("Enter");
    await page.waitForURL(/#hovedinnhold$/);
    expect(await focused(page)).toBe("#hovedinnhold");

    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("#username");
    expect(await showsFocus(page)).toBe(true);
    await page.keyboard.type(account.username);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("#password");
    await page.keyboard.type(account.password);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("Logg inn");
    expect(await showsFocus(page)).toBe(true);

    await Promise.all([page.waitForURL(`${server.url}/admin`), page.keyboard.press("Enter")]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Arbeidsflate");
  });
  it("leads a first login with a one-time password to choosing one's own, then on", async () => {
    const fresh = await createAccount(server, "secretariat", "ny.sekretar", { oneTime: true });
    await page.getByLabel(/^Brukernavn/).fill(fresh.username);
    await page.getByLabel(/^Passord/).fill(fresh.password);
    await Promise.all([
      page.waitForURL(`${server.url}/admin/passord?neste=%2Fadmin`),
      page.getByRole("button", { name: "Logg inn" }).click(),
    ]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bytt passord");
    expect(await page.locator("main").textContent()).toContain(
      "Du logget inn med et engangspassord.",
    );
    const violations = await findViolations(page);
    if (violations.length > 0) assert.fail(formatViolations("forced password change", violations));

    await page.goto(`${server.url}/admin/moter`);
    expect(new URL(page.url()).pathname).toBe("/admin/passord");

    const chosen = "et eget passord for sekretaeren";
    await page.getByLabel(/^Passordet du har nå/).fill(fresh.password);
    await page.getByLabel(/^Nytt passord/).fill(chosen);
    await page.getByLabel(/^Gjenta det nye passordet/).fill(chosen);
    await Promise.all([
      page.waitForURL(`${server.url}/admin/moter`),
      page.getByRole("button", { name: "Bytt passord" }).click(),
    ]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Kommende møter");
  });
});
