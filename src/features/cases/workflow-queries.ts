import type { Database } from "../../db/database.ts";
import type { CaseStatus } from "../../domain/case-status.ts";
import { can, type PolicyUser } from "../../policies/policy.ts";
import { caseDecided, caseSharedWith, caseSubject } from "./queries.ts";

export interface WorkflowCaseEntry {
  id: number;
  archiveCaseNumber: string;
  title: string;
  status: CaseStatus;
  caseOfficer: string;
  updatedAt: Date;
  submittedAt: Date | null;
  /** The approver sent it back, and the comment is not answered yet. */
  returned: boolean;
}

function workflowCases(db: Database) {
  return db
    .selectFrom("case")
    .select((eb) => [
      "case.id",
      "case.archive_case_number",
      "case.title",
      "case.status",
      "case.case_officer",
      "case.updated_at",
      "case.submitted_at",
      "case.returned_comment",
      "case.owner_user_id",
      "case.access",
      caseSharedWith(eb).as("shared_with"),
      caseDecided(eb).as("decided"),
    ]);
}

type WorkflowRow = Awaited<ReturnType<ReturnType<typeof workflowCases>["execute"]>>[number];

const workflowEntry = (row: WorkflowRow): WorkflowCaseEntry => ({
  id: row.id,
  archiveCaseNumber: row.archive_case_number,
  title: row.title,
  status: row.status,
  caseOfficer: row.case_officer,
  updatedAt: row.updated_at,
  submittedAt: row.submitted_at,
  returned: row.returned_comment !== null,
});

/** The cases the user writes: their own and those shared with them, newest change first. */
export async function listOwnCases(db: Database, user: PolicyUser): Promise<WorkflowCaseEntry[]> {
  const rows = await workflowCases(db)
    .where((eb) =>
      eb.or([
        eb("case.owner_user_id", "=", user.id),
        eb.exists(
          eb
            .selectFrom("case_share")
            .select("case_share.user_id")
            .whereRef("case_share.case_id", "=", "case.id")
            .where("case_share.user_id", "=", user.id),
        ),
      ]),
    )
    .orderBy("case.updated_at", "desc")
    .orderBy("case.id", "desc")
    .execute();
  return rows.map(workflowEntry);
}

/** Submitted cases waiting for the approver, the longest waiting first. */
export async function listCasesForApproval(
  db: Database,
  user: PolicyUser,
): Promise<WorkflowCaseEntry[]> {
  const rows = await workflowCases(db)
    .where("case.status", "=", "submitted")
    .orderBy("case.submitted_at")
    .orderBy("case.id")
    .execute();
  return rows.filter((row) => can(user, "approve", "case", caseSubject(row))).map(workflowEntry);
}

export interface ShareEntry {
  userId: number;
  name: string;
}

/** Who the case is shared with, and the case officers it could be shared with next. */
export async function shareState(
  db: Database,
  caseId: number,
  ownerId: number | null,
): Promise<{ shares: ShareEntry[]; candidates: ShareEntry[] }> {
  const shares = await db
    .selectFrom("case_share")
    .innerJoin("app_user", "app_user.id", "case_share.user_id")
    .select(["app_user.id", "app_user.display_name"])
    .where("case_share.case_id", "=", caseId)
    .orderBy("app_user.display_name")
    .execute();
  const taken = new Set([...shares.map((row) => row.id), ...(ownerId === null ? [] : [ownerId])]);
  const officers = await db
    .selectFrom("app_user")
    .select(["id", "display_name"])
    .where("role", "=", "case_officer")
    .where("disabled", "=", false)
    .orderBy("display_name")
    .orderBy("id")
    .execute();
  return {
    shares: shares.map((row) => ({ userId: row.id, name: row.display_name })),
    candidates: officers
      .filter((row) => !taken.has(row.id))
      .map((row) => ({ userId: row.id, name: row.display_name })),
  };
}

/** The presentation's versions and the case's audit rows, for its history page. */
export async function caseHistory(db: Database, caseId: number) {
  const [versions, audits] = await Promise.all([
    db
      .selectFrom("case_version")
      .select([
        "version",
        "title",
        "summary",
        "facts",
        "assessment",
        "recommendation",
        "reason",
        "author_name",
        "created_at",
      ])
      .where("case_id", "=", caseId)
      .orderBy("version", "desc")
      .execute(),
    db
      .selectFrom("audit_log")
      .select(["id", "at", "actor_name", "action", "details"])
      .where("entity_type", "=", "case")
      .where("entity_id", "=", String(caseId))
      .orderBy("id", "desc")
      .execute(),
  ]);
  return { versions, audits };
}

export type CaseHistory = Awaited<ReturnType<typeof caseHistory>>;
