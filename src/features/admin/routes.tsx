import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.tsx";
import { requireUser } from "../../web/require-user.ts";
import { registerAuditRoutes } from "../audit/audit-routes.tsx";
import { registerCaseAdminRoutes } from "../cases/admin-routes.tsx";
import { countUnreadDecisions } from "../decision-notices/notice-queries.ts";
import { registerDecisionNoticeRoutes } from "../decision-notices/notice-routes.tsx";
import { registerCaseDocumentRoutes } from "../documents/workspace-routes.tsx";
import { registerJobRoutes } from "../jobs/job-routes.tsx";
import { registerOutboxRoutes } from "../jobs/outbox-routes.tsx";
import { registerMeetingAdminRoutes } from "../meetings/admin-routes.tsx";
import { registerMunicipalityRoutes } from "../municipality/municipality-routes.tsx";
import { registerRegistryAdminRoutes } from "../registry/admin-routes.tsx";
import { registerRouteRoutes } from "../route/route-routes.tsx";
import { registerUserRoutes } from "../users/user-routes.tsx";
import { AdminHome } from "./admin-home.tsx";

export async function registerAdminRoutes(app: FastifyInstance): Promise<void> {
  app.get("/admin", { preHandler: requireUser }, async (request, reply) => {
    const ctx = await pageContext(request);
    const unread = request.user ? await countUnreadDecisions(app.db, request.user) : 0;
    return sendPage(
      request,
      reply,
      h(AdminHome, { ctx, counts: { "/admin/mottatte-vedtak": unread } }),
    );
  });
  await registerRegistryAdminRoutes(app);
  await registerMeetingAdminRoutes(app);
  await registerCaseAdminRoutes(app);
  await registerRouteRoutes(app);
  await registerCaseDocumentRoutes(app);
  await registerDecisionNoticeRoutes(app);
  await registerUserRoutes(app);
  await registerAuditRoutes(app);
  await registerJobRoutes(app);
  await registerOutboxRoutes(app);
  await registerMunicipalityRoutes(app);
}
