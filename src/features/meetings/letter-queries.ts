import type { Database } from "../../db/database.ts";
import type { AccessStatus, LetterDirection } from "../../db/schema.ts";

/** A letter under a referatsak as the secretariat sees it, exempt ones included. */
export interface LetterView {
  id: number;
  position: number;
  direction: LetterDirection;
  correspondent: string;
  letterDate: string;
  title: string;
  journalReference: string;
  access: AccessStatus;
  exemptionBasis: string | null;
}

export async function lettersOfItem(db: Database, itemId: number): Promise<LetterView[]> {
  const rows = await db
    .selectFrom("agenda_item_letter")
    .selectAll()
    .where("agenda_item_id", "=", itemId)
    .orderBy("position")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    direction: row.direction,
    correspondent: row.correspondent,
    letterDate: row.letter_date,
    title: row.title,
    journalReference: row.journal_reference,
    access: row.access,
    exemptionBasis: row.exemption_basis,
  }));
}
