import { z } from "zod";
import { type Actor, writeAudit } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import {
  renderSaksprotokoll,
  type SaksprotokollView,
  saksprotokollTitle,
} from "../../documents/saksprotokoll.ts";
import { type NoticeDue, noticesDue } from "../../domain/decision-notices.ts";
import { defineJob } from "../../jobs/define-job.ts";
import { enqueueJob } from "../../jobs/enqueue-job.ts";
import { sendMailJob } from "../../mail/send-mail-job.ts";
import { caseVisibility } from "../public-access/published.ts";
import { decisionNoticeMail } from "./decision-notice-mail.ts";
import { loadNoticeState, type NoticeItem, type NoticeState } from "./notice-state.ts";

const NOTICE_ACTOR: Actor = { kind: "system", name: "Melding om vedtak" };

const fileNamePart = (text: string): string =>
  text.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-|-$/g, "");

const sameDue = (a: NoticeDue, b: NoticeDue): boolean =>
  a.itemId === b.itemId &&
  a.decision === b.decision &&
  a.vote === b.vote &&
  a.replaces === b.replaces;

interface Rendered {
  due: NoticeDue;
  item: NoticeItem;
  replacedAt: Date | null;
  sha256: string;
  size: number;
  pageCount: number;
  title: string;
}

/**
 * Files the notice, its document and its mail for one item whose notice is still due as it was
 * when its PDF was rendered; the old notice and its document are marked replaced by the new.
 */
async function fileNotice(
  tx: Database,
  state: NoticeState,
  rendered: Rendered,
  now: Date,
): Promise<void> {
  const { due, item } = rendered;
  await tx
    .insertInto("blob")
    .values({
      sha256: rendered.sha256,
      size: rendered.size,
      media_type: "application/pdf",
      created_at: now,
    })
    .onConflict((conflict) => conflict.column("sha256").doNothing())
    .execute();
  const access = rendered.item.exemptionBasis === null ? "public" : "exempt";
  const document = await tx
    .insertInto("document")
    .values({
      sha256: rendered.sha256,
      pdf_sha256: rendered.sha256,
      page_count: rendered.pageCount,
      file_name: `saksprotokoll-${fileNamePart(item.numberLabel)}-arkivsak-${fileNamePart(item.archiveCaseNumber)}.pdf`,
      title: rendered.title,
      kind: "decision_notice",
      access,
      exemption_basis: item.exemptionBasis,
      case_id: item.caseId,
      meeting_id: null,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const notice = await tx
    .insertInto("decision_notice")
    .values({
      agenda_item_id: item.itemId,
      case_id: item.caseId,
      recipient_user_id: item.recipient?.userId ?? null,
      decision: due.decision,
      vote_summary: due.vote,
      document_id: document.id,
      created_at: now,
      // Sent when filed: it is in the case officer's workspace now, and its mail is queued.
      sent_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (due.replaces !== null) {
    await tx
      .updateTable("decision_notice")
      .set({ replaced_by_id: notice.id })
      .where("id", "=", due.replaces)
      .execute();
    const old = state.current.find((sent) => sent.id === due.replaces);
    if (old?.documentId)
      await tx
        .updateTable("document")
        .set({ replaced_by_id: document.id, replaced_at: now })
        .where("id", "=", old.documentId)
        .execute();
  }
  const address = item.recipient?.email;
  if (item.recipient && address)
    await enqueueJob(tx, sendMailJob, {
      to: [{ name: item.recipient.name, address }],
      ...decisionNoticeMail({
        item,
        bodyName: state.meeting.bodyName,
        meetingStartsAt: state.meeting.startsAt,
        decision: due.decision,
        vote: due.vote,
        replaces: rendered.replacedAt,
      }),
    });
  await writeAudit(tx, {
    actor: NOTICE_ACTOR,
    at: now,
    action: "decision_notice.send",
    visibility: access === "public" ? await caseVisibility(tx, item.caseId) : "internal",
    entityType: "decision_notice",
    entityId: notice.id,
    details: {
      agendaItemId: item.itemId,
      caseId: item.caseId,
      documentId: document.id,
      replaces: due.replaces,
      mailed: Boolean(address),
    },
  });
}

/**
 * Sends the decision notices (melding om vedtak) a meeting owes: one per case item with a
 * decision, a new one that replaces the old when a decision is corrected or withdrawn. Each is
 * a saksprotokoll PDF on the case, a decision_notice row for the case officer's workspace, and a
 * mail to the case officer. Idempotent: what is due is worked out from what was sent
 * (domain/decision-notices.ts), and checked again in the transaction with the meeting locked, so
 * a retried or concurrent run adds nothing. The PDFs are rendered before the transaction.
 */
export const issueDecisionNoticesJob = defineJob({
  type: "issueDecisionNotices",
  label: "Melding om vedtak",
  schema: z.object({ meetingId: z.number().int().positive() }),
  maxAttempts: 5,
  describe: (payload) => `Vedtakene fra møte ${payload.meetingId}`,
  async handler({ meetingId }, { services }) {
    const state = await loadNoticeState(services.db, meetingId);
    if (!state) return;
    const due = noticesDue(state.items, state.current);
    if (due.length === 0) return;
    const madeAt = new Date();
    const rendered: Rendered[] = [];
    for (const notice of due) {
      const item = state.items.find((candidate) => candidate.itemId === notice.itemId);
      if (!item) continue;
      const replacedAt =
        state.current.find((sent) => sent.id === notice.replaces)?.createdAt ?? null;
      const view: SaksprotokollView = {
        municipality: state.municipality,
        bodyName: state.meeting.bodyName,
        meetingStartsAt: state.meeting.startsAt,
        numberLabel: item.numberLabel,
        title: item.title,
        archiveCaseNumber: item.archiveCaseNumber,
        caseOfficer: item.caseOfficer,
        exemptionBasis: item.exemptionBasis,
        treatment: item.treatment,
        vote: notice.vote,
        decision: notice.decision,
        replaces: replacedAt,
        madeAt,
      };
      const { pdf, pageCount } = await renderSaksprotokoll(view);
      const sha256 = await services.blobs.put(pdf);
      rendered.push({
        due: notice,
        item,
        replacedAt,
        sha256,
        size: pdf.length,
        pageCount,
        title: saksprotokollTitle(view),
      });
    }
    await commit({ db: services.db }, async (tx) => {
      await tx.selectFrom("meeting").select("id").where("id", "=", meetingId).forUpdate().execute();
      const now = new Date();
      const fresh = await loadNoticeState(tx, meetingId);
      if (!fresh) return succeeded(null);
      const stillDue = noticesDue(fresh.items, fresh.current);
      // A notice another run filed meanwhile, or a decision changed since the render, is left
      // to that run or to the job the change enqueued.
      for (const notice of rendered)
        if (stillDue.some((candidate) => sameDue(candidate, notice.due)))
          await fileNotice(tx, fresh, notice, now);
      return succeeded(null);
    });
  },
});

/**
 * Asks for the meeting's decision notices in the transaction of the change that makes them due:
 * the meeting adjourned or recorded as held, or a decision recorded, corrected or withdrawn on a
 * meeting that is over. No dedupe key: a change made while a run is under way needs a run after
 * it, and a run with nothing due adds nothing.
 */
export async function requestDecisionNotices(tx: Database, meetingId: number): Promise<void> {
  await enqueueJob(tx, issueDecisionNoticesJob, { meetingId });
}
