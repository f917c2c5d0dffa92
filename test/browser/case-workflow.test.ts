import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
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

async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await findViolations(page);
  expect(violations, formatViolations(name, violations)).toEqual([]);
}

/** Clicks a button that sends its form and waits for the page that answers. */
async function press(page: Page, name: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest()),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
  await page.waitForLoadState();
}

describe.skipIf(skipBrowserSuite("case workflow"))("a case officer's case, in Chromium", () => {
  let server: DemoServer;
  let browser: Browser;
  let officer: Page;
  let approver: Page;

  async function signedIn(account: Account): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await signInThroughForm(page, server, account);
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    officer = await signedIn(await createAccount(server, "case_officer", "kari"));
    approver = await signedIn(
      await createAccount(server, "case_officer", "kommunedirektor", { mayApproveCases: true }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is written, previewed, submitted, returned, fixed, approved and revised", async () => {
    const errors = collectConsoleErrors(officer);
    await officer.goto(`${server.url}/admin/saker/mine`);
    await expectAccessible(officer, "Mine saker, empty");
    await officer.getByRole("link", { name: "Registrer ny sak" }).click();
    await officer.getByLabel(/^Arkivsaksnummer/).fill("2026/9876");
    await officer.getByLabel(/^Tittel/).fill("Ny gang- og sykkelvei til skolen");
    await officer.getByLabel("Sammendrag").fill("Kommunen vil bygge en trygg skolevei.");
    await officer
      .getByLabel("Saksopplysninger")
      .fill("Veien har mye trafikk.\n\n- 300 elever\n- 2 km uten fortau");
    await officer.getByLabel("Vurdering").fill("Tiltaket er nødvendig.");
    await officer
      .getByLabel("Kommunedirektørens innstilling")
      .fill("1. Gang- og sykkelveien bygges.\n2. Kostnaden dekkes av investeringsbudsjettet.");
    await officer.getByLabel(/^Steg 1/).selectOption({ label: "Formannskapet" });

    await press(officer, "Forhåndsvis");
    const preview = officer.locator("section", { hasText: "Forhåndsvisning" });
    await expect(preview.locator("li").count()).resolves.toBe(4);
    await expect(officer.getByLabel("Vurdering").inputValue()).resolves.toBe(
      "Tiltaket er nødvendig.",
    );
    await expect(officer.getByText("Anslått lengde: 1 side").count()).resolves.toBe(1);
    await expectAccessible(officer, "new case, previewed");

    await press(officer, "Registrer sak");
    expect(officer.url()).toMatch(/\/admin\/saker\/\d+$/);
    await expect(officer.getByRole("status").textContent()).resolves.toBe("Saken er lagret.");
    const caseUrl = officer.url();
    await expectAccessible(officer, "case, draft");
    await press(officer, "Send til godkjenning");
    await expect(officer.locator(".fs-facts .ds-tag").textContent()).resolves.toBe(
      "Til godkjenning",
    );

    await approver.goto(`${server.url}/admin/saker/til-godkjenning`);
    await expectAccessible(approver, "cases for approval");
    await Promise.all([
      approver.waitForURL(caseUrl),
      approver.getByRole("link", { name: "Ny gang- og sykkelvei til skolen" }).click(),
    ]);
    await expectAccessible(approver, "case, submitted, for the approver");
    await press(approver, "Send tilbake til saksbehandleren");
    await expect(approver.getByText("Skriv hva saksbehandleren skal rette").count()).resolves.toBe(
      2,
    );
    await approver
      .getByLabel("Kommentar til saksbehandleren")
      .fill("Ta med hva tiltaket koster i drift.");
    await press(approver, "Send tilbake til saksbehandleren");

    await officer.goto(caseUrl);
    await expect(
      officer.getByText("Ta med hva tiltaket koster i drift.").isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(officer, "case, returned");
    await officer
      .getByLabel("Vurdering")
      .fill("Tiltaket er nødvendig. Driften koster 50 000 kroner i året.");
    await press(officer, "Lagre endringer");
    await press(officer, "Send til godkjenning");

    await approver.goto(caseUrl);
    await press(approver, "Godkjenn for kommunedirektøren");
    await expect(
      approver.getByText("Test kommunedirektor", { exact: false }).first().isVisible(),
    ).resolves.toBe(true);

    await officer.goto(caseUrl);
    await expectAccessible(officer, "case, approved");
    await officer
      .getByLabel("Vurdering")
      .fill("Tiltaket er nødvendig. Driften koster 60 000 kroner i året.");
    await officer.getByLabel(/^Begrunnelse for endringen/).fill("Rettet driftskostnaden.");
    await press(officer, "Lagre ny versjon");
    await officer.getByRole("link", { name: /Historikk/ }).click();
    await officer.waitForLoadState();
    const versions = officer.locator("table").first().locator("tbody tr");
    await expect(versions.count()).resolves.toBe(2);
    await expect(versions.first().textContent()).resolves.toContain("Rettet driftskostnaden.");
    await expectAccessible(officer, "case history");

    await officer.goto(`${server.url}/admin/saker/mine`);
    await expect(officer.getByRole("heading", { name: /Godkjent \(1\)/ }).count()).resolves.toBe(1);
    await expectAccessible(officer, "Mine saker");
    expect(errors).toEqual([]);
  });
});
