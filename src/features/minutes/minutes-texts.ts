import type { Database } from "../../db/database.ts";

/** The secretary's stored text for one part of the minutes, if any. */
export async function storedText(
  tx: Database,
  { meetingId, itemId, key }: { meetingId: number; itemId: number | null; key: string },
) {
  let query = tx
    .selectFrom("minutes_text")
    .select(["id", "text", "drafted"])
    .where("meeting_id", "=", meetingId)
    .where("key", "=", key);
  query =
    itemId === null
      ? query.where("agenda_item_id", "is", null)
      : query.where("agenda_item_id", "=", itemId);
  return query.executeTakeFirst();
}
