import type { Database } from "../../db/database.ts";

/** A meeting as the form delivers it, with the wall-clock times already placed in Norway. */
export interface MeetingInput {
  bodyId: number;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  isRemote: boolean;
}

/** New meetings are only planned for bodies that exist and are active. */
export async function inactiveBodyError(tx: Database, bodyId: number): Promise<string | null> {
  const body = await tx
    .selectFrom("body")
    .select("is_active")
    .where("id", "=", bodyId)
    .executeTakeFirst();
  if (!body) return "Velg et utvalg fra listen.";
  return body.is_active ? null : "Utvalget er ikke aktivt. Velg et aktivt utvalg.";
}
