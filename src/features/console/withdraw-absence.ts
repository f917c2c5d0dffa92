import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { auditConsole } from "./console-audit.ts";

/**
 * The member can meet after all. The absence is kept, marked withdrawn, so the meeting's log
 * stays whole; while a substitute is called for it, the call must be answered first, since the
 * substitute may already be on the way. The caller has locked the meeting.
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
}): Promise<Outcome<{ absenceId: number }>> {
  const absence = await tx
    .selectFrom("absence")
    .select(["id", "withdrawn_at"])
    .where("id", "=", absenceId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!absence) throw new NotFoundError();
  if (absence.withdrawn_at !== null) return refused({ form: "Forfallet er allerede trukket." });
  const call = await tx
    .selectFrom("substitute_call")
    .select("id")
    .where("absence_id", "=", absenceId)
    .where("status", "<>", "declined")
    .executeTakeFirst();
  if (call)
    return refused({
      form: "Et varamedlem er innkalt for dette forfallet. Før svaret «Kan ikke møte» på innkallingen først.",
    });
  await tx.updateTable("absence").set({ withdrawn_at: now }).where("id", "=", absenceId).execute();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: "absence.withdraw",
    details: { absenceId },
  });
  return succeeded({ absenceId });
}
