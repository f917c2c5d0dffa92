import { type Actor, writeAudit } from "../../audit.ts";
import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";

/** The longest text one part of the minutes takes: as long as a decision may be. */
export const MINUTES_TEXT_MAX = 20_000;

export const APPROVED_REFUSAL =
  "Protokollen er godkjent og kan ikke endres. En endring etter godkjenning blir en ny versjon med begrunnelse.";

/**
 * The minutes row of the meeting, made the first time the secretary changes anything, and the
 * refusal once the minutes are approved: approved minutes change only as a new version. The
 * meeting's own status says so for minutes approved before the minutes row existed. The caller
 * has locked the meeting.
 */
export async function openMinutes(tx: Database, meeting: Meeting, now: Date): Promise<void> {
  if (meeting.status === "minutes_approved") throw new Refusal({ form: APPROVED_REFUSAL });
  if (meeting.opened_at === null && meeting.status !== "held")
    throw new Refusal({ form: "Protokollen skrives når møtet er satt." });
  const row = await tx
    .selectFrom("minutes")
    .select("approved_at")
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (row?.approved_at != null) throw new Refusal({ form: APPROVED_REFUSAL });
  if (!row)
    await tx
      .insertInto("minutes")
      .values({ meeting_id: meeting.id, created_at: now, updated_at: now })
      .execute();
  else
    await tx
      .updateTable("minutes")
      .set({ updated_at: now })
      .where("meeting_id", "=", meeting.id)
      .execute();
}

/** A text the secretary writes: line endings made one kind, and refused empty or too long. */
export function cleanText(text: string, field: string): string {
  const clean = text.replace(/\r\n?/g, "\n").trim();
  if (clean === "") throw new Refusal({ [field]: "Skriv teksten." });
  if (clean.length > MINUTES_TEXT_MAX)
    throw new Refusal({
      [field]: `Teksten kan ha høyst ${MINUTES_TEXT_MAX.toLocaleString("nb-NO")} tegn.`,
    });
  return clean;
}

/** The minutes are the secretary's working draft until published, so changes are internal. */
export async function auditMinutes(
  tx: Database,
  entry: {
    actor: Actor;
    meeting: Meeting;
    action: string;
    now: Date;
    details: Record<string, unknown>;
  },
): Promise<void> {
  await writeAudit(tx, {
    actor: entry.actor,
    at: entry.now,
    action: entry.action,
    visibility: "internal",
    entityType: "meeting",
    entityId: entry.meeting.id,
    details: entry.details,
  });
}
