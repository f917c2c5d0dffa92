import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting } from "../../db/schema.ts";
import { seriesYear } from "../../domain/numbering.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { agendaItems } from "../meetings/agenda-store.ts";
import { assignSeriesNumbers } from "../meetings/case-number-series.ts";
import { assignMeetingNumber } from "../meetings/meeting-number-series.ts";
import { failPublication } from "./fail-publication.ts";
import { generatePublicationDocumentJob } from "./generate-publication-document-job.ts";
import { accessQuestions, nextPublication } from "./publication-preview.ts";
import { ABANDONED_MESSAGE, isAbandoned, taskJobKey } from "./publication-queries.ts";
import { PUBLICATION_TASKS } from "./publication-tasks.ts";

export const GENERATING_MESSAGE =
  "Sakspapirene til møtet blir laget nå. Vent til de er ferdige før du sender på nytt.";
export const UNANSWERED_MESSAGE =
  "Svar for hvert dokument om det skal publiseres eller holdes tilbake før innkallingen sendes.";

const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.user.displayName : actor.name;

/**
 * The first step of publishing a round of the meeting's papers, after the confirmation: the
 * meeting and its items draw their numbers (the papers print them, so they are drawn before
 * the papers are made; the series move past them, so a failed round keeps them for its retry),
 * the answers about documents on closed items are recorded and applied, and one job per
 * document is queued. Nothing becomes visible here: completePublication does that when the
 * last document is ready. A failed round is tried again under its own version. The caller has
 * locked the meeting.
 */
export async function requestPublication({
  actor,
  meeting,
  answers,
  meetingUrl,
  now,
  tx,
}: {
  actor: Actor;
  meeting: Meeting;
  /** Per document asked about: true to publish it as it is, false to withhold it. */
  answers: ReadonlyMap<number, boolean>;
  /** The members' page of the meeting, for the link in the mails; null mails nobody. */
  meetingUrl: string | null;
  now: Date;
  tx: Database;
}): Promise<Outcome<{ publicationId: number }>> {
  if (meeting.status !== "planned" && meeting.status !== "notice_published")
    return refused({
      form: "Innkalling kan bare sendes for et møte som ikke er holdt eller avlyst.",
    });
  const generating = await tx
    .selectFrom("meeting_publication")
    .select("id")
    .where("meeting_id", "=", meeting.id)
    .where("status", "=", "generating")
    .executeTakeFirst();
  if (generating) {
    if (!(await isAbandoned(tx, generating.id))) return refused({ form: GENERATING_MESSAGE });
    await failPublication({ tx, publicationId: generating.id, reason: ABANDONED_MESSAGE, now });
  }
  const items = await agendaItems(tx, meeting.id);
  if (items.length === 0)
    return refused({ form: "Sakslisten er tom. Legg til minst én sak før innkallingen sendes." });
  const next = await nextPublication(tx, meeting.id);
  if (next.kind === "correction") {
    const pending = await tx
      .selectFrom("meeting_change")
      .select("id")
      .where("meeting_id", "=", meeting.id)
      .where("publication_id", "is", null)
      .executeTakeFirst();
    if (!pending)
      return refused({
        form: "Ingenting er endret siden forrige innkalling, så det er ingen oppdatert innkalling å sende.",
      });
  }
  const questions = await accessQuestions(tx, meeting.id);
  if (questions.some((question) => !answers.has(question.documentId)))
    return refused({ access: UNANSWERED_MESSAGE });

  if (meeting.status === "planned") {
    await assignMeetingNumber(tx, meeting);
    await assignSeriesNumbers({
      tx,
      bodyId: meeting.body_id,
      year: seriesYear(meeting.starts_at),
      items: items
        .filter((item) => item.series_number === null)
        .map((item) => ({ id: item.id, caseType: item.case_type })),
    });
  }

  const requested = {
    status: "generating" as const,
    requested_by_user_id: actor.kind === "user" ? actor.user.id : null,
    requested_by_name: actorName(actor),
    requested_at: now,
    kind: next.kind,
    failed_at: null,
    failure_reason: null,
  };
  let publicationId: number;
  if (next.reuse !== null) {
    publicationId = next.reuse;
    await tx
      .updateTable("meeting_publication")
      .set(requested)
      .where("id", "=", publicationId)
      .execute();
    // What the failed round made was never seen; the retry makes all of it again from the
    // agenda as it stands now.
    await tx.deleteFrom("publication_task").where("publication_id", "=", publicationId).execute();
    await tx
      .deleteFrom("publication_access_answer")
      .where("publication_id", "=", publicationId)
      .execute();
    await tx.deleteFrom("document").where("publication_id", "=", publicationId).execute();
  } else {
    const row = await tx
      .insertInto("meeting_publication")
      .values({ ...requested, meeting_id: meeting.id, version: next.version })
      .returning("id")
      .executeTakeFirstOrThrow();
    publicationId = row.id;
  }

  for (const question of questions) {
    const publish = answers.get(question.documentId) === true;
    await tx
      .insertInto("publication_access_answer")
      .values({
        publication_id: publicationId,
        document_id: question.documentId,
        publish,
        answered_by_name: actorName(actor),
        answered_at: now,
      })
      .execute();
    if (publish) continue;
    // Withheld at once: a document leaving the public's view reveals nothing, and the public
    // packet must be made without it.
    await tx
      .updateTable("document")
      .set({ access: "exempt", exemption_basis: question.closedBasis || "Lukket møte" })
      .where("id", "=", question.documentId)
      .execute();
    await writeAudit(tx, {
      actor,
      at: now,
      action: "document.withhold",
      visibility: "public",
      entityType: "document",
      entityId: question.documentId,
      details: { meetingId: meeting.id, publicationId, basis: question.closedBasis },
    });
  }

  await tx
    .insertInto("publication_task")
    .values(PUBLICATION_TASKS.map((task) => ({ publication_id: publicationId, name: task.name })))
    .execute();
  for (const task of PUBLICATION_TASKS)
    await enqueueJob(
      tx,
      generatePublicationDocumentJob,
      { publicationId, task: task.name, meetingUrl },
      { dedupeKey: taskJobKey(publicationId, task.name) },
    );
  await writeAudit(tx, {
    actor,
    at: now,
    action: "meeting.request_publication",
    visibility: "internal",
    entityType: "meeting",
    entityId: meeting.id,
    details: { publicationId, version: next.version, kind: next.kind },
  });
  return succeeded({ publicationId });
}
