import { writeAudit } from "../../audit.ts";
import type { Database } from "../../db/database.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";
import { lockMeeting } from "../meetings/agenda-store.ts";
import { publishNotice } from "../meetings/publish-notice.ts";
import { archivePublishedDocumentsJob } from "./archive-published-documents-job.ts";
import { failPublication, PUBLISHING_ACTOR } from "./fail-publication.ts";
import { noticeMail } from "./notice-mail.ts";
import { noticeRecipients } from "./notice-recipients.ts";
import { loadPapersView } from "./papers-view.ts";

/**
 * The moment a round becomes visible, in one transaction, once every document of it is ready:
 * the round is published (which shows its documents, see the public_document view), the
 * meeting's notice is published the first time, the documents of earlier rounds are marked
 * replaced by this round's, the change log is tied to the round, and one mail per recipient is
 * queued, each recorded in notice_recipient. Nobody sees a half-made round: before this
 * transaction commits, none of it shows; after it, all of it does.
 */
export async function completePublication({
  tx,
  publicationId,
  meetingUrl,
  now,
}: {
  tx: Database;
  publicationId: number;
  /** The link in the mails; null mails nobody (the demo's replayed history). */
  meetingUrl: string | null;
  now: Date;
}): Promise<void> {
  const publication = await tx
    .selectFrom("meeting_publication")
    .selectAll()
    .where("id", "=", publicationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (publication.status !== "generating") return;
  const meeting = await lockMeeting(tx, publication.meeting_id);
  if (meeting.status === "planned") {
    const outcome = await publishNotice({ actor: PUBLISHING_ACTOR, meeting, now, tx });
    if (!outcome.ok) {
      await failPublication({
        tx,
        publicationId,
        reason: `Innkallingen kunne ikke publiseres: ${Object.values(outcome.errors).join(" ")}`,
        now,
      });
      return;
    }
  } else if (meeting.status === "cancelled") {
    await failPublication({
      tx,
      publicationId,
      reason:
        "Møtet ble avlyst mens sakspapirene ble laget, så ingenting er publisert og ingen har fått e-post.",
      now,
    });
    return;
  }

  await tx
    .updateTable("meeting_publication")
    .set({ status: "published", published_at: now })
    .where("id", "=", publicationId)
    .execute();

  const made = await tx
    .selectFrom("document")
    .select(["id", "kind", "audience"])
    .where("publication_id", "=", publicationId)
    .execute();
  for (const document of made)
    await tx
      .updateTable("document")
      .set({ replaced_by_id: document.id, replaced_at: now })
      .where("meeting_id", "=", meeting.id)
      .where("kind", "=", document.kind)
      .where("audience", "=", document.audience)
      .where("publication_id", "is not", null)
      .where("publication_id", "<>", publicationId)
      .where("replaced_by_id", "is", null)
      .execute();

  // The archive copies follow the papers; the members do not wait for Ghostscript.
  await enqueueJob(tx, archivePublishedDocumentsJob, { publicationId });

  await tx
    .updateTable("meeting_change")
    .set({ publication_id: publicationId })
    .where("meeting_id", "=", meeting.id)
    .where("publication_id", "is", null)
    .execute();

  const view = await loadPapersView(tx, publicationId);
  const recipients = meetingUrl === null ? [] : await noticeRecipients(tx, meeting);
  let mailed = 0;
  for (const recipient of recipients) {
    if (view === null || meetingUrl === null || recipient.email === null) continue;
    const mail = noticeMail(view, recipient, meetingUrl);
    const jobId = await enqueueJob(tx, sendMailJob, {
      to: [{ name: recipient.name, address: recipient.email }],
      ...mail,
    });
    await tx
      .insertInto("notice_recipient")
      .values({
        publication_id: publicationId,
        person_id: recipient.personId,
        capacity: recipient.capacity,
        email: recipient.email,
        job_id: jobId,
        queued_at: now,
      })
      .execute();
    mailed += 1;
  }

  await writeAudit(tx, {
    actor: PUBLISHING_ACTOR,
    at: now,
    action: "meeting.publish_papers",
    visibility: "public",
    entityType: "meeting",
    entityId: meeting.id,
    details: {
      publicationId,
      version: publication.version,
      kind: publication.kind,
      requestedBy: publication.requested_by_name,
      documents: made.map((document) => document.id),
      mailed,
    },
  });
}
