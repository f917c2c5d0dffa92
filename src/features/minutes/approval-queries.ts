import type { Database } from "../../db/database.ts";
import type { MinutesVersionKind } from "../../domain/minutes-approval.ts";
import { meetingName } from "../meetings/meeting-labels.ts";
import { loadMinutesSigning, type MinutesSigning } from "./signing-queries.ts";

export interface MinutesVersionRow {
  id: number;
  version: number;
  kind: MinutesVersionKind;
  reason: string | null;
  publishedAt: Date | null;
}

export interface MinutesApprovalView {
  meetingId: number;
  bodyName: string;
  startsAt: Date;
  approvedAt: Date | null;
  /** The later meeting whose item approved the minutes, by name; null for signatures. */
  approvedInMeeting: string | null;
  signing: MinutesSigning;
  versions: MinutesVersionRow[];
}

/** What the secretariat sees of a meeting's approval: signatures, versions, how it was approved. */
export async function loadMinutesApproval(
  db: Database,
  meeting: { id: number; body_name: string; starts_at: Date },
): Promise<MinutesApprovalView> {
  const [signing, versions, approvedIn] = await Promise.all([
    loadMinutesSigning(db, meeting.id),
    db
      .selectFrom("minutes_version")
      .select(["id", "version", "kind", "reason", "published_at"])
      .where("meeting_id", "=", meeting.id)
      .where("status", "<>", "failed")
      .orderBy("version")
      .execute(),
    db
      .selectFrom("minutes as mi")
      .innerJoin("agenda_item as a", "a.id", "mi.approved_in_agenda_item_id")
      .innerJoin("meeting as m", "m.id", "a.meeting_id")
      .innerJoin("body as b", "b.id", "m.body_id")
      .select(["b.name", "m.starts_at"])
      .where("mi.meeting_id", "=", meeting.id)
      .executeTakeFirst(),
  ]);
  return {
    meetingId: meeting.id,
    bodyName: meeting.body_name,
    startsAt: meeting.starts_at,
    approvedAt: signing.approvedAt,
    approvedInMeeting: approvedIn ? meetingName(approvedIn.name, approvedIn.starts_at) : null,
    signing,
    versions: versions.map((row) => ({
      id: row.id,
      version: row.version,
      kind: row.kind,
      reason: row.reason,
      publishedAt: row.published_at,
    })),
  };
}
