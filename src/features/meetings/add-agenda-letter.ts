import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { LetterDirection, Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { agendaVisibility } from "../public-access/published.ts";
import {
  PUBLICATION_IN_PROGRESS_MESSAGE,
  publicationInProgress,
} from "../publishing/publication-in-progress.ts";
import { AGENDA_CLOSED_MESSAGE, agendaIsOpen } from "./meeting-status.ts";

/** A letter a referatsak reports, as the secretariat registers it from the archive's journal. */
export interface LetterInput {
  direction: LetterDirection;
  /** The sender of an incoming letter, the recipient of an outgoing one. */
  correspondent: string;
  /** The letter's date, YYYY-MM-DD. */
  letterDate: string;
  title: string;
  journalReference: string;
  /** The legal basis when the letter is exempt (often a letter from a private person); else null. */
  exemptionBasis: string | null;
}

/**
 * Adds a letter last under a referatsak (an item of kind "letters"); a hastevedtak is reported
 * the same way, as an internal document. The caller has locked the meeting.
 */
export async function addAgendaLetter({
  actor,
  meeting,
  itemId,
  letter,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  letter: LetterInput;
  /** When the change happens; by default now. The demo seed and tests replay history with it. */
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ letterId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "kind"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (item.kind !== "letters")
    return refused({ form: "Brev kan bare føres under et punkt med referatsaker." });
  if (!agendaIsOpen(meeting.status)) return refused({ form: AGENDA_CLOSED_MESSAGE });
  if (await publicationInProgress(tx, meeting.id))
    return refused({ form: PUBLICATION_IN_PROGRESS_MESSAGE });
  const last = await tx
    .selectFrom("agenda_item_letter")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("agenda_item_id", "=", itemId)
    .executeTakeFirst();
  const created = await tx
    .insertInto("agenda_item_letter")
    .values({
      agenda_item_id: itemId,
      position: (last?.position ?? 0) + 1,
      direction: letter.direction,
      correspondent: letter.correspondent,
      letter_date: letter.letterDate,
      title: letter.title,
      journal_reference: letter.journalReference,
      access: letter.exemptionBasis === null ? "public" : "exempt",
      exemption_basis: letter.exemptionBasis,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.add_letter",
    visibility: agendaVisibility(meeting),
    entityType: "agenda_item_letter",
    entityId: created.id,
    // The letter's correspondent and title stay out of the log's details: an exempt letter's
    // would otherwise reach every reader of the log.
    details: {
      meetingId: meeting.id,
      itemId,
      direction: letter.direction,
      letterDate: letter.letterDate,
      journalReference: letter.journalReference,
      exempt: letter.exemptionBasis !== null,
    },
  });
  return succeeded({ letterId: created.id });
}
