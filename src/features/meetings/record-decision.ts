import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";

/**
 * Writes the body's decision (vedtak) on an item into the minutes. Decisions exist only for a
 * meeting that has been held, were taken while it sat, and are fixed once the minutes are
 * approved. The caller has locked the meeting.
 */
export async function recordDecision({
  actor,
  meeting,
  itemId,
  decision,
  decidedAt,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  decision: string;
  decidedAt: Date;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select("id")
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (meeting.status !== "held")
    return refused({
      form:
        meeting.status === "minutes_approved"
          ? "Protokollen er godkjent, så vedtaket kan ikke endres."
          : "Vedtak kan bare føres for et møte som er holdt.",
    });
  if (decision.trim() === "") return refused({ decision: "Skriv vedtaket." });
  if (decidedAt < meeting.starts_at || (meeting.ends_at !== null && decidedAt > meeting.ends_at))
    return refused({ decidedAt: "Vedtaket må være fattet mens møtet pågikk." });
  await tx
    .updateTable("agenda_item")
    .set({ decision, decided_at: decidedAt })
    .where("id", "=", itemId)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.decide",
    visibility: "public",
    entityType: "agenda_item",
    entityId: itemId,
    details: { meetingId: meeting.id, decidedAt: decidedAt.toISOString() },
  });
  return succeeded({ itemId });
}
