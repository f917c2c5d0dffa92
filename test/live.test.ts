import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "../src/audit.ts";
import { commit } from "../src/commit/commit.ts";
import { succeeded } from "../src/commit/outcome.ts";
import { createTestApp, signIn, type TestApp } from "./helpers/app.ts";
import { connectSse, type SseClient } from "./helpers/sse-client.ts";

let t: TestApp;
let base: string;
const open: SseClient[] = [];
beforeAll(async () => {
  t = await createTestApp("empty");
  base = await t.app.listen({ host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  for (const client of open) client.close();
  await t.close();
});

async function connect(path: string, headers: Record<string, string> = {}) {
  const client = await connectSse(`${base}${path}`, headers);
  open.push(client);
  return client;
}

async function change(entityId: number, visibility: "public" | "internal") {
  await commit(t.app, async (tx) => {
    await writeAudit(tx, {
      actor: { kind: "system", name: "Test" },
      action: "party.update",
      entityType: "party",
      entityId,
      visibility,
    });
    return succeeded(null);
  });
}

const ids = (client: SseClient) => client.events.map((event) => JSON.parse(event.data).entityId);

describe("live change events", () => {
  it("streams public changes to everyone, and never one only the workspace sees", async () => {
    const client = await connect("/hendelser");
    expect(client.status).toBe(200);
    await change(1, "internal");
    await change(2, "public");
    const [event] = await client.waitFor(1);
    expect(event?.event).toBe("change");
    expect(JSON.parse(event?.data ?? "")).toEqual({
      entityType: "party",
      entityId: "2",
      action: "party.update",
    });
    await change(3, "public");
    await client.waitFor(2);
    expect(ids(client)).toEqual(["2", "3"]);
  });

  it("opens a stream for every reader at once, though the page cache shares pages", async () => {
    const readers = await Promise.all([connect("/hendelser"), connect("/hendelser")]);
    expect(readers.map((reader) => reader.status)).toEqual([200, 200]);
    await change(5, "public");
    await Promise.all(readers.map((reader) => reader.waitFor(1)));
  });

  it("replays what a client missed after its Last-Event-ID, then goes on live", async () => {
    const first = await connect("/hendelser");
    await change(10, "public");
    const [seen] = await first.waitFor(1);
    first.close();
    await change(11, "public");
    await change(12, "internal");
    await change(13, "public");
    const again = await connect("/hendelser", { "last-event-id": seen?.id ?? "" });
    await again.waitFor(2);
    await change(14, "public");
    await again.waitFor(3);
    expect(ids(again)).toEqual(["11", "13", "14"]);
  });

  it("gives the workspace stream every change, and only to those who may read the audit log", async () => {
    const anonymous = await fetch(`${base}/admin/hendelser`, {
      headers: { accept: "text/event-stream" },
      redirect: "manual",
    });
    expect(anonymous.status).toBe(303);
    await anonymous.body?.cancel();
    const officer = await signIn(t.app, "case_officer");
    const refused = await fetch(`${base}/admin/hendelser`, {
      headers: { accept: "text/event-stream", cookie: officer.cookie },
    });
    expect(refused.status).toBe(404);
    await refused.body?.cancel();
    const secretary = await signIn(t.app, "secretariat");
    const client = await connect("/admin/hendelser", { cookie: secretary.cookie });
    await change(20, "internal");
    await change(21, "public");
    await client.waitFor(2);
    expect(ids(client).slice(-2)).toEqual(["20", "21"]);
  });
});

describe("errors for JSON clients", () => {
  it("answers a JSON client with an RFC 9457 problem document, and a browser with a page", async () => {
    const json = await t.app.inject({
      url: "/finnes-ikke",
      headers: { accept: "application/json" },
    });
    expect(json.statusCode).toBe(404);
    expect(json.headers["content-type"]).toContain("application/problem+json");
    expect(json.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "Ikke funnet.",
    });
    const refused = await t.app.inject({
      url: "/hendelser",
      headers: { accept: "application/json" },
    });
    expect(refused.statusCode).toBe(406);
    const html = await t.app.inject({ url: "/finnes-ikke", headers: { accept: "text/html" } });
    expect(html.statusCode).toBe(404);
    expect(html.headers["content-type"]).toContain("text/html");
  });
});
