import { sql } from "kysely";
import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { namedMinutesMeeting } from "../../domain/minutes-approval.ts";
import { osloDay } from "../../domain/time.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { approveMinutes } from "./approve-minutes.ts";
import type { RequestMinutesVersion } from "./request-version.ts";

/**
 * The body decided its item «Godkjenning av protokoll»: the earlier meeting the item names, by
 * date or number in its title, text or decision, has its minutes approved by this item. The
 * caller has locked the later meeting and recorded the decision.
 */
export async function approveMinutesInMeeting({
  actor,
  meeting,
  item,
  now,
  tx,
  requestVersion,
}: {
  actor: Actor;
  /** The later meeting, where the body decided the item. */
  meeting: Meeting;
  item: { id: number; title: string; text: string; decision: string };
  now: Date;
  tx: Database;
  requestVersion: RequestMinutesVersion;
}): Promise<Outcome<{ approvedMeetingId: number | null }>> {
  const earlier = await tx
    .selectFrom("meeting")
    .select(["id", "starts_at", "series_number", "series_year", "status"])
    .where("body_id", "=", meeting.body_id)
    .where("starts_at", "<", meeting.starts_at)
    .where("status", "in", ["held", "minutes_approved"])
    .orderBy(sql`starts_at desc`)
    .execute();
  const named = namedMinutesMeeting(
    [item.title, item.text, item.decision],
    earlier.map((row) => ({
      meetingId: row.id,
      day: osloDay(row.starts_at),
      seriesNumber: row.series_number,
      seriesYear: row.series_year,
      approved: row.status === "minutes_approved",
    })),
  );
  if (named.kind === "refused") return refused({ decision: named.message });
  if (named.kind === "nothing") return succeeded({ approvedMeetingId: null });
  const approval = await approveMinutes({
    actor,
    meeting: await lockMeeting(tx, named.meetingId),
    agendaItemId: item.id,
    now,
    tx,
    requestVersion,
  });
  if (!approval.ok) return approval;
  return succeeded({ approvedMeetingId: named.meetingId });
}
