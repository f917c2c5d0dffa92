import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { actorName } from "./actor-name.ts";
import { itemInTreatment } from "./item-in-treatment.ts";
import { standingProposal } from "./proposals.ts";

/**
 * The member withdraws their proposal before it is put to the vote; the row stays, marked, so
 * the minutes can say it was made and withdrawn. The recommendation cannot be withdrawn.
 */
export async function withdrawProposal({
  actor,
  meeting,
  itemId,
  proposalId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  proposalId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ proposalId: number }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  const proposal = await standingProposal(tx, item, proposalId, {
    now,
    recordedBy: actorName(actor),
  });
  if (proposal.kind === "recommendation")
    return refused({ proposal: "Innstillingen kan ikke trekkes." });
  const voted = await tx
    .selectFrom("vote")
    .select("id")
    .where((eb) =>
      eb.or([eb("proposal_id", "=", proposal.id), eb("other_proposal_id", "=", proposal.id)]),
    )
    .executeTakeFirst();
  if (voted)
    return refused({
      proposal: `Det er allerede stemt over forslag ${proposal.number}, så det kan ikke trekkes.`,
    });
  await tx
    .updateTable("proposal")
    .set({ withdrawn_at: now })
    .where("id", "=", proposal.id)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "proposal.withdraw",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, proposalId: proposal.id, number: proposal.number },
  });
  return succeeded({ proposalId: proposal.id });
}
