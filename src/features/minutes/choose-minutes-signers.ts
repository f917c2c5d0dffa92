import type { Actor } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { actorName } from "../console/actor-name.ts";
import { loadMinutes } from "./load-minutes.ts";
import { auditMinutes, openMinutes } from "./minutes-record.ts";

/**
 * The members chosen to sign the minutes with the chair, in the order given. Only those who met
 * can sign what they were present for. The caller has locked the meeting.
 */
export async function chooseMinutesSigners({
  actor,
  meeting,
  personIds,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  personIds: readonly number[];
  now: Date;
  tx: Database;
}): Promise<Outcome<{ personIds: number[] }>> {
  await openMinutes(tx, meeting, now);
  const chosen = [...new Set(personIds)];
  if (chosen.length === 0)
    return refused({ signers: "Velg minst ett medlem som skal underskrive protokollen." });
  const minutes = await loadMinutes(tx, { meetingId: meeting.id, audience: "members" });
  const present = new Set(minutes.present.map((person) => person.personId));
  if (chosen.some((personId) => !present.has(personId)))
    return refused({ signers: "Bare medlemmer som var til stede i møtet, kan underskrive." });
  await tx.deleteFrom("minutes_signer").where("meeting_id", "=", meeting.id).execute();
  await tx
    .insertInto("minutes_signer")
    .values(
      chosen.map((personId, index) => ({
        meeting_id: meeting.id,
        person_id: personId,
        position: index + 1,
        chosen_at: now,
        recorded_by_name: actorName(actor),
      })),
    )
    .execute();
  await auditMinutes(tx, {
    actor,
    meeting,
    now,
    action: "minutes.signers.choose",
    details: { personIds: chosen },
  });
  return succeeded({ personIds: chosen });
}
