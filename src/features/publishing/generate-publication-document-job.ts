import { sql } from "kysely";
import { z } from "zod";
import { writeAudit } from "../../audit.ts";
import type { BlobStore } from "../../blobs/blob-store.ts";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import {
  type MeetingPapersView,
  renderAgenda,
  renderNotice,
} from "../../documents/meeting-papers.ts";
import { buildPacket } from "../../documents/packet.ts";
import { loadPacketItems, PacketNotReady } from "../../documents/packet-input.ts";
import { formatDate, osloDay } from "../../domain/time.ts";
import { defineJob } from "../../jobs/define-job.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { completePublication } from "./complete-publication.ts";
import { failPublication, PUBLISHING_ACTOR, taskFailureReason } from "./fail-publication.ts";
import { loadPapersView } from "./papers-view.ts";
import { type PublicationTask, publicationTask } from "./publication-tasks.ts";

/** How long a packet waits for them before the round stops with the message. */
const MAX_WAIT_MS = 15 * 60_000;
const WAIT_STEP_MS = 5_000;

/**
 * A packet whose presentations or attachments are still being made waits for them instead of
 * spending its attempts: while the jobs that render its presentations or convert its attachments are queued or running, and for at most MAX_WAIT_MS, the
 * task is queued again a few seconds on (the demo's first start approves every case and asks for
 * its meetings' papers at once). Returns whether it was queued again.
 */
async function waitForPapers(
  db: Database,
  payload: {
    publicationId: number;
    task: string;
    meetingUrl: string | null;
    waitingSince?: string;
  },
): Promise<boolean> {
  const now = new Date();
  const since = payload.waitingSince ?? now.toISOString();
  if (now.getTime() - Date.parse(since) > MAX_WAIT_MS) return false;
  // Only the jobs that make this meeting's own papers count: a busy queue elsewhere, or a
  // presentation nobody is rendering, must not keep the round waiting.
  const making = await db
    .selectFrom("job as j")
    .select("j.id")
    .where("j.status", "in", ["queued", "running"])
    .where(
      sql<boolean>`(
        (j.type = 'renderPresentationPdf' and (j.payload->>'caseVersionId')::int in (
          select v.id from case_version v
          join agenda_item a on a.case_id = v.case_id
          join meeting_publication p on p.meeting_id = a.meeting_id
          where p.id = ${payload.publicationId}))
        or (j.type = 'convertDocument' and (j.payload->>'documentId')::int in (
          select d.id from document d
          join agenda_item a on a.case_id = d.case_id
          join meeting_publication p on p.meeting_id = a.meeting_id
          where p.id = ${payload.publicationId}))
      )`,
    )
    .executeTakeFirst();
  if (!making) return false;
  await commit({ db }, async (tx) => {
    await enqueueJob(
      tx,
      generatePublicationDocumentJob,
      { ...payload, waitingSince: since },
      { runAt: new Date(now.getTime() + WAIT_STEP_MS) },
    );
    return succeeded(null);
  });
  return true;
}

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * The document's bytes. The packet starts with the notice, rendered again from the same data,
 * which gives the same bytes as the notice's own task, so neither waits for the other.
 */
async function render(
  task: PublicationTask,
  { db, blobs }: { db: Database; blobs: BlobStore },
  publication: { id: number; meetingId: number },
): Promise<{ view: MeetingPapersView; pdf: Uint8Array; pageCount: number } | null> {
  const view = await loadPapersView(db, publication.id);
  if (!view) return null;
  if (task.kind === "notice") return { view, ...(await renderNotice(view)) };
  if (task.kind === "agenda") return { view, ...(await renderAgenda(view, task.audience)) };
  const audience = task.audience === "members" ? "members" : "public";
  const packet = await buildPacket({
    title: `${view.bodyName} – ${view.meetingNumber.toLowerCase()}, ${formatDate(view.startsAt)}`,
    audience,
    notice: (await renderNotice(view)).pdf,
    items: await loadPacketItems({ db, blobs, meetingId: publication.meetingId, audience }),
  });
  return { view, ...packet };
}

/**
 * Makes one document of a publication round and files it under the round, where it stays
 * unseen until the round is published. The job that files the last document publishes the
 * round in the same transaction (completePublication), so the round's documents appear
 * together. Idempotent: a task already done, or a round no longer generating, is left alone.
 * A render fails the same way every time, but a packet may wait for a presentation still being
 * rendered, so a failure is tried twice more, 10 and 20 s later; after the last attempt the round
 * is failed with the error, and the secretariat can try again.
 */
