import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";

/** An item of the meeting, with what the console's rules read; one of another meeting is 404. */
export async function meetingItem(tx: Database, meetingId: number, itemId: number) {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "position", "started_at", "withdrawn_at", "is_closed", "closure_ground"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  return item;
}
