/**
 * Pictures for the README: the front page and a meeting held, from the demo municipality in
 * Chromium at 1280×900. Run: node_modules/.bin/node --import tsx scripts/screenshot.ts
 */
import { fileURLToPath } from "node:url";
import { findDemoRecords } from "../test/browser/demo-ids.ts";
import { launchBrowser, startDemoServer } from "../test/browser/server.ts";

const browser = await launchBrowser();
const server = await startDemoServer();
try {
  const records = await findDemoRecords(server.app.db);
  const shots = [
    { path: "/", file: "../docs/screenshot.png" },
    { path: `/moter/${records.pastMeetingWithDecisions}`, file: "../docs/screenshot-meeting.png" },
  ];
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const shot of shots) {
    const response = await page.goto(`${server.url}${shot.path}`);
    if (response?.status() !== 200)
      throw new Error(`${shot.path} answered ${response?.status() ?? "nothing"}`);
    const file = fileURLToPath(new URL(shot.file, import.meta.url));
    await page.screenshot({ path: file });
    console.log(`${shot.path} → ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
