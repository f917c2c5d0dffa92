import type { Database } from "../../db/database.ts";

export const PUBLICATION_IN_PROGRESS_MESSAGE =
  "Sakspapirene til møtet lages nå. Vent til publiseringen er ferdig (eller har stoppet) før du endrer sakslisten.";

/**
 * Whether a round of the meeting's papers is being made. The jobs read the agenda as they run,
 * so a change now would leave the notice, the agendas and the packets telling different stories;
 * the agenda waits until the round is published or has failed.
 */
export async function publicationInProgress(tx: Database, meetingId: number): Promise<boolean> {
  const row = await tx
    .selectFrom("meeting_publication")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "generating")
    .executeTakeFirst();
  return row !== undefined;
}
