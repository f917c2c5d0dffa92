import os from "node:os";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { loadConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/database.ts";
import { generatePublicationDocumentJob } from "../../src/features/publishing/generate-publication-document-job.ts";
import { createJobRegistry } from "../../src/jobs/registry.ts";
import { runDueJobs } from "../../src/jobs/worker.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import type { Agent } from "./app.ts";
import { jobServices } from "./job-services.ts";

/**
 * Sends the notice as the secretariat does, confirming on the confirmation page, then runs the
 * jobs that make the papers, so the round is published when this returns. Only those jobs: the
 * mails stay queued, and the demo's other jobs are left alone.
 */
export async function publishThroughWorkspace(
  db: Database,
  staff: Agent,
  meetingId: number,
  form: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const response = await staff.post(`/admin/moter/${meetingId}/innkalling`, form);
  if (response.statusCode !== 303) return response;
  const mailer = createMailer({
    ...loadConfig({}),
    dataDir: path.join(os.tmpdir(), "folkestyre-test-publish"),
  });
  try {
    await runDueJobs({
      db,
      registry: createJobRegistry([generatePublicationDocumentJob]),
      services: jobServices(db, mailer),
    });
  } finally {
    mailer.close();
  }
  return response;
}
