import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../bench/processes.ts";
import { createUser } from "./helpers/accounts.ts";
import { TEST_PASSWORD } from "./helpers/app.ts";
import { connectSse } from "./helpers/sse-client.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-db.ts";

/**
 * Two app processes on one PostgreSQL server, as behind a load balancer: a change made
 * through one reaches the other's live stream and its cached pages within a second.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl)
  console.warn("multi-node: skipped, needs a PostgreSQL server (scripts/with-postgres.sh)");

interface Node {
  url: string;
  process: ChildProcess;
}

async function startNode(databaseUrl: string): Promise<Node> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // Vite sets BASE_URL to "/" in the test process; a node needs its own full address.
      BASE_URL: `http://127.0.0.1:${port}`,
      HOST: "127.0.0.1",
      DEMO: "false",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Folkestyre kjører")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`node exited with ${code}: ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child };
}

async function logIn(base: string, username: string): Promise<string> {
  const form = await fetch(`${base}/logg-inn`);
  const loginCsrf = /fs_login_csrf=([^;]+)/.exec(form.headers.get("set-cookie") ?? "")?.[1] ?? "";
  const response = await fetch(`${base}/logg-inn`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: `fs_login_csrf=${loginCsrf}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      username,
      password: TEST_PASSWORD,
      _csrf: loginCsrf,
      neste: "/admin",
    }),
  });
  const session = /fs_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (!session) throw new Error(`login failed: ${response.status}`);
  return `fs_session=${session}`;
}

describe.skipIf(!serverUrl)("two app processes on one PostgreSQL server", () => {
  let database: TestDatabase;
  const nodes: Node[] = [];
  beforeAll(async () => {
    database = await createTestDatabase("demo");
    await createUser(database.db, {
      username: "sekretar",
      displayName: "Test Sekretær",
      role: "secretariat",
      password: TEST_PASSWORD,
      mustChangePassword: false,
    });
    // The demo queues its rounds of papers and their PDFs; rendered on these nodes they would
    // hold both event loops for seconds and put their meetings' events on the stream.
    await database.db.deleteFrom("job").where("status", "=", "queued").execute();
    const url = database.databaseUrl ?? "";
    nodes.push(await startNode(url), await startNode(url));
  });
  afterAll(async () => {
    for (const node of nodes) {
      node.process.kill("SIGTERM");
      await once(node.process, "exit");
    }
    await database?.close();
  });

  it("shows a change made on one node on the other's stream and pages", async () => {
    const [writer, reader] = nodes as [Node, Node];
    const body = await database.db
      .selectFrom("body")
      .selectAll()
      .where("slug", "=", "kommunestyret")
      .executeTakeFirstOrThrow();
    const page = async () => (await fetch(`${reader.url}/utvalg/kommunestyret`)).text();
    expect(await page()).toContain(body.name);
    const stream = await connectSse(`${reader.url}/hendelser`);

    const cookie = await logIn(writer.url, "sekretar");
    const admin = await (await fetch(`${writer.url}/admin`, { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(admin)?.[1] ?? "";
    const response = await fetch(`${writer.url}/admin/utvalg/${body.id}/rediger`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        _csrf: csrf,
        name: "Bystyret",
        shortName: body.short_name,
        slug: body.slug,
        kind: body.kind,
        seatCount: String(body.seat_count),
        noticeDays: "10",
        description: body.description,
        ...(body.is_active ? { isActive: "on" } : {}),
      }),
    });
    expect(response.status).toBe(303);

    // Only the body's event answers the change; a stream may carry others.
    const bodyEvent = () =>
      stream.events
        .map((event) => JSON.parse(event.data) as { entityType: string; entityId: string })
        .find((data) => data.entityType === "body");
    await expect
      .poll(bodyEvent, { timeout: 5000, interval: 20 })
      .toMatchObject({ entityType: "body", entityId: String(body.id) });
    await expect.poll(page, { timeout: 5000, interval: 20 }).toContain("Bystyret");
    stream.close();
  });
});
