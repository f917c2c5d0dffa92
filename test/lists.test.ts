import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.ts";
import { seriesYear } from "../src/domain/numbering.ts";
import { buildCase } from "./factories/cases.ts";
import { buildHeldMeeting, buildMeeting, buildPublishedMeeting } from "./factories/meetings.ts";
import { buildBody } from "./factories/registry.ts";
import { createTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
let db: Database;
beforeAll(async () => {
  t = await createTestApp("demo");
  db = t.app.db;
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("the list of cases", () => {
  it("lists cases on published agendas, filtered by body, year, type and status", async () => {
    const body = await buildBody(db);
    const decided = await buildCase(db, { route: [body.id], title: "Ny gang- og sykkelvei" });
    const pending = await buildCase(db, { route: [body.id], title: "Nytt bibliotek" });
    const unpublished = await buildCase(db, { route: [body.id], title: "Ikke på noen saksliste" });
    const held = await buildHeldMeeting(db, { bodyId: body.id, caseIds: [decided.id] });
    await buildPublishedMeeting(db, { bodyId: body.id, caseIds: [pending.id] });
    const planned = await buildMeeting(db, { bodyId: body.id });
    expect(planned.status).toBe("planned");

    const page = (await get(`/saker?utvalg=${body.slug}`)).body;
    expect(page).toContain("Ny gang- og sykkelvei");
    expect(page).toContain("Nytt bibliotek");
    expect(page).not.toContain(unpublished.title);
    expect(page).toContain("2 saker");

    const year = seriesYear(held.meeting.starts_at);
    const decidedOnly = (await get(`/saker?utvalg=${body.slug}&status=decided&ar=${year}`)).body;
    expect(decidedOnly).toContain("Ny gang- og sykkelvei");
    expect(decidedOnly).not.toContain("Nytt bibliotek");
    const open = (await get(`/saker?utvalg=${body.slug}&status=open`)).body;
    expect(open).not.toContain("Ny gang- og sykkelvei");
    expect(open).toContain("Nytt bibliotek");
    expect((await get(`/saker?utvalg=${body.slug}&type=RS`)).body).toContain("0 saker");
    expect((await get(`/saker?utvalg=${body.slug}&ar=1990`)).body).toContain("0 saker");
  });

  it("pages through the cases, 25 to a page", async () => {
    const all = await get("/saker");
    expect(all.statusCode).toBe(200);
    const total = Number(/(\d+) saker/.exec(all.body)?.[1]);
    expect(total).toBeGreaterThan(25);
    expect(all.body).toContain('href="/saker?side=2"');
    const pages = Math.ceil(total / 25);
    const last = await get(`/saker?side=${pages}`);
    expect(last.body).toContain(`Side ${pages} av ${pages}`);
    expect(last.body).not.toContain("Neste side");
    const firstIds = [...all.body.matchAll(/href="\/saker\/(\d+)"/g)].map((m) => m[1]);
    const secondIds = [...(await get("/saker?side=2")).body.matchAll(/href="\/saker\/(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(firstIds).toHaveLength(25);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
  });

  it("answers bad filters with a message in Norwegian and a 400, never a 500", async () => {
    for (const [url, message] of [
      ["/saker?utvalg=finnes-ikke", "Fant ikke utvalget"],
      ["/saker?ar=tjue", "fire sifre"],
      ["/saker?type=XX", "sakstype"],
      ["/saker?status=kanskje", "status"],
      ["/saker?side=0", "Sidetallet"],
      ["/saker?side=99999999999", "Sidetallet"],
      ["/saker?utvalg=a&utvalg=b", "Velg ett utvalg"],
      [`/saker?utvalg=${"x".repeat(5000)}`, "Velg ett utvalg"],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.body, url).toContain(message);
    }
    expect((await get("/saker?side=9999")).statusCode).toBe(200);
  });
});

describe("the list of people in office", () => {
  it("lists members and substitutes with their bodies, by body and party", async () => {
    const all = await get("/personer");
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain("Kommunestyret");
    const council = (await get("/personer?utvalg=kommunestyret")).body;
    const listIds = [...all.body.matchAll(/<option value="(\d+)"/g)].map((m) => m[1]);
    expect(listIds.length).toBeGreaterThan(1);
    const firstList = (await get(`/personer?parti=${listIds[0]}`)).body;
    const count = (html: string) => Number(/(\d+) personer?/.exec(html)?.[1]);
    expect(count(firstList)).toBeLessThan(count(all.body));
    expect(count(council)).toBeLessThanOrEqual(count(all.body));
    expect(count(council)).toBeGreaterThan(0);
    expect((await get("/personer?utvalg=finnes-ikke")).statusCode).toBe(400);
    expect((await get("/personer?parti=abc")).statusCode).toBe(400);
  });

  it("is linked from the front page with the list of cases", async () => {
    const front = (await get("/")).body;
    expect(front).toContain('href="/personer"');
    expect(front).toContain('href="/saker"');
  });
});

describe("the sitemap", () => {
  const locs = (xml: string, element: "sitemap" | "url"): string[] => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ isArray: (name) => name === element }).parse(xml);
    const root = element === "sitemap" ? parsed.sitemapindex : parsed.urlset;
    return (root[element] ?? []).map((entry: { loc: string }) => entry.loc);
  };

  it("lists the portal's pages, every meeting and the published cases, and robots.txt points to it", async () => {
    const robots = await get("/robots.txt");
    expect(robots.body).toContain("Sitemap: http://localhost/sitemap.xml");
    expect(robots.body).toContain("Disallow: /admin");
    const index = await get("/sitemap.xml");
    expect(index.headers["content-type"]).toContain("application/xml");
    const files = locs(index.body, "sitemap");
    expect(files).toContain("http://localhost/sitemap/sider-1.xml");
    const urls: string[] = [];
    for (const file of files) {
      const response = await get(new URL(file).pathname);
      expect(response.statusCode, file).toBe(200);
      urls.push(...locs(response.body, "url"));
    }
    expect(urls).toContain("http://localhost/saker");
    expect(urls).toContain("http://localhost/utvalg/kommunestyret");
    const body = await buildBody(db);
    const published = await buildPublishedMeeting(db, { bodyId: body.id });
    const hidden = await buildCase(db, { route: [body.id] });
    const cases = locs((await get("/sitemap/saker-1.xml")).body, "url");
    expect(cases).toContain(`http://localhost/saker/${published.items[0]?.caseId}`);
    expect(cases).not.toContain(`http://localhost/saker/${hidden.id}`);
    expect(locs((await get("/sitemap/moter-1.xml")).body, "url")).toContain(
      `http://localhost/moter/${published.meeting.id}`,
    );
    expect((await get("/sitemap/saker-9.xml")).statusCode).toBe(404);
    expect((await get("/sitemap/annet-1.xml")).statusCode).toBe(404);
  });
});
