import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { NotFoundError } from "../../policies/policy.ts";

/**
 * Records which of the body's coming meetings a case is planned for at a step of its route, or
 * none. Planning is not placing: it asks nothing of the earlier bodies, so the meeting plan can
 * be filled in as the case is written, and it stays with the step until the case is placed.
 */
export async function planMeeting({
  actor,
  stepId,
  meetingId,
  now,
  tx,
}: {
  actor: Actor;
  stepId: number;
  meetingId: number | null;
  now?: Date;
  tx: Database;
}): Promise<Outcome<{ stepId: number }>> {
  const step = await tx
    .selectFrom("case_route_step")
    .select(["id", "case_id", "body_id", "planned_meeting_id"])
    .where("id", "=", stepId)
    .forUpdate()
    .executeTakeFirst();
  if (!step) throw new NotFoundError();
  if (meetingId !== null) {
    const meeting = await tx
      .selectFrom("meeting")
      .select("id")
      .where("id", "=", meetingId)
      .where("body_id", "=", step.body_id)
      .where("status", "in", ["planned", "notice_published"])
      .executeTakeFirst();
    if (!meeting) return refused({ meetingId: "Velg et av utvalgets kommende møter." });
  }
  if (step.planned_meeting_id === meetingId) return succeeded({ stepId });
  await tx
    .updateTable("case_route_step")
    .set({ planned_meeting_id: meetingId })
    .where("id", "=", stepId)
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "case.plan_meeting",
    visibility: "internal",
    entityType: "case",
    entityId: step.case_id,
    details: { routeStepId: stepId, meetingId, previousMeetingId: step.planned_meeting_id },
  });
  return succeeded({ stepId });
}
