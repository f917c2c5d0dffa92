import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPresentationPdfJob } from "../../src/documents/render-presentation-pdf-job.ts";
import { generatePublicationDocumentJob } from "../../src/features/publishing/generate-publication-document-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { buildCaseVersion } from "../factories/case-versions.ts";
import { buildCase } from "../factories/cases.ts";
import { buildAgendaItem, buildMeeting, eveningIn } from "../factories/meetings.ts";
import { jobServices } from "../helpers/job-services.ts";
import { bodyIdBySlug } from "../helpers/records.ts";
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

describe.skipIf(skipBrowserSuite("publication progress"))(
  "the publishing progress page in a browser",
  () => {
    let server: DemoServer;
    let browser: Browser;
    let meetingId = 0;

    /** The round's own jobs, run as the worker would; the given ones only. */
    const runJobs = (jobs: Parameters<typeof createJobRegistry>[0], at?: Date) => {
      const mailer = createMailer(server.app.config);
      return runDueJobs({
        db: server.app.db,
        registry: createJobRegistry(jobs),
        services: jobServices(server.app.db, mailer, { blobs: server.database.blobs }),
        now: at ? () => at : undefined,
      }).finally(() => mailer.close());
    };

    beforeAll(async () => {
      [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
      const db = server.app.db;
      // The demo's own rounds and presentations wait, so only this meeting's jobs run here.
      await db
        .updateTable("job")
        .set({ run_at: new Date(Date.now() + 7 * 86_400_000) })
        .where("status", "=", "queued")
        .execute();
      const bodyId = await bodyIdBySlug(db, "formannskapet");
      meetingId = (await buildMeeting(db, { bodyId, startsAt: eveningIn(40) })).id;
      const ready = await buildCase(db, { route: [bodyId], title: "Parkeringsnorm for sentrum" });
      await buildAgendaItem(db, { meetingId, caseId: ready.id });
      // Approved just now: its presentation's PDF is queued, so the packets wait for it.
      await buildCaseVersion(db, { caseId: ready.id });
    }, 300_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("follows the round by itself, announcing each step, and shows the result when done", async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      const errors = collectConsoleErrors(page);
      await signInThroughForm(page, server, await createAccount(server, "secretariat", "publ"));
      await page.goto(`${server.url}/admin/moter/${meetingId}/innkalling`);
      await Promise.all([
        page.waitForURL(/\/publisering\/\d+$/),
        page.getByRole("button", { name: "Send innkalling" }).click(),
      ]);
      const status = page.locator("#publisering-status");
      await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
      await expect(status.getAttribute("role")).resolves.toBe("status");
      // The script follows the round, so the reload link is gone.
      await page.waitForFunction(() => !document.querySelector("[data-reload-link]"));
      await page.waitForFunction(() =>
        document.getElementById("publisering-status")?.textContent?.includes("0 av 5"),
      );
      const violations = await findViolations(page);
      expect(violations, formatViolations("publication progress", violations)).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);

      // The notice and the agendas are made; the packets wait for the presentation.
      await runJobs([generatePublicationDocumentJob]);
      await page.waitForFunction(
        () =>
          document.getElementById("publisering-status")?.textContent ===
          "3 av 5 dokumenter er ferdige. Ingenting er synlig før alle er ferdige.",
        undefined,
        { timeout: 15_000 },
      );
      await expect(page.locator("progress").getAttribute("value")).resolves.toBe("3");
      // Still the same page: the step was announced in place, not by a reload.
      const url = page.url();
      await runJobs([renderPresentationPdfJob]);
      await runJobs([generatePublicationDocumentJob], new Date(Date.now() + 60_000));
      await page.waitForFunction(
        () => document.getElementById("publisering-status")?.textContent?.startsWith("Publisert"),
        undefined,
        { timeout: 15_000 },
      );
      expect(page.url()).toBe(url);
      await expect(page.locator("table caption", { hasText: "Sendt til" }).count()).resolves.toBe(
        1,
      );
      await expect(page.locator("script[src*='publication-progress']").count()).resolves.toBe(0);
      const after = await findViolations(page);
      expect(after, formatViolations("publication published", after)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
