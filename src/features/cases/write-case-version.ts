import type { Actor } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { enqueuePresentationPdf } from "../../documents/render-presentation-pdf-job.ts";
import type { PresentationTexts } from "./case-record.ts";

/**
 * Keeps one version of the presentation as it stands (case_version): version 1 when it is
 * approved, a later one for each revision with its reason. Every version row is written here,
 * with the job that renders its PDF in the same transaction, so a version never lacks one.
 */
export async function writeCaseVersion(
  tx: Database,
  {
    actor,
    caseId,
    version,
    texts,
    reason,
    now,
  }: {
    actor: Actor;
    caseId: number;
    version: number;
    texts: PresentationTexts;
    /** Why the approved presentation changed; null for the first approval. */
    reason: string | null;
    now?: Date | undefined;
  },
): Promise<{ versionId: number }> {
  const row = await tx
    .insertInto("case_version")
    .values({
      case_id: caseId,
      version,
      title: texts.title,
      summary: texts.summary,
      facts: texts.facts,
      assessment: texts.assessment,
      recommendation: texts.recommendation,
      reason,
      author_user_id: actor.kind === "user" ? actor.user.id : null,
      author_name: actor.kind === "user" ? actor.user.displayName : actor.name,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await enqueuePresentationPdf(tx, row.id);
  return { versionId: row.id };
}
