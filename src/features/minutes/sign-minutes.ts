import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { approvedBySignatures, signingRefusal } from "../../domain/minutes-approval.ts";
import { approveMinutes } from "./approve-minutes.ts";
import type { RequestMinutesVersion } from "./request-version.ts";
import { loadMinutesSigning } from "./signing-queries.ts";

/**
 * A member chosen to sign signs, in their own login, the version of the minutes they read. The
 * last signature on the same version approves the minutes. The caller has locked the meeting,
 * so two last signatures take turns and exactly one of them approves.
 */
export async function signMinutes({
  actor,
  meeting,
  versionId,
  now,
  tx,
  requestVersion,
}: {
  actor: Extract<Actor, { kind: "user" }>;
  meeting: Meeting;
  versionId: number;
  now: Date;
  tx: Database;
  requestVersion: RequestMinutesVersion;
}): Promise<Outcome<{ approved: boolean }>> {
  const personId = actor.user.personId;
  if (personId === null)
    return refused({ form: "Du er ikke valgt til å signere denne protokollen." });
  const state = await loadMinutesSigning(tx, meeting.id);
  const refusal = signingRefusal(state, { personId, versionId });
  if (refusal !== null) return refused({ form: refusal });
  await tx
    .insertInto("minutes_signature")
    .values({
      minutes_version_id: versionId,
      person_id: personId,
      user_id: actor.user.id,
      signed_at: now,
    })
    .execute();
  await writeAudit(tx, {
    actor,
    at: now,
    action: "minutes.sign",
    visibility: "internal",
    entityType: "meeting",
    entityId: meeting.id,
    details: { versionId, personId },
  });
  const signed = [...state.signedLatest, personId];
  if (!approvedBySignatures({ signerPersonIds: state.signerPersonIds, signedPersonIds: signed }))
    return succeeded({ approved: false });
  const approval = await approveMinutes({
    actor,
    meeting,
    agendaItemId: null,
    now,
    tx,
    requestVersion,
  });
  if (!approval.ok) return approval;
  return succeeded({ approved: true });
}
