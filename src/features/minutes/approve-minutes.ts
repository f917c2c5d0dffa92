import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, Refusal, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import type { RequestMinutesVersion } from "./request-version.ts";

/**
 * The minutes of a held meeting become final: by the last chosen signer's signature, or by the
 * body's decision on «Godkjenning av protokoll» at a later meeting (agendaItemId). Only those
 * two use cases call this. After it the meeting's decisions stand as written, and the final
 * version of the minutes is made. The caller has locked the meeting.
 */
export async function approveMinutes({
  actor,
  meeting,
  agendaItemId,
  now,
  tx,
  requestVersion,
}: {
  actor: Actor;
  meeting: Meeting;
  /** The item at a later meeting that approved the minutes; null for approval by signatures. */
  agendaItemId: number | null;
  now: Date;
  tx: Database;
  requestVersion: RequestMinutesVersion;
}): Promise<Outcome<{ meetingId: number }>> {
  if (meeting.status !== "held")
    return refused({
      form:
        meeting.status === "minutes_approved"
          ? "Protokollen er allerede godkjent."
          : "Protokollen kan bare godkjennes for et møte som er holdt.",
    });
  await tx
    .insertInto("minutes")
    .values({
      meeting_id: meeting.id,
      approved_at: now,
      approved_in_agenda_item_id: agendaItemId,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column("meeting_id").doUpdateSet({
        approved_at: now,
        approved_in_agenda_item_id: agendaItemId,
        updated_at: now,
      }),
    )
    .execute();
  await tx
    .updateTable("meeting")
    .set({ status: "minutes_approved", updated_at: now })
    .where("id", "=", meeting.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.approve_minutes",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: { by: agendaItemId === null ? "signatures" : "meeting", agendaItemId },
  });
  const final = await requestVersion({
    actor,
    meeting: { ...meeting, status: "minutes_approved", updated_at: now },
    kind: "final",
    reason: null,
    now,
    tx,
  });
  if (!final.ok) throw new Refusal(final.errors);
  return succeeded({ meetingId: meeting.id });
}
