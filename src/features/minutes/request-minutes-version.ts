import { type Actor, writeAudit } from "../../audit.ts";
import { type Outcome, refused, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import type { Meeting, MinutesVersionKind } from "../../db/schema.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { loadMinutes } from "./load-minutes.ts";
import {
  ABANDONED_MINUTES_MESSAGE,
  failMinutesVersion,
  isMinutesVersionAbandoned,
  minutesVersionJobKey,
  renderMinutesVersionJob,
} from "./minutes-version-jobs.ts";

export const MINUTES_GENERATING_MESSAGE =
  "Protokollen blir laget nå. Vent til den er ferdig før du publiserer på nytt.";
export const MINUTES_APPROVED_MESSAGE =
  "Protokollen er godkjent. En endring nå må publiseres som en rettelse med begrunnelse.";
export const MINUTES_REASON_MESSAGE = "Skriv hvorfor protokollen rettes.";

/** Held, approved, or adjourned in the console: the minutes are out soon after the meeting. */
export const minutesMayBePublished = (meeting: Pick<Meeting, "status" | "closed_at">): boolean =>
  meeting.status === "held" ||
  meeting.status === "minutes_approved" ||
  (meeting.status === "notice_published" && meeting.closed_at !== null);

const actorName = (actor: Actor): string =>
  actor.kind === "user" ? actor.user.displayName : actor.name;

/**
 * Publishes a new version of the minutes, as a draft until they are approved, then as the final
 * version, and after that only as a correction with its reason: a published version is never
 * changed, the next one replaces it. The members' and the public content are frozen here from
 * the loader, so the PDFs and pages say what the records said now; the job renders the PDFs and
 * publishes the version when both are filed. Nothing is visible before that. The decision of an
 * item closed or about an exempt case reaches the public content only where the secretariat
 * has answered that it may (the publish page asks first); unanswered, it is withheld. The
 * caller has locked the meeting.
 */
export async function requestMinutesVersion({
  actor,
  meeting,
  kind,
  reason,
  now,
  tx,
  baseUrl = null,
}: {
  actor: Actor;
  meeting: Meeting;
  kind: MinutesVersionKind;
  /** Why a correction is made; ignored for a draft or the final version. */
  reason: string | null;
  now: Date;
  tx: Database;
  /**
   * The site's address, for the mail that asks the chosen signers to sign a draft once it is
   * published; null sends none (the demo replays minutes published long ago).
   */
  baseUrl?: string | null;
}): Promise<Outcome<{ versionId: number; version: number }>> {
  if (!minutesMayBePublished(meeting))
    return refused({
      form: "Protokollen kan bare publiseres for et møte som er holdt eller hevet.",
    });
  await tx
    .insertInto("minutes")
    .values({ meeting_id: meeting.id, created_at: now, updated_at: now })
    .onConflict((conflict) => conflict.column("meeting_id").doNothing())
    .execute();
  const minutes = await tx
    .selectFrom("minutes")
    .select("approved_at")
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirstOrThrow();
  const versions = await tx
    .selectFrom("minutes_version")
    .select(["id", "version", "kind", "status"])
    .where("meeting_id", "=", meeting.id)
    .orderBy("version", "desc")
    .execute();
  const generating = versions.find((version) => version.status === "generating");
  if (generating) {
    if (!(await isMinutesVersionAbandoned(tx, generating.id)))
      return refused({ form: MINUTES_GENERATING_MESSAGE });
    await failMinutesVersion({
      tx,
      versionId: generating.id,
      reason: ABANDONED_MINUTES_MESSAGE,
      now,
    });
  }
  const approved = minutes.approved_at !== null || meeting.status === "minutes_approved";
  const finalPublished = versions.some(
    (version) => version.kind === "final" && version.status === "published",
  );
  const why = reason?.trim() ?? "";
  if (kind === "draft" && approved) return refused({ form: MINUTES_APPROVED_MESSAGE });
  if (kind === "final") {
    if (!approved)
      return refused({
        form: "Protokollen er ikke godkjent ennå. Publiser den som utkast til den er godkjent.",
      });
    if (finalPublished) return refused({ form: MINUTES_APPROVED_MESSAGE });
  }
  if (kind === "correction") {
    if (!finalPublished)
      return refused({
        form: "Bare en godkjent og publisert protokoll kan rettes. Før godkjenningen publiseres et nytt utkast.",
      });
    if (why === "") return refused({ reason: MINUTES_REASON_MESSAGE });
    if (why.length > 2000) return refused({ reason: "Begrunnelsen kan ha høyst 2000 tegn." });
  }
  const [content, publicContent] = await Promise.all([
    loadMinutes(tx, { meetingId: meeting.id, audience: "members" }),
    loadMinutes(tx, { meetingId: meeting.id, audience: "public" }),
  ]);
  // The version's kind says whether the minutes it prints are approved: a draft never is.
  const approvedContent = { approved: kind !== "draft" };
  const version = (versions[0]?.version ?? 0) + 1;
  const row = await tx
    .insertInto("minutes_version")
    .values({
      meeting_id: meeting.id,
      version,
      kind,
      reason: kind === "correction" ? why : null,
      content: JSON.stringify({ ...content, ...approvedContent }),
      public_content: JSON.stringify({ ...publicContent, ...approvedContent }),
      requested_at: now,
      requested_by_name: actorName(actor),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await enqueueJob(
    tx,
    renderMinutesVersionJob,
    { versionId: row.id, baseUrl },
    { dedupeKey: minutesVersionJobKey(row.id) },
  );
  await writeAudit(tx, {
    actor,
    at: now,
    action: "minutes.request_version",
    visibility: "internal",
    entityType: "meeting",
    entityId: meeting.id,
    details: { versionId: row.id, version, kind, reason: kind === "correction" ? why : null },
  });
  return succeeded({ versionId: row.id, version });
}
