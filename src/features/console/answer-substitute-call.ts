import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { NotFoundError } from "../../policies/policy.ts";
import { auditConsole } from "./console-audit.ts";

/**
 * The substitute's answer to the call: they meet, or cannot, and then the next on the list is
 * proposed. An answer is given once. The caller has locked the meeting.
 */
export async function answerSubstituteCall({
  actor,
  meeting,
  callId,
  answer,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  callId: number;
  answer: "accepted" | "declined";
  now: Date;
  tx: Database;
}): Promise<Outcome<{ callId: number }>> {
  const call = await tx
    .selectFrom("substitute_call")
    .select(["id", "status"])
    .where("id", "=", callId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!call) throw new NotFoundError();
  if (call.status !== "called") return refused({ form: "Innkallingen er allerede besvart." });
  await tx
    .updateTable("substitute_call")
    .set({ status: answer, answered_at: now })
    .where("id", "=", callId)
    .execute();
  await auditConsole(tx, {
    actor,
    meeting,
    now,
    action: answer === "accepted" ? "substitute.accept" : "substitute.decline",
    details: { callId },
  });
  return succeeded({ callId });
}
