import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { correctionRefusal } from "../../domain/minutes-approval.ts";
import type { RequestMinutesVersion } from "./request-version.ts";

/**
 * A change to approved minutes: a new correction version with its reason, printed in the
 * minutes; the versions before it stay as they were published. The caller has locked the
 * meeting.
 */
export async function correctMinutes({
  actor,
  meeting,
  reason,
  now,
  tx,
  requestVersion,
}: {
  actor: Actor;
  meeting: Meeting;
  reason: string;
  now: Date;
  tx: Database;
  requestVersion: RequestMinutesVersion;
}): Promise<Outcome<{ meetingId: number }>> {
  const trimmed = reason.replace(/\r\n?/g, "\n").trim();
  const refusal = correctionRefusal({
    approved: meeting.status === "minutes_approved",
    reason: trimmed,
  });
  if (refusal) return refused({ [refusal.field]: refusal.message });
  const version = await requestVersion({
    actor,
    meeting,
    kind: "correction",
    reason: trimmed,
    now,
    tx,
  });
  if (!version.ok) return version;
  await writeAudit(tx, {
    actor,
    at: now,
    action: "minutes.correct",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: { reason: trimmed },
  });
  return succeeded({ meetingId: meeting.id });
}
