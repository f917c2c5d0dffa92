import type { Database } from "../../db/database.ts";
import type { SaksprotokollParagraph } from "../../documents/saksprotokoll.ts";

/**
 * Each case item's treatment (behandling) for its saksprotokoll, in the order things happened:
 * the proposals put forward, with who made them, and each vote's line as the console recorded it.
 */
export async function loadItemTreatments(
  db: Database,
  itemIds: readonly number[],
): Promise<Map<number, SaksprotokollParagraph[]>> {
  const treatments = new Map<number, SaksprotokollParagraph[]>();
  if (itemIds.length === 0) return treatments;
  const proposals = await db
    .selectFrom("proposal")
    .select(["agenda_item_id", "number", "kind", "text", "made_by_name", "created_at"])
    .where("agenda_item_id", "in", itemIds)
    .where("kind", "<>", "recommendation")
    .where("withdrawn_at", "is", null)
    .execute();
  const votes = await db
    .selectFrom("vote")
    .select(["agenda_item_id", "number", "summary", "recorded_at"])
    .where("agenda_item_id", "in", itemIds)
    .execute();
  const events = [
    ...proposals.map((p) => ({
      itemId: p.agenda_item_id,
      at: p.created_at,
      order: 0,
      heading: `Forslag ${p.number} fra ${p.made_by_name}:`,
      text: p.text,
    })),
    ...votes.map((v) => ({
      itemId: v.agenda_item_id,
      at: v.recorded_at,
      order: 1,
      heading: `Votering ${v.number}:`,
      text: v.summary,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const event of events) {
    const list = treatments.get(event.itemId) ?? [];
    list.push({ heading: event.heading, text: event.text });
    treatments.set(event.itemId, list);
  }
  return treatments;
}
