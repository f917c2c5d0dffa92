import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../../db/database.ts";
import type { DB } from "../../db/generated.ts";
import type { PolicyUser } from "../../policies/policy.ts";
import { STAFF } from "../../policies/rules.ts";

/** The notices a user may read: the secretariat every one, a case officer their own cases'. */
function scoped<O>(
  query: SelectQueryBuilder<DB & { n: DB["decision_notice"]; c: DB["case"] }, "n" | "c", O>,
  user: PolicyUser,
) {
  if (STAFF.includes(user.role)) return query;
  if (user.role === "case_officer") return query.where("c.owner_user_id", "=", user.id);
  return query.where((eb) => eb.lit(false));
}

function noticeRows(db: Database) {
  return db
    .selectFrom("decision_notice as n")
    .innerJoin("case as c", "c.id", "n.case_id")
    .innerJoin("agenda_item as a", "a.id", "n.agenda_item_id")
    .innerJoin("meeting as m", "m.id", "a.meeting_id")
    .innerJoin("body as b", "b.id", "m.body_id")
    .leftJoin("app_user as u", "u.id", "n.recipient_user_id")
    .select([
      "n.id",
      "n.case_id",
      "n.decision",
      "n.vote_summary",
      "n.document_id",
      "n.created_at",
      "n.read_at",
      "n.replaced_by_id",
      "c.owner_user_id",
      "c.title",
      "c.archive_case_number",
      "c.access",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "m.id as meeting_id",
      "m.starts_at",
      "b.name as body_name",
      "u.display_name as recipient_name",
    ]);
}

export type NoticeRow = Awaited<ReturnType<ReturnType<typeof noticeRows>["execute"]>>[number];

/** The received decisions the user may read, unread first, then the newest; at most `limit`. */
export async function listReceivedDecisions(
  db: Database,
  user: PolicyUser,
  limit = 200,
): Promise<NoticeRow[]> {
  return scoped(noticeRows(db), user)
    .orderBy((eb) => eb.case().when("n.read_at", "is", null).then(0).else(1).end())
    .orderBy("n.created_at", "desc")
    .orderBy("n.id", "desc")
    .limit(limit)
    .execute();
}

/** One notice, or undefined; the caller authorizes it with the case's owner. */
export async function findDecisionNotice(db: Database, id: number): Promise<NoticeRow | undefined> {
  return noticeRows(db).where("n.id", "=", id).executeTakeFirst();
}

/**
 * How many current notices addressed to the user they have not opened: the count beside
 * «Mottatte vedtak» in the workspace. Only the case officer's own, as only they mark them read.
 */
export async function countUnreadDecisions(db: Database, user: PolicyUser): Promise<number> {
  if (user.role !== "case_officer") return 0;
  const row = await db
    .selectFrom("decision_notice as n")
    .innerJoin("case as c", "c.id", "n.case_id")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("c.owner_user_id", "=", user.id)
    .where("n.read_at", "is", null)
    .where("n.replaced_by_id", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
