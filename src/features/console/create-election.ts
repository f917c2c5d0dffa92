import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { actorName } from "./actor-name.ts";
import { itemInTreatment } from "./item-in-treatment.ts";

export interface CandidateInput {
  name: string;
  /** Who proposed the candidate, as the minutes write it («Ap ved Kari Nordmann»). */
  proposedBy: string;
}

/**
 * An election of one person by majority (flertallsvalg) on the item, e.g. «Valg av leder», with
 * the candidates proposed. The caller has locked the meeting.
 */
export async function createElection({
  actor,
  meeting,
  itemId,
  title,
  candidates,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  title: string;
  candidates: CandidateInput[];
  now: Date;
  tx: Database;
}): Promise<Outcome<{ electionId: number }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  if (title.trim() === "")
    return refused({ title: "Skriv hva valget gjelder, for eksempel «Valg av leder»." });
  const named = candidates
    .map((candidate) => ({ name: candidate.name.trim(), proposedBy: candidate.proposedBy.trim() }))
    .filter((candidate) => candidate.name !== "");
  if (named.length === 0) return refused({ candidates: "Skriv inn minst én kandidat." });
  if (new Set(named.map((candidate) => candidate.name)).size !== named.length)
    return refused({ candidates: "Hver kandidat kan bare stå én gang." });
  const election = await tx
    .insertInto("election")
    .values({
      agenda_item_id: item.id,
      title: title.trim(),
      created_at: now,
      recorded_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("election_candidate")
    .values(
      named.map((candidate, index) => ({
        election_id: election.id,
        position: index + 1,
        name: candidate.name,
        proposed_by: candidate.proposedBy,
      })),
    )
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "election.create",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, electionId: election.id },
  });
  return succeeded({ electionId: election.id });
}
