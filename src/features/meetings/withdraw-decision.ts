import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { requestDecisionNotices } from "../decision-notices/issue-decision-notices-job.ts";
import { loadTreatment, takeDecisionBack } from "../route/carry-on.ts";
import { lockCases } from "./agenda-placement.ts";

/**
 * Takes a decision off an item of a held meeting whose minutes are not approved: it was written
 * by mistake, and the body postponed the case instead. What the decision carried on is undone:
 * the next body waits for a recommendation again, or the case is open again. Refused once the
 * next body has the case on an agenda, which was placed on the strength of this decision. The
 * caller has locked the meeting.
 */
export async function withdrawDecision({
  actor,
  meeting,
  itemId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "case_id", "decision"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  if (meeting.status !== "held")
    return refused({
      form:
        meeting.status === "minutes_approved"
          ? "Protokollen er godkjent, så vedtaket kan ikke endres."
          : "Vedtak kan bare føres for et møte som er holdt.",
    });
  if (item.decision === null) return refused({ form: "Saken har ikke noe vedtak." });
  await lockCases(tx, item.case_id === null ? [] : [item.case_id]);
  const treatment = await loadTreatment(tx, itemId);
  if (treatment?.next?.placed)
    return refused({
      form: `Saken er satt opp i ${treatment.next.bodyName} med dette vedtaket som innstilling. Fjern den fra sakslisten der først.`,
    });
  await tx
    .updateTable("agenda_item")
    .set({ decision: null, decided_at: null })
    .where("id", "=", itemId)
    .execute();
  if (treatment && !treatment.decidedElsewhere) await takeDecisionBack(tx, treatment);
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.withdraw_decision",
    visibility: "public",
    entityType: "agenda_item",
    entityId: itemId,
    details: { meetingId: meeting.id, previousDecision: item.decision },
  });
  // The case officer who was told of the decision is told it no longer stands.
  await requestDecisionNotices(tx, meeting.id);
  return succeeded({ itemId });
}
