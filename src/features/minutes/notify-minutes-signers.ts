import type { Database } from "../../db/database.ts";
import { formatDate } from "../../domain/time.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";

/**
 * A draft of the minutes is published: each chosen signer who has not yet signed it gets a mail
 * asking them to read and sign it in their own login. Call it in the transaction that publishes
 * the draft, so a draft that fails sends nothing. Returns how many mails were enqueued.
 */
export async function notifyMinutesSigners({
  tx,
  meetingId,
  versionId,
  baseUrl,
}: {
  tx: Database;
  meetingId: number;
  versionId: number;
  baseUrl: string;
}): Promise<number> {
  const meeting = await tx
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .leftJoin("minutes as mi", "mi.meeting_id", "m.id")
    .select(["m.id", "m.starts_at", "b.name as body_name", "mi.approval"])
    .where("m.id", "=", meetingId)
    .executeTakeFirstOrThrow();
  if (meeting.approval === "meeting") return 0;
  const signers = await tx
    .selectFrom("minutes_signer as s")
    .innerJoin("person as p", "p.id", "s.person_id")
    .select(["p.given_name", "p.family_name", "p.email"])
    .where("s.meeting_id", "=", meetingId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("minutes_signature as sig")
            .select("sig.person_id")
            .whereRef("sig.person_id", "=", "s.person_id")
            .where("sig.minutes_version_id", "=", versionId),
        ),
      ),
    )
    .orderBy("s.position")
    .execute();
  const day = formatDate(meeting.starts_at);
  let sent = 0;
  for (const signer of signers) {
    if (!signer.email) continue;
    await enqueueJob(tx, sendMailJob, {
      to: [{ name: `${signer.given_name} ${signer.family_name}`, address: signer.email }],
      subject: `Protokoll til signering: ${meeting.body_name} ${day}`,
      text: [
        `Protokollen fra møtet i ${meeting.body_name} ${day} er klar, og du er valgt til å signere den.`,
        "",
        `Les protokollen og signer den i Mine møter: ${baseUrl}/mine-moter/${meeting.id}/protokoll/signering`,
        "",
        "Protokollen er godkjent når alle som er valgt, har signert samme versjon.",
      ].join("\n"),
    });
    sent++;
  }
  return sent;
}
