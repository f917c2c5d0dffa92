import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { actorName } from "./actor-name.ts";
import { itemInTreatment } from "./item-in-treatment.ts";
import { type ProposalRef, standingProposal } from "./proposals.ts";

export type MemberProposalKind =
  | "alternative"
  | "amendment"
  | "addition"
  | "referral"
  | "postponement";

export const PROPOSAL_KIND_LABELS: Record<MemberProposalKind | "recommendation", string> = {
  recommendation: "Innstilling",
  alternative: "Alternativt forslag",
  amendment: "Endringsforslag",
  addition: "Tilleggsforslag",
  referral: "Oversendelsesforslag",
  postponement: "Utsettelsesforslag",
};

/**
 * A member puts forward a proposal on the item: in their own name, or in their party's, or as a
 * joint proposal of several parties. The text is kept exactly as entered; an amendment or an
 * addition names the proposal it changes, and a referral (oversendelsesforslag) the body it is
 * sent on to without a vote. Proposals are numbered 1, 2, … in the order made. The caller has
 * locked the meeting.
 */
export async function addProposal({
  actor,
  meeting,
  itemId,
  kind,
  text,
  madeByPersonId,
  partyIds,
  amends,
  referredTo,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  kind: MemberProposalKind;
  text: string;
  madeByPersonId: number;
  /** The parties the proposal is made for; empty for the member's own name. */
  partyIds: number[];
  amends: ProposalRef | null;
  referredTo: string | null;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ proposalId: number; number: number }>> {
  const item = await itemInTreatment(tx, meeting, itemId);
  if (text.trim() === "") return refused({ text: "Skriv forslaget." });
  const person = await tx
    .selectFrom("person")
    .select(["given_name", "family_name"])
    .where("id", "=", madeByPersonId)
    .executeTakeFirst();
  if (!person) return refused({ madeBy: "Velg hvem som fremmer forslaget." });
  const recordedBy = actorName(actor);
  let amendsId: number | null = null;
  if (kind === "amendment" || kind === "addition") {
    if (amends === null)
      return refused({ amends: "Velg forslaget som endres eller får et tillegg." });
    const target = await standingProposal(tx, item, amends, { now, recordedBy });
    if (target.kind === "referral" || target.kind === "postponement")
      return refused({ amends: "Et oversendelses- eller utsettelsesforslag kan ikke endres." });
    amendsId = target.id;
  }
  if (kind === "referral" && (referredTo ?? "").trim() === "")
    return refused({ referredTo: "Skriv hvem forslaget oversendes til." });
  const uniqueParties = [...new Set(partyIds)];
  if (uniqueParties.length > 0) {
    const found = await tx
      .selectFrom("party")
      .select("id")
      .where("id", "in", uniqueParties)
      .execute();
    if (found.length !== uniqueParties.length)
      return refused({ parties: "Velg partier som finnes." });
  }
  const last = await tx
    .selectFrom("proposal")
    .select((eb) => eb.fn.max("number").as("number"))
    .where("agenda_item_id", "=", item.id)
    .executeTakeFirst();
  const number = (last?.number ?? 0) + 1;
  const row = await tx
    .insertInto("proposal")
    .values({
      agenda_item_id: item.id,
      number,
      kind,
      text,
      made_by_person_id: madeByPersonId,
      made_by_name: `${person.given_name} ${person.family_name}`,
      in_party_name: uniqueParties.length > 0,
      amends_proposal_id: amendsId,
      referred_to: kind === "referral" ? (referredTo ?? "").trim() : null,
      created_at: now,
      recorded_by_name: recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (uniqueParties.length > 0)
    await tx
      .insertInto("proposal_party")
      .values(uniqueParties.map((partyId) => ({ proposal_id: row.id, party_id: partyId })))
      .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "proposal.add",
    visibility: item.visibility,
    entityType: "meeting",
    entityId: meeting.id,
    details: { itemId, proposalId: row.id, number, kind },
  });
  return succeeded({ proposalId: row.id, number });
}
