import type { FastifyInstance } from "fastify";
import { NotFoundError } from "../../policies/policy.ts";
import { sendPublicDocument } from "../../web/send-document.ts";
import { PRIVACY_HREF } from "../alerts/alert-links.ts";
import { caseHref, meetingHref, personHref } from "../portal/presenters/links.ts";
import { findBodies } from "../portal/queries.ts";
import {
  buildSitemap,
  buildSitemapIndex,
  SITEMAP_LIMIT,
  type SitemapUrl,
  sitemapFiles,
} from "./sitemap.ts";
import {
  countSitemapEntries,
  findSitemapCases,
  findSitemapMeetings,
  findSitemapPersons,
} from "./sitemap-queries.ts";

const XML = "application/xml; charset=utf-8";
const FIXED_PAGES = [
  "/",
  "/moter",
  "/saker",
  "/utvalg",
  "/personer",
  "/tilgjengelighet",
  PRIVACY_HREF,
];
const FILE = /^(sider|moter|saker|personer)-([1-9]\d{0,5})\.xml$/;

/** The sitemap for search engines, and robots.txt that points to it and away from the workspace. */
export async function registerSitemapRoutes(app: FastifyInstance): Promise<void> {
  app.get("/robots.txt", async (request, reply) =>
    sendPublicDocument(
      request,
      reply,
      [
        "User-agent: *",
        "Disallow: /admin",
        "Disallow: /logg-inn",
        "Disallow: /varsler/",
        `Sitemap: ${new URL("/sitemap.xml", app.config.baseUrl).href}`,
        "",
      ].join("\n"),
      "text/plain; charset=utf-8",
    ),
  );

  app.get("/sitemap.xml", async (request, reply) => {
    const counts = await countSitemapEntries(app.db);
    return sendPublicDocument(
      request,
      reply,
      buildSitemapIndex(app.config.baseUrl, sitemapFiles(counts)),
      XML,
    );
  });

  app.get("/sitemap/:file", async (request, reply) => {
    const match = FILE.exec((request.params as { file?: string }).file ?? "");
    if (!match) throw new NotFoundError();
    const section = match[1];
    const part = Number(match[2]);
    const page = { offset: (part - 1) * SITEMAP_LIMIT, limit: SITEMAP_LIMIT };
    let urls: SitemapUrl[];
    if (section === "sider") {
      if (part !== 1) throw new NotFoundError();
      const bodies = await findBodies(app.db);
      urls = [
        ...FIXED_PAGES.map((path) => ({ path })),
        ...bodies.map((body) => ({ path: `/utvalg/${encodeURIComponent(body.slug)}` })),
      ];
    } else if (section === "moter") {
      urls = (await findSitemapMeetings(app.db, page)).map((row) => ({
        path: meetingHref(row.id),
        lastModified: row.updated_at,
      }));
    } else if (section === "saker") {
      urls = (await findSitemapCases(app.db, page)).map((row) => ({ path: caseHref(row.id) }));
    } else {
      urls = (await findSitemapPersons(app.db, page)).map((row) => ({ path: personHref(row.id) }));
    }
    // A part past the last is not there; the first part of a kind exists even when empty.
    if (urls.length === 0 && part > 1) throw new NotFoundError();
    return sendPublicDocument(request, reply, buildSitemap(app.config.baseUrl, urls), XML);
  });
}
