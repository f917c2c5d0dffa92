import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type axe from "axe-core";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { ChangeFeed } from "../../src/commit/change-feed.ts";
import { loadConfig } from "../../src/config.ts";
import type { UserRole } from "../../src/db/schema.ts";
import { buildApp } from "../../src/server.ts";
import { createUser } from "../helpers/accounts.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

/** Debian's Chromium; no tool here may download a browser of its own. */
const CHROMIUM_PATH = "/usr/bin/chromium";

/** Without these Chromium waits for Google services that a closed network never answers. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const chromiumInstalled = fs.existsSync(CHROMIUM_PATH);

/**
 * `npm test` must pass on a machine with only Node, so the browser suites skip when Chromium
 * is missing; with FULL_SUITE=1 (CI) they run and fail in launchBrowser instead.
 */
export function skipBrowserSuite(suite: string): boolean {
  if (chromiumInstalled || process.env.FULL_SUITE === "1") return false;
  console.warn(
    `${suite}: skipped, no Chromium at ${CHROMIUM_PATH} (apt-get install chromium). ` +
      "With FULL_SUITE=1 this is a failure.",
  );
  return true;
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumInstalled)
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface DemoServer {
  /** The real address the app listens on, e.g. http://127.0.0.1:43121 */
  url: string;
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The app over a fresh copy of the demo municipality, on a free port on the loopback. */
export async function startDemoServer(): Promise<DemoServer> {
  const database = await createTestDatabase("demo");
  // A folder of its own for the outbox, so the pages show what this test wrote and nothing else.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "folkestyre-browser-"));
  const config = { ...loadConfig({}), dataDir };
  const app = await buildApp({
    db: database.db,
    config,
    blobs: database.blobs,
    changes: await ChangeFeed.listen(database),
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  // The port is known only once the app listens, and links the app writes must carry it.
  config.baseUrl = url;
  return {
    url,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Account {
  username: string;
  password: string;
}

/**
 * An account with a password the test chose, which lands in the workspace; with `oneTime`, one
 * as the first start or an administrator makes it, whose first login leads to «Bytt passord».
 */
export async function createAccount(
  server: DemoServer,
  role: UserRole,
  username: string,
  options: { oneTime?: boolean; mayApproveCases?: boolean; personId?: number } = {},
): Promise<Account> {
  const password = "riktig-hest-batteri-stift";
  await createUser(server.app.db, {
    username,
    displayName: `Test ${username}`,
    role,
    password,
    mustChangePassword: options.oneTime ?? false,
    mayApproveCases: options.mayApproveCases ?? false,
    ...(options.personId === undefined ? {} : { personId: options.personId }),
  });
  return { username, password };
}

/** Signs in through the real login form, as a person would, and lands in the workspace or at `landing`. */
export async function signInThroughForm(
  page: Page,
  server: DemoServer,
  account: Account,
  landing = "/admin",
): Promise<void> {
  await page.goto(`${server.url}/logg-inn?neste=${encodeURIComponent(landing)}`);
  await page.getByLabel(/^Brukernavn/).fill(account.username);
  await page.getByLabel(/^Passord/).fill(account.password);
  await Promise.all([
    page.waitForURL(`${server.url}${landing}`),
    page.getByRole("button", { name: "Logg inn" }).click(),
  ]);
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core"), "utf8");

/** WCAG 2.1 A and AA: what the Norwegian universal design regulation requires. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Axe's best-practice rules behind the house rules: an h1, headings in order, landmarks. */
const HOUSE_RULES = ["page-has-heading-one", "heading-order", "landmark-one-main", "region"];

export interface Violation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
}

/**
 * Runs axe-core's WCAG 2.1 AA rules and the house rules on the page as it is now. Axe goes in
 * through page.evaluate, which uses the DevTools protocol, so the app's CSP (script-src 'self')
 * stays in force for the page itself.
 */
export async function findViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, houseRules }) => {
      const { axe: engine } = window as unknown as { axe: typeof axe };
      const result = await engine.run(document, {
        runOnly: { type: "tag", values: tags },
        rules: Object.fromEntries(houseRules.map((id) => [id, { enabled: true }])),
        resultTypes: ["violations"],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? "unknown",
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(" "),
          html: node.html,
          summary: node.failureSummary ?? "",
        })),
      }));
    },
    { tags: WCAG_TAGS, houseRules: HOUSE_RULES },
  );
}

/** One block per rule, one line per element, so a failing test says what to fix where. */
export function formatViolations(pageName: string, violations: Violation[]): string {
  const blocks = violations.map((violation) => {
    const nodes = violation.nodes.map(
      (node) =>
        `    at ${node.target}\n      ${node.html}\n      ${node.summary.replaceAll("\n", "\n      ")}`,
    );
    return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes.join("\n")}`;
  });
  return `${pageName}: ${violations.length} accessibility violation(s)\n${blocks.join("\n")}`;
}

/**
 * Console errors a page logs, such as a style or script the CSP blocked. Left out: the browser's
 * note that the document answered with an error status, which the tests check themselves, and
 * the favicon it asks for on its own, which no page links to.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    const source = message.location().url;
    const isStatusNote =
      text.startsWith("Failed to load resource: the server responded with a status of") &&
      (source === page.url() || source.endsWith("/favicon.ico"));
    if (!isStatusNote) errors.push(`${text} (${source})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