export const generatePublicationDocumentJob = defineJob({
  type: "generatePublicationDocument",
  label: "Sakspapirer til møte",
  schema: z.object({
    publicationId: z.number().int().positive(),
    task: z.string().min(1).max(100),
    // Null for a round replayed by the demo, which mails nobody.
    meetingUrl: z.string().url().nullable(),
    // Set while the packet waits for its documents' PDFs: when it started waiting.
    waitingSince: z.string().datetime().optional(),
  }),
  maxAttempts: 3,
  describe: (payload) =>
    `Publisering ${payload.publicationId}: ${publicationTask(payload.task)?.label ?? payload.task}`,
  async handler(payload, { job, services }) {
    const { publicationId, task: taskName, meetingUrl } = payload;
    const db = services.db;
    const task = publicationTask(taskName);
    const state = await db
      .selectFrom("meeting_publication as p")
      .innerJoin("publication_task as t", "t.publication_id", "p.id")
      .select(["p.status", "p.meeting_id", "t.status as task_status"])
      .where("p.id", "=", publicationId)
      .where("t.name", "=", taskName)
      .executeTakeFirst();
    if (state?.status !== "generating" || state.task_status !== "pending") return;
    try {
      if (!task) throw new Error(`Ukjent dokument «${taskName}».`);
      const rendered = await render(task, services, {
        id: publicationId,
        meetingId: state.meeting_id,
      });
      if (!rendered) return;
      const { view } = rendered;
      const sha256 = await services.blobs.put(rendered.pdf);
      await commit({ db }, async (tx) => {
        const publication = await tx
          .selectFrom("meeting_publication")
          .select(["id", "meeting_id", "status"])
          .where("id", "=", publicationId)
          .forUpdate()
          .executeTakeFirst();
        if (publication?.status !== "generating") return succeeded(null);
        const pending = await tx
          .updateTable("publication_task")
          .set({ status: "done", finished_at: new Date() })
          .where("publication_id", "=", publicationId)
          .where("name", "=", taskName)
          .where("status", "=", "pending")
          .returning("id")
          .executeTakeFirst();
        // Another attempt filed it while this one rendered.
        if (!pending) return succeeded(null);
        const now = new Date();
        await tx
          .insertInto("blob")
          .values({
            sha256,
            size: rendered.pdf.length,
            media_type: "application/pdf",
            created_at: now,
          })
          .onConflict((conflict) => conflict.column("sha256").doNothing())
          .execute();
        const document = await tx
          .insertInto("document")
          .values({
            sha256,
            pdf_sha256: sha256,
            page_count: rendered.pageCount,
            file_name: `${task.fileName}-${osloDay(view.startsAt)}-versjon-${view.version}.pdf`,
            title: `${task.title}, ${view.meetingNumber.toLowerCase()}${view.version > 1 ? `, versjon ${view.version}` : ""}`,
            kind: task.kind,
            version: view.version,
            access: "public",
            audience: task.audience,
            meeting_id: publication.meeting_id,
            publication_id: publicationId,
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await writeAudit(tx, {
          actor: PUBLISHING_ACTOR,
          at: now,
          action: "document.render_meeting_paper",
          visibility: "internal",
          entityType: "document",
          entityId: document.id,
          details: { publicationId, task: taskName, sha256, pageCount: rendered.pageCount },
        });
        const left = await tx
          .selectFrom("publication_task")
          .select("id")
          .where("publication_id", "=", publicationId)
          .where("status", "<>", "done")
          .executeTakeFirst();
        if (!left) await completePublication({ tx, publicationId, meetingUrl, now });
        return succeeded(null);
      });
    } catch (error) {
      if (error instanceof PacketNotReady && (await waitForPapers(db, payload))) return;
      if (job.attempt >= job.maxAttempts)
        await commit({ db }, async (tx) => {
          await failPublication({
            tx,
            publicationId,
            reason: taskFailureReason(task?.label ?? taskName, errorText(error)),
            task: { name: taskName, error: errorText(error) },
            now: new Date(),
          });
          return succeeded(null);
        });
      throw error;
    }
  },
});
