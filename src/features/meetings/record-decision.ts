import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { requestDecisionNotices } from "../decision-notices/issue-decision-notices-job.ts";
import { approveMinutesInMeeting } from "../minutes/approve-minutes-in-meeting.ts";
import { requestMinutesVersion } from "../minutes/request-minutes-version.ts";
import { carryDecisionOn, loadTreatment } from "../route/carry-on.ts";
import { lockCases } from "./agenda-placement.ts";

/**
 * Writes the body's decision (vedtak) on an item into the minutes. Decisions exist only for a
 * meeting that sits or has been held, were taken while it sat, and are fixed once the minutes are
 * approved. The decision goes on along the case's route: it is the recommendation put to the
 * next body, or, from the last body, it ends the case. A correction is carried on again, unless
 * the next body has already decided on the old text. A decision on «Godkjenning av protokoll»
 * approves the earlier meeting's minutes the item names. The caller has locked the meeting.
 */
export async function recordDecision({
  actor,
  meeting,
  itemId,
  decision,
  decidedAt,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  itemId: number;
  decision: string;
  decidedAt: Date;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ itemId: number }>> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "case_id", "kind", "title", "text"])
    .where("id", "=", itemId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new NotFoundError();
  // The console records a decision as the vote is taken, while the meeting sits.
  const sitting =
    meeting.status === "notice_published" &&
    meeting.opened_at !== null &&
    meeting.closed_at === null;
  if (meeting.status !== "held" && !sitting)
    return refused({
      form:
        meeting.status === "minutes_approved"
          ? "Protokollen er godkjent, så vedtaket kan ikke endres."
          : "Vedtak kan bare føres for et møte som er satt eller holdt.",
    });
  if (decision.trim() === "") return refused({ decision: "Skriv vedtaket." });
  const began =
    meeting.opened_at !== null && meeting.opened_at < meeting.starts_at
      ? meeting.opened_at
      : meeting.starts_at;
  if (decidedAt < began || (meeting.ends_at !== null && decidedAt > meeting.ends_at))
    return refused({ decidedAt: "Vedtaket må være fattet mens møtet pågikk." });
  // The next body's placement reads this decision; the case lock makes them take turns.
  await lockCases(tx, item.case_id === null ? [] : [item.case_id]);
  const treatment = await loadTreatment(tx, itemId);
  if (treatment?.decidedElsewhere)
    return refused({ form: "Utvalget har allerede fattet vedtak i saken på et annet møte." });
  if (treatment?.next?.decided)
    return refused({
      form: `${treatment.next.bodyName} har allerede behandlet saken med dette vedtaket som innstilling, så vedtaket kan ikke rettes.`,
    });
  await tx
    .updateTable("agenda_item")
    .set({ decision, decided_at: decidedAt })
    .where("id", "=", itemId)
    .execute();
  if (treatment) await carryDecisionOn(tx, { treatment, decision, decidedAt });
  // The body approving an earlier meeting's minutes: the item names which, by date or number.
  const approval =
    item.kind === "minutes_approval"
      ? await approveMinutesInMeeting({
          actor,
          meeting,
          item: { id: item.id, title: item.title ?? "", text: item.text, decision },
          now,
          tx,
          requestVersion: requestMinutesVersion,
        })
      : null;
  if (approval && !approval.ok) return approval;
  await writeAudit(tx, {
    actor,
    at: now,
    action: "agenda_item.decide",
    visibility: "public",
    entityType: "agenda_item",
    entityId: itemId,
    details: {
      meetingId: meeting.id,
      decidedAt: decidedAt.toISOString(),
      previousDecision: treatment?.previousDecision ?? null,
      carriedTo: treatment?.next ? { routeStepId: treatment.next.id } : null,
      caseDecided: treatment !== undefined && treatment.next === null,
      minutesApprovedOf: approval?.ok ? approval.value.approvedMeetingId : null,
    },
  });
  // While the meeting sits, the notices wait for it to be adjourned; after, each change sends.
  if (meeting.status === "held") await requestDecisionNotices(tx, meeting.id);
  return succeeded({ itemId });
}
