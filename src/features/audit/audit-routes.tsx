import type { FastifyInstance } from "fastify";
import { authorize } from "../../policies/policy.ts";
import { requireUser } from "../../web/require-user.ts";
import { queryId, renderPage } from "../../web/route-helpers.ts";
import { searchText } from "../../web/search.ts";
import { ACTION_AREAS, ENTITY_TYPES } from "./audit-labels.ts";
import { AUDIT_PATH } from "./audit-paths.ts";
import { presentAuditLog } from "./audit-presenter.ts";
import { type AuditFilter, listAuditEntries } from "./audit-queries.ts";
import { loadAuditSubjects } from "./audit-subjects.ts";
import { AuditLogPage } from "./audit-views.tsx";

/** A filter value only counts when it is one the form offers; anything else means all. */
function known(value: string, allowed: Record<string, unknown>): string | null {
  return Object.hasOwn(allowed, value) ? value : null;
}

export async function registerAuditRoutes(app: FastifyInstance): Promise<void> {
  app.get(AUDIT_PATH, { preHandler: requireUser }, async (request, reply) => {
    const filter: AuditFilter = {
      area: known(searchText(request.query, "omrade", 40), ACTION_AREAS),
      entityType: known(searchText(request.query, "type", 40), ENTITY_TYPES),
      actor: searchText(request.query, "av", 100),
    };
    const from = queryId(request.query, "fra");
    authorize(request.user, "view", "audit");
    const page = await listAuditEntries(app.db, { filter, from });
    const subjects = await loadAuditSubjects(app.db, page.entries);
    return renderPage(request, reply, (ctx) => (
      <AuditLogPage ctx={ctx} log={presentAuditLog({ page, subjects, filter, from })} />
    ));
  });
}
