import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addProposal } from "../../src/features/console/add-proposal.ts";
import { recordVote } from "../../src/features/console/record-vote.ts";
import { buildSeatedMeeting, type SeatedMeeting } from "../factories/console.ts";
import { inConsole, newKey, sitMeeting } from "../factories/treatment.ts";
import {
  collectConsoleErrors,
  type DemoServer,
  findViolations,
  formatViolations,
  launchBrowser,
  skipBrowserSuite,
  startDemoServer,
} from "./server.ts";

describe.skipIf(skipBrowserSuite("live view"))("the live public view in a browser", () => {
  let server: DemoServer;
  let browser: Browser;
  let seated: SeatedMeeting;
  let itemId = 0;
  let proposalId = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const db = server.app.db;
    seated = await buildSeatedMeeting(db);
    ({ itemId } = await sitMeeting(db, seated));
    const made = await inConsole(db, seated.meeting.id, (args) =>
      addProposal({
        ...args,
        itemId,
        kind: "alternative",
        text: "Saken sendes tilbake for ny vurdering av trafikksikkerheten.",
        madeByPersonId: seated.b.members[0] ?? 0,
        partyIds: [seated.b.listId],
        amends: null,
        referredTo: null,
      }),
    );
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    proposalId = made.value.proposalId;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is accessible at 320 px and announces a vote's result as soon as it is recorded", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const errors = collectConsoleErrors(page);
    const response = await page.goto(`${server.url}/moter/${seated.meeting.id}/direkte`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h2", { hasText: "Til behandling: Sak 1" }).count()).resolves.toBe(1);
    const violations = await findViolations(page);
    expect(violations, formatViolations("live view", violations)).toEqual([]);
    // Nothing wider than the screen: the page scrolls only up and down.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await expect(page.getAttribute("#siste-resultat", "role")).resolves.toBe("status");

    const recorded = await inConsole(server.app.db, seated.meeting.id, (args) =>
      recordVote({
        ...args,
        itemId,
        proposal: "recommendation",
        against: proposalId,
        counting: { by: "unanimous" },
        chairVoted: null,
        idempotencyKey: newKey(),
      }),
    );
    expect(recorded.ok).toBe(true);
    await page.waitForFunction(
      () => document.getElementById("siste-resultat")?.textContent?.includes("ble vedtatt med 5"),
      undefined,
      { timeout: 10_000 },
    );
    await expect(
      page.locator("table caption", { hasText: "Stemmer per parti" }).count(),
    ).resolves.toBe(1);
    const after = await findViolations(page);
    expect(after, formatViolations("live view with a vote", after)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works without JavaScript by reloading", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/moter/${seated.meeting.id}/direkte`);
    await expect(page.locator("#siste-resultat").textContent()).resolves.toContain("ble vedtatt");
    await context.close();
  });
});
