import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { bodyRules } from "../../domain/rules.ts";
import { agendaItems } from "./agenda-store.ts";
import { assignSeriesNumbers } from "./case-number-series.ts";
import { assignMeetingNumber } from "./meeting-number-series.ts";
import { isShortNotice } from "./notice-deadline.ts";

/**
 * Sends the notice (innkalling): the meeting gets its number in the body's year (møte 5/2026),
 * the agenda's items get their numbers in the body's series in agenda order (Eventuelt none),
 * and the meeting moves to notice_published. The caller has locked the meeting.
 */
export async function publishNotice({
  actor,
  meeting,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ meetingId: number; shortNotice: boolean }>> {
  if (meeting.status !== "planned")
    return refused({ form: "Innkalling kan bare sendes for et planlagt møte." });
  const items = await agendaItems(tx, meeting.id);
  if (items.length === 0)
    return refused({ form: "Sakslisten er tom. Legg til minst én sak før innkallingen sendes." });
  const body = await tx
    .selectFrom("body")
    .select("settings")
    .where("id", "=", meeting.body_id)
    .executeTakeFirstOrThrow();
  const year = seriesYear(meeting.starts_at);
  const meetingNumber = await assignMeetingNumber(tx, meeting);
  const numbers = await assignSeriesNumbers({
    tx,
    bodyId: meeting.body_id,
    year,
    items: items
      .filter((item) => item.series_number === null)
      .map((item) => ({ id: item.id, caseType: item.case_type })),
  });
  const shortNotice = isShortNotice({
    now,
    meetingStart: meeting.starts_at,
    noticeDays: bodyRules(body.settings).noticeDays,
  });
  await tx
    .updateTable("meeting")
    .set({ status: "notice_published", notice_published_at: now, updated_at: now })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.publish_notice",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      seriesYear: year,
      meetingNumber: meetingNumber.number,
      numbers: Object.fromEntries(numbers),
      shortNotice,
    },
  });
  return succeeded({ meetingId: meeting.id, shortNotice });
}
