import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { ENTRY_DEFAULT_TITLES, ENTRY_SERIES, type EntryKind } from "../../domain/agenda-kinds.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { agendaVisibility } from "../public-access/published.ts";
import { noteAddedAfterNotice } from "../publishing/meeting-changes.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "../publishing/publication-in-progress.ts";
import { nextPosition } from "./agenda-order.ts";
import { agendaItems } from "./agenda-store.ts";
import { assignSeriesNumbers } from "./case-number-series.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/** What the secretariat writes for an item without a case. */
export interface AgendaEntryInput {
  kind: EntryKind;
  /** Empty for the kind's usual title ("Godkjenning av protokoll", "Eventuelt" …). */
  title: string;
  /** What the item says: what an orientation is about, which minutes are approved. */
  text: string;
  /** Who gives an orientation; only orientations have one. */
  presenter: string;
}

/** A meeting approves its notice once, and has one Eventuelt. */
const ONCE_PER_MEETING: readonly EntryKind[] = ["notice_approval", "any_other_business"];

const ONCE_MESSAGES: Partial<Record<EntryKind, string>> = {
  notice_approval: "Sakslisten har allerede en sak om godkjenning av innkalling og saksliste.",
  any_other_business: "Sakslisten har allerede Eventuelt.",
};

/**
 * Puts an item without an archive case last on the agenda: the approval of the notice or of the
 * previous minutes, an orientation, a referatsak whose letters are added on its own page, or
 * Eventuelt. It is numbered in its kind's series (ENTRY_SERIES) with the rest of the agenda when
 * the notice is published, or at once when that has happened; Eventuelt is never numbered. The
 * caller has locked the meeting.
 */
export async function addAgendaEntry({
  actor,
  meeting,
  entry,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  entry: AgendaEntryInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const title = entry.title.trim() || ENTRY_DEFAULT_TITLES[entry.kind];
  const presenter = entry.presenter.trim();
  if (entry.kind === "orientation" && presenter === "")
    return refused({ presenter: "Skriv hvem som orienterer." });
  if (entry.kind !== "orientation" && presenter !== "")
    return refused({ presenter: "Bare en orientering har noen som orienterer." });
  const items = await agendaItems(tx, meeting.id);
  if (ONCE_PER_MEETING.includes(entry.kind) && items.some((item) => item.kind === entry.kind))
    return refused({ kind: ONCE_MESSAGES[entry.kind] ?? "" });
  const caseType = ENTRY_SERIES[entry.kind];
  const created = await tx
    .insertInto("agenda_item")
    .values({
      meeting_id: meeting.id,
      kind: entry.kind,
      title,
      text: entry.text.trim(),
      presenter,
      position: nextPosition(items),
      case_type: caseType,
    })
    .returning(["id", "position"])
    .executeTakeFirstOrThrow();
  const numbers =
    meeting.status === "notice_published"
      ? await assignSeriesNumbers({
          tx,
          bodyId: meeting.body_id,
          year: seriesYear(meeting.starts_at),
          items: [{ id: created.id, caseType }],
        })
      : new Map<number, number>();
  await noteAddedAfterNotice(tx, { actor, meeting, itemId: created.id, now: now ?? new Date() });
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.add_entry",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item",
    entityId: created.id,
    details: {
      meetingId: meeting.id,
      kind: entry.kind,
      title,
      position: created.position,
      seriesNumber: numbers.get(created.id) ?? null,
    },
  });
  return succeeded({ itemId: created.id });
}
