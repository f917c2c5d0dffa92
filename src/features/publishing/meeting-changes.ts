import type { Actor } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting, MeetingChangeKind } from "../../db/schema.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";

const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.user.displayName : actor.name;

/**
 * How the change log names an item: its number and the title the public may see, since the
 * log is shown on the public meeting page and mailed.
 */
export async function publicItemLabel(tx: Database, itemId: number): Promise<string> {
  const item = await tx
    .selectFrom("agenda_item as a")
    .leftJoin("case as c", "c.id", "a.case_id")
    .select([
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.title",
      "c.title as case_title",
      "c.access",
      "c.public_title",
    ])
    .where("a.id", "=", itemId)
    .executeTakeFirstOrThrow();
  const number = caseNumberLabel({
    caseType: item.case_type,
    year: item.series_year,
    number: item.series_number,
  });
  const title =
    item.access === "exempt"
      ? item.public_title || "Unntatt offentlighet"
      : (item.case_title ?? item.title ?? "");
  return [number, `«${title}»`].filter(Boolean).join(" ");
}

/**
 * Writes a line of the dated change log after the notice (corrections are versions, never silent
 * overwrites); the next publication announces it. Before the notice the agenda is a draft and
 * nothing is logged.
 */
export async function recordMeetingChange(
  tx: Database,
  {
    actor,
    meeting,
    kind,
    agendaItemId = null,
    documentId = null,
    description,
    now,
  }: {
    actor: Actor;
    meeting: Pick<Meeting, "id" | "status">;
    kind: MeetingChangeKind;
    agendaItemId?: number | null;
    documentId?: number | null;
    description: string;
    now: Date;
  },
): Promise<void> {
  if (meeting.status !== "notice_published") return;
  await tx
    .insertInto("meeting_change")
    .values({
      meeting_id: meeting.id,
      at: now,
      actor_name: actorName(actor),
      kind,
      agenda_item_id: agendaItemId,
      document_id: documentId,
      description,
    })
    .execute();
}

/**
 * An item put on the agenda after the notice stands on the supplementary agenda
 * (tilleggssakliste): marked so, and logged for the supplementary notice.
 */
export async function noteAddedAfterNotice(
  tx: Database,
  {
    actor,
    meeting,
    itemId,
    now,
  }: { actor: Actor; meeting: Pick<Meeting, "id" | "status">; itemId: number; now: Date },
): Promise<void> {
  if (meeting.status !== "notice_published") return;
  await tx
    .updateTable("agenda_item")
    .set({ added_after_notice_at: now })
    .where("id", "=", itemId)
    .execute();
  await recordMeetingChange(tx, {
    actor,
    meeting,
    kind: "item_added",
    agendaItemId: itemId,
    description: `${await publicItemLabel(tx, itemId)} er satt opp som tilleggssak.`,
    now,
  });
}
