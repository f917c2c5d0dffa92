import { Refusal } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { recommendationForStep } from "../route/route-queries.ts";
import type { ItemInTreatment } from "./item-in-treatment.ts";

/** How a form names a proposal: by its id, or the item's recommendation before it has one. */
export type ProposalRef = number | "recommendation";

/**
 * The recommendation (innstillingen) as the item's starting proposal, number 0, made the first
 * time the treatment needs it: the text is the one put to this body at the item's step, so a
 * later change to the case does not change what the body voted on. Null for an item that has
 * no recommendation (one without a case, or whose earlier body has not decided).
 */
export async function ensureRecommendation(
  tx: Database,
  item: ItemInTreatment,
  { now, recordedBy }: { now: Date; recordedBy: string },
): Promise<number | null> {
  const existing = await tx
    .selectFrom("proposal")
    .select("id")
    .where("agenda_item_id", "=", item.id)
    .where("number", "=", 0)
    .executeTakeFirst();
  if (existing) return existing.id;
  if (item.routeStepId === null) return null;
  const recommendation = await recommendationForStep(tx, item.routeStepId);
  if (!recommendation?.text?.trim()) return null;
  const row = await tx
    .insertInto("proposal")
    .values({
      agenda_item_id: item.id,
      number: 0,
      kind: "recommendation",
      text: recommendation.text,
      made_by_name: recommendation.by,
      created_at: now,
      recorded_by_name: recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ProposalRow {
  id: number;
  number: number;
  kind: "recommendation" | "alternative" | "amendment" | "addition" | "referral" | "postponement";
  text: string;
  madeByName: string;
  amendsProposalId: number | null;
  withdrawnAt: Date | null;
}

/** A proposal of the item that is still standing: made on it and not withdrawn. */
export async function standingProposal(
  tx: Database,
  item: ItemInTreatment,
  ref: ProposalRef,
  context: { now: Date; recordedBy: string },
): Promise<ProposalRow> {
  const id = ref === "recommendation" ? await ensureRecommendation(tx, item, context) : ref;
  if (id === null) throw new Refusal({ proposal: "Saken har ingen innstilling å stemme over." });
  const row = await tx
    .selectFrom("proposal")
    .select(["id", "number", "kind", "text", "made_by_name", "amends_proposal_id", "withdrawn_at"])
    .where("id", "=", id)
    .where("agenda_item_id", "=", item.id)
    .executeTakeFirst();
  if (!row) throw new Refusal({ proposal: "Forslaget finnes ikke i denne saken." });
  if (row.withdrawn_at !== null)
    throw new Refusal({ proposal: `Forslag ${row.number} er trukket.` });
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    text: row.text,
    madeByName: row.made_by_name,
    amendsProposalId: row.amends_proposal_id,
    withdrawnAt: row.withdrawn_at,
  };
}

/** How the minutes name a proposal: «innstillingen», «forslag 2 fra Kari Nordmann (Ap)». */
export function proposalLabel(proposal: { number: number; madeByName: string }): string {
  return proposal.number === 0
    ? "innstillingen"
    : `forslag ${proposal.number} fra ${proposal.madeByName}`;
}
