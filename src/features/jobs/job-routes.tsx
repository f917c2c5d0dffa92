import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import { wake } from "../../jobs/wake.ts";
import { authorize } from "../../policies/policy.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { JOBS_PATH } from "./job-paths.ts";
import { countJobsByStatus, listOpenJobs } from "./job-queries.ts";
import { JobsPage } from "./job-views.tsx";
import { retryJob } from "./retry-job.ts";

async function showJobsPage(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) {
  authorize(request.user, "view", "job");
  const db = request.server.db;
  const [counts, open] = await Promise.all([countJobsByStatus(db), listOpenJobs(db)]);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <JobsPage
        ctx={ctx}
        counts={counts}
        dead={open.dead}
        pending={open.pending}
        errors={errors ?? {}}
      />
    ),
    errors,
  );
}

export async function registerJobRoutes(app: FastifyInstance): Promise<void> {
  app.get(JOBS_PATH, { preHandler: requireUser }, (request, reply) => showJobsPage(request, reply));

  app.post(`${JOBS_PATH}/:id/prov-igjen`, { preHandler: requireUser }, async (request, reply) => {
    const jobId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "job");
      return succeeded(await retryJob({ actor, jobId, tx }));
    });
    if (!outcome.ok) return showJobsPage(request, reply, outcome.errors);
    wake();
    return redirectSaved(reply, JOBS_PATH, "jobRetried");
  });
}
