import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { parseSearchQuery, searchQueryProblem } from "../../domain/search-query.ts";
import { authorize } from "../../policies/policy.ts";
import { pageContext } from "../../web/context.ts";
import { Layout } from "../../web/layout.tsx";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../../web/require-user.ts";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { subscribeHref } from "../alerts/alert-links.ts";
import { bodyHref, caseHref, meetingHref, personHref } from "../portal/presenters/links.ts";
import { bodyPath, personPath } from "../registry/registry-paths.ts";
import { type SearchHit, type SearchScope, searchEntries } from "./search-entries.ts";
import { parseSearchForm } from "./search-form.ts";
import { presentSearchPage, type SearchLinks } from "./search-presenter.ts";
import { SearchView } from "./search-view.tsx";

export const PORTAL_SEARCH_PATH = "/sok";
export const WORKSPACE_SEARCH_PATH = "/admin/sok";

const portalLinks: SearchLinks = {
  path: PORTAL_SEARCH_PATH,
  hit(hit: SearchHit) {
    if (hit.kind === "case" || (hit.kind === "document" && hit.caseId !== null))
      return caseHref(hit.caseId ?? hit.entityId);
    if (hit.kind === "meeting" || hit.kind === "document")
      return meetingHref(hit.meetingId ?? hit.entityId);
    if (hit.kind === "body") return bodyHref(hit.slug ?? "");
    return personHref(hit.entityId);
  },
  alert: (query) => subscribeHref({ query }),
};

const workspaceLinks: SearchLinks = {
  path: WORKSPACE_SEARCH_PATH,
  hit(hit: SearchHit) {
    if (hit.kind === "case") return `/admin/saker/${hit.entityId}`;
    if (hit.kind === "document" && hit.caseId !== null)
      return `/admin/saker/${hit.caseId}/dokumenter`;
    if (hit.kind === "meeting" || hit.kind === "document")
      return `/admin/moter/${hit.meetingId ?? hit.entityId}`;
    if (hit.kind === "body") return bodyPath(hit.entityId);
    return personPath(hit.entityId);
  },
};

/** The years meetings span, newest first: the choices of the year filter. */
async function searchYears(db: Database): Promise<number[]> {
  const row = await sql<{ first: number | null; last: number | null }>`
    select extract(year from min(starts_at) at time zone 'Europe/Oslo')::integer as first,
      extract(year from max(starts_at) at time zone 'Europe/Oslo')::integer as last
    from meeting`
    .execute(db)
    .then((result) => result.rows[0]);
  if (!row?.first || !row.last) return [];
  return Array.from({ length: row.last - row.first + 1 }, (_, i) => (row.last ?? 0) - i);
}

async function runSearch(db: Database, query: unknown, scope: SearchScope, links: SearchLinks) {
  const input = parseSearchForm(query);
  const parsed = parseSearchQuery(input.text);
  const [result, bodies, years] = await Promise.all([
    input.text !== "" && searchQueryProblem(parsed) === null
      ? searchEntries(db, {
          parsed,
          filters: input.filters,
          sort: input.sort,
          page: input.page,
          scope,
        })
      : Promise.resolve(null),
    db.selectFrom("body").select(["id", "name"]).orderBy("sort_order").orderBy("name").execute(),
    searchYears(db),
  ]);
  const model = presentSearchPage({ input, parsed, result, links, bodies, years });
  return { model, status: Object.keys(input.errors).length > 0 ? 400 : 200, searched: input.text };
}

export async function registerSearchRoutes(app: FastifyInstance): Promise<void> {
  app.get(PORTAL_SEARCH_PATH, async (request, reply) => {
    const { model, status, searched } = await runSearch(
      app.db,
      request.query,
      { audience: "public" },
      portalLinks,
    );
    const ctx = await pageContext(request);
    // Results are not kept in the page cache: every query is a new page, and they would push
    // out the pages many readers share.
    return sendPage(
      request,
      reply,
      <Layout ctx={ctx} title={searched ? `Søk: ${searched.slice(0, 60)}` : "Søk"}>
        <h1 class="ds-heading" data-size="xl">
          Søk
        </h1>
        <SearchView model={model} />
      </Layout>,
      { status, cache: searched ? "private" : "public" },
    );
  });

  app.get(WORKSPACE_SEARCH_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "case");
    const user = request.user;
    if (!user) return;
    const { model, status, searched } = await runSearch(
      app.db,
      request.query,
      { audience: "internal", user },
      workspaceLinks,
    );
    const ctx = await pageContext(request);
    return sendPage(
      request,
      reply,
      <AdminLayout ctx={ctx} title={searched ? `Søk: ${searched.slice(0, 60)}` : "Søk"}>
        <h1 class="ds-heading" data-size="xl">
          Søk i arbeidsflaten
        </h1>
        <SearchView model={model} />
      </AdminLayout>,
      { status },
    );
  });
}
