import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { loadRoster, votersAt } from "./attendance-queries.ts";
import { auditConsole } from "./console-audit.ts";

/**
 * The member can meet after all. The absence is kept, marked withdrawn, so the meeting's log
 * stays whole, and a substitute's call for it, answered or not, is released with it: a call
 * whose absence is withdrawn no longer gives a seat. Once the substitute has met at an item
 * whose treatment began, the absence cannot be undone, since that item was treated with the
 * substitute in the seat: the member is then recorded as arriving at a later item, which gives
 * the seat back from there on. The caller has locked the meeting.
 */
export async function withdrawAbsence({
  actor,
  meeting,
  absenceId,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  absenceId: number;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ absenceId: number; releasedCallId: number | null }>> {
  const absence = await tx
    .selectFrom("absence")
    .innerJoin("person", "person.id", "absence.person_id")
    .select(["absence.id", "absence.withdrawn_at", "person.given_name", "person.family_name"])
    .where("absence.id", "=", absenceId)
    .where("absence.meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!absence) throw new NotFoundError();
  if (absence.withdrawn_at !== null) return refused({ form: "Forfallet er allerede trukket." });
  const call = await tx
    .selectFrom("substitute_call")
    .select(["id", "substitute_person_id"])
    .where("absence_id", "=", absenceId)
    .where("status", "<>", "declined")
    .executeTakeFirst();
  if (call) {
    const metAt = await firstItemMetAt(tx, meeting.id, call.id);
    if (metAt) {
      const member = `${absence.given_name} ${absence.family_name}`;
      return refused({
        form:
          `${metAt.name} har møtt for ${member} i sak ${metAt.position}, så forfallet kan ikke ` +
          `trekkes lenger. Før i stedet at ${member} kom til møtet fra en senere sak.`,
      });
    }
  }
  await tx.updateTable("absence").set({ withdrawn_at: now }).where("id", "=", absenceId).execute();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "absence.withdraw",
    details: { absenceId, releasedCallId: call?.id ?? null },
  });
  return succeeded({ absenceId, releasedCallId: call?.id ?? null });
}

/** The first item whose treatment began with the call's substitute voting in the seat. */
async function firstItemMetAt(
  tx: Database,
  meetingId: number,
  callId: number,
): Promise<{ name: string; position: number } | null> {
  const started = await tx
    .selectFrom("agenda_item")
    .select(["id", "position"])
    .where("meeting_id", "=", meetingId)
    .where("started_at", "is not", null)
    .orderBy("position")
    .execute();
  if (started.length === 0) return null;
  const roster = await loadRoster(tx, meetingId);
  const call = roster.calls.find((entry) => entry.callId === callId);
  if (!call) return null;
  for (const item of started) {
    const seated = votersAt(roster, item.id).some(
      (voter) => voter.personId === call.personId && voter.forPersonId === call.forPersonId,
    );
    if (seated) return { name: call.name, position: item.position };
  }
  return null;
}
