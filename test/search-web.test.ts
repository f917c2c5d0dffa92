import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXEMPT_SECRETS } from "../src/demo/seed-demo.ts";
import { createTestApp, signIn, type TestApp } from "./helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp("demo");
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: "GET", url });
const q = (text: string, extra = "") => `/sok?q=${encodeURIComponent(text)}${extra}`;
const hitCount = (html: string) =>
  (html.match(/<li><p class="ds-paragraph fs-meta"/g) ?? []).length;

async function publicCaseWord(): Promise<{ id: number; word: string }> {
  const row = await t.app.db
    .selectFrom("search_public")
    .select(["entity_id", "title"])
    .where("kind", "=", "case")
    .orderBy("entity_id")
    .executeTakeFirstOrThrow();
  const word = row.title.split(/[^\p{L}]+/u).find((w) => w.length >= 6) ?? row.title;
  return { id: row.entity_id, word };
}

describe("/sok on the portal", () => {
  it("shows the search form, linked from the header", async () => {
    const response = await get("/sok");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('name="q"');
    expect((await get("/")).body).toContain('href="/sok"');
  });

  it("finds a public case, marks the words and links to it", async () => {
    const { id, word } = await publicCaseWord();
    const response = await get(q(word.toLowerCase()));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`href="/saker/${id}"`);
    expect(response.body).toMatch(/<mark>/);
    expect(response.body).toMatch(/\d+ treff\./);
    expect(response.headers["cache-control"]).toContain("no-store");
  });

  it("links «Få varsel om nye treff» to the alert form with the query filled in", async () => {
    const response = await get(q('Barnehage "ny skole" -privat'));
    const href = "/varsler?q=barnehage%20%22ny%20skole%22%20-privat";
    expect(response.body).toContain(
      `<a class="ds-link" href="${href.replaceAll('"', "&quot;")}">Få varsel om nye treff</a>`,
    );
    const form = await get(href);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="q" value="barnehage &quot;ny skole&quot; -privat"');
    for (const nothing of [q(""), q("-skole")])
      expect((await get(nothing)).body, nothing).not.toContain("Få varsel om nye treff");
  });

  it("filters and sorts by date without error", async () => {
    const { word } = await publicCaseWord();
    for (const extra of [
      "&type=saker&sortering=dato",
      "&vedtatt=ja",
      "&vedtatt=nei&dokumenter=ja",
      "&sakstype=PS&aar=2026",
      "&side=2",
    ]) {
      const response = await get(q(word, extra));
      expect(response.statusCode, extra).toBe(200);
    }
  });

  it("answers bad input calmly, in Norwegian, never with a 500", async () => {
    const cases: Array<[string, number, RegExp]> = [
      [q(""), 200, /Skriv et søk/],
      [q("-"), 200, /Skriv ett eller flere ord/],
      [q('""""'), 200, /Skriv ett eller flere ord/],
      [q("-skole -vei"), 200, /bare ord med minus/],
      [q("&|!():*<->"), 200, /Skriv ett eller flere ord/],
      [q("a".repeat(10_000)), 200, /svært langt/],
      [q("skole\u0007\u202e\u200b'); drop table person; --"), 200, /treff/i],
      [q("skole", "&aar=tjue"), 400, /fire sifre/],
      [q("skole", "&side=99999"), 400, /Sidetallet/],
      [q("skole", "&utvalg=abc"), 400, /Velg et utvalg/],
      [q("skole", "&type=hemmelig"), 400, /Velg hva du vil søke i/],
      [q("skole", "&sortering=tilfeldig"), 400, /Velg sortering/],
      ["/sok?q=skole&q=vei", 200, /treff/i],
      ["/sok?q[a]=skole", 200, /Skriv et søk/],
    ];
    for (const [url, status, message] of cases) {
      const response = await get(url);
      expect(response.statusCode, url.slice(0, 80)).toBe(status);
      expect(response.body, url.slice(0, 80)).toMatch(message);
    }
  });

  it("never finds or shows the demo's exempt names and diagnoses", async () => {
    for (const secret of EXEMPT_SECRETS) {
      const response = await get(q(`"${secret}"`));
      expect(response.statusCode).toBe(200);
      expect(hitCount(response.body), secret).toBe(0);
      expect(response.body, secret).toContain("Ingen treff.");
      expect(response.body).not.toContain("<mark>");
    }
  });
});

describe("/admin/sok in the workspace", () => {
  it("finds exempt content for the secretariat, not for a case officer or a member", async () => {
    const exempt = await t.app.db
      .selectFrom("case")
      .select(["id", "title"])
      .where("access", "=", "exempt")
      .where("owner_user_id", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const url = `/admin/sok?q=${encodeURIComponent(`"${exempt.title}"`)}`;
    const secretariat = await signIn(t.app, "secretariat", "sok-sekretariat");
    const staffPage = await secretariat.get(url);
    expect(staffPage.statusCode).toBe(200);
    expect(staffPage.body).toContain(`href="/admin/saker/${exempt.id}"`);
    const officer = await signIn(t.app, "case_officer", "sok-saksbehandler");
    const officerPage = await officer.get(url);
    expect(officerPage.statusCode).toBe(200);
    expect(officerPage.body).not.toContain(`href="/admin/saker/${exempt.id}"`);
    const member = await signIn(t.app, "member", "sok-medlem");
    expect((await member.get(url)).statusCode).toBe(404);
    expect((await get("/admin/sok")).statusCode).toBe(303);
  });
});
