import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { publicItemLabel, recordMeetingChange } from "./meeting-changes.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "./publication-in-progress.ts";

export const MAX_REASON_LENGTH = 500;

/**
 * Withdraws an item after the notice (trukket): it keeps its number and its place on the agenda,
 * marked with why, and the change log says so. Before the notice an item is simply removed.
 * The caller has locked the meeting.
 */
export async function withdrawAgendaItem({
  actor,
  meeting,
  itemId,
  reason,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  reason: string;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "withdrawn_at", "decided_at"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (meeting.status !== "notice_published")
    return refused({
      form:
        meeting.status === "planned"
          ? "Innkallingen er ikke sendt. Fjern saken fra sakslisten i stedet."
          : "Saker kan bare trekkes mellom innkallingen og møtet.",
    });
  if (item.withdrawn_at !== null) return refused({ form: "Saken er allerede trukket." });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const trimmed = reason.trim();
  if (trimmed === "") return refused({ reason: "Skriv hvorfor saken trekkes." });
  if (trimmed.length > MAX_REASON_LENGTH)
    return refused({ reason: `Begrunnelsen kan ha høyst ${MAX_REASON_LENGTH} tegn.` });
  await tx
    .updateTable("agenda_item")
    .set({ withdrawn_at: now, withdrawn_reason: trimmed })
    .where("id", "=", itemId)
    .execute();
  await recordMeetingChange(tx, {
    actor,
    meeting,
    kind: "item_withdrawn",
    agendaItemId: itemId,
    description: `${await publicItemLabel(tx, itemId)} er trukket: ${trimmed}`,
    now,
  });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.withdraw",
    visibility: "public",
    entityType: "agenda_item",
    entityId: itemId,
    details: { meetingId: meeting.id, reason: trimmed },
  });
  return succeeded({ itemId });
}
