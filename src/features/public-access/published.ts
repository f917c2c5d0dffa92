import { sql } from "kysely";
import type { Visibility } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";

/**
 * When the public sees a meeting's agenda and the cases on it. An agenda is public from the
 * moment the notice is published (kl. § 11-3: the meeting and its documents are announced
 * together); before that the secretariat is still building it, so its items, the cases on it
 * and their documents stay off the portal. The same rule decides whether a change reaches the
 * portal, so the SQL and the JS forms below must agree.
 */
export function agendaPublished(meeting: string) {
  return sql<boolean>`(${sql.ref(`${meeting}.status`)} in ('notice_published', 'held', 'minutes_approved') or ${sql.ref(`${meeting}.notice_published_at`)} is not null)`;
}

/** A case is public once it stands on at least one published agenda. */
export function casePublished(caseId: string) {
  return sql<boolean>`exists (
    select 1 from public_agenda_item pa join meeting pm on pm.id = pa.meeting_id
    where pa.case_id = ${sql.ref(caseId)} and ${agendaPublished("pm")}
  )`;
}

export function agendaVisibility(meeting: Pick<Meeting, "status" | "notice_published_at">) {
  const published =
    meeting.status === "notice_published" ||
    meeting.status === "held" ||
    meeting.status === "minutes_approved" ||
    meeting.notice_published_at !== null;
  return published ? "public" : "internal";
}

/** Whether a change to the case can show on the portal: only once it is on a public agenda. */
export async function caseVisibility(tx: Database, caseId: number): Promise<Visibility> {
  const row = await tx
    .selectFrom("case as c")
    .select(casePublished("c.id").as("published"))
    .where("c.id", "=", caseId)
    .executeTakeFirst();
  return row?.published ? "public" : "internal";
}
