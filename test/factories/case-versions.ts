import type { Database } from "../../src/db/database.ts";
import { enqueuePresentationPdf } from "../../src/documents/render-presentation-pdf-job.ts";
import { commit } from "./run.ts";

export interface CaseVersionOptions {
  caseId: number;
  /** Why an approved presentation changed; a version after the first needs one. */
  reason?: string;
  approvedBy?: string;
  at?: Date;
}

/**
 * Approves a case's presentation as it stands, or revises it after approval, the way the case
 * workflow does: the texts become the next numbered version, and the PDF is asked for in the
 * same transaction. Returns the version's id.
 */
export async function buildCaseVersion(db: Database, options: CaseVersionOptions): Promise<number> {
  const at = options.at ?? new Date();
  return commit(db, async (tx) => {
    const found = await tx
      .selectFrom("case")
      .selectAll()
      .where("id", "=", options.caseId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const version = found.version + 1;
    const approvedBy = options.approvedBy ?? "Ola Direktør";
    const created = await tx
      .insertInto("case_version")
      .values({
        case_id: found.id,
        version,
        title: found.title,
        summary: found.summary,
        facts: found.facts,
        assessment: found.assessment,
        recommendation: found.recommendation,
        reason: version === 1 ? null : (options.reason ?? "Rettet en skrivefeil."),
        author_name: version === 1 ? approvedBy : found.case_officer,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .updateTable("case")
      .set({
        version,
        status: "approved",
        ...(version === 1 ? { approved_at: at, approved_by_name: approvedBy } : {}),
      })
      .where("id", "=", found.id)
      .execute();
    await enqueuePresentationPdf(tx, created.id);
    return created.id;
  });
}
