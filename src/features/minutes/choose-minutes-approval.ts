import type { Actor } from "../../audit.ts";
import { type Outcome, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { auditMinutes, openMinutes } from "./minutes-record.ts";

/** By the members chosen to sign, or by the body at a later meeting (minutes.approval). */
export type MinutesApproval = "signatures" | "meeting";

/**
 * How the minutes are approved: signed by the members chosen, each in their own login, or by
 * the body as an item (Godkjenning av protokoll) at its next meeting. The caller has locked
 * the meeting.
 */
export async function chooseMinutesApproval({
  actor,
  meeting,
  approval,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  approval: MinutesApproval;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ approval: MinutesApproval }>> {
  await openMinutes(tx, meeting, now);
  await tx
    .updateTable("minutes")
    .set({ approval, updated_at: now })
    .where("meeting_id", "=", meeting.id)
    .execute();
  await auditMinutes(tx, {
    actor,
    meeting,
    now,
    action: "minutes.approval.choose",
    details: { approval },
  });
  return succeeded({ approval });
}
