import type { Database } from "../../db/database.ts";
import type { SaksprotokollParagraph } from "../../documents/saksprotokoll.ts";
import type { ItemDecision, SentNotice } from "../../domain/decision-notices.ts";
import { caseNumberLabel } from "../../domain/numbering.ts";
import { loadMinutes } from "../minutes/load-minutes.ts";

/** A case item of the meeting as a decision notice needs it. */
export interface NoticeItem extends ItemDecision {
  caseId: number;
  numberLabel: string;
  title: string;
  archiveCaseNumber: string;
  caseOfficer: string;
  /** The case's owner account, who receives the notice; null for the secretariat's own case. */
  recipient: { userId: number; name: string; email: string | null } | null;
  /** The basis the notice's document is exempt on; null when it is public. */
  exemptionBasis: string | null;
  /** The case is exempt, so its decision stays out of the e-mail. */
  exempt: boolean;
  /** The item's treatment as the minutes have it, the secretary's edits included. */
  treatment: SaksprotokollParagraph[];
}

export interface NoticeState {
  meeting: { id: number; bodyName: string; startsAt: Date };
  municipality: string;
  items: NoticeItem[];
  current: Array<SentNotice & { createdAt: Date; documentId: number | null }>;
}

/** The basis for an item closed under kl. § 11-5 when the secretariat gave none. */
const CLOSED_MEETING_BASIS = "Lukket møte, kommuneloven § 11-5";

/**
 * The meeting's case items with their decisions and the votes that adopted them, and the notices
 * now current (not replaced); undefined when the meeting is not over, so nothing is sent yet. Read
 * again inside the transaction that files the notices, so the two readings can be compared.
 */
export async function loadNoticeState(
  db: Database,
  meetingId: number,
): Promise<NoticeState | undefined> {
  const meeting = await db
    .selectFrom("meeting as m")
    .innerJoin("body as b", "b.id", "m.body_id")
    .select(["m.id", "m.status", "m.closed_at", "m.starts_at", "b.name as body_name"])
    .where("m.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) return undefined;
  const over =
    meeting.status === "held" ||
    meeting.status === "minutes_approved" ||
    meeting.closed_at !== null;
  if (!over) return undefined;
  const rows = await db
    .selectFrom("agenda_item as a")
    .innerJoin("case as c", "c.id", "a.case_id")
    .leftJoin("app_user as u", "u.id", "c.owner_user_id")
    .select((eb) => [
      "a.id",
      "a.case_id",
      "a.decision",
      "a.case_type",
      "a.series_year",
      "a.series_number",
      "a.is_closed",
      "a.closed_basis",
      "c.title",
      "c.archive_case_number",
      "c.case_officer",
      "c.access",
      "c.exemption_basis",
      "u.id as user_id",
      "u.display_name as user_name",
      "u.email as user_email",
      eb
        .selectFrom("vote as v")
        .innerJoin("proposal as p", "p.id", "v.adopted_proposal_id")
        .select("v.id")
        .whereRef("v.agenda_item_id", "=", "a.id")
        .where("p.kind", "in", ["recommendation", "alternative"])
        .orderBy("v.number", "desc")
        .limit(1)
        .as("vote_id"),
    ])
    .where("a.meeting_id", "=", meetingId)
    .where("a.case_id", "is not", null)
    .$narrowType<{ case_id: number }>()
    .orderBy("a.position")
    .execute();
  const current = await db
    .selectFrom("decision_notice as n")
    .innerJoin("agenda_item as a", "a.id", "n.agenda_item_id")
    .select([
      "n.id",
      "n.agenda_item_id",
      "n.decision",
      "n.vote_summary",
      "n.created_at",
      "n.document_id",
    ])
    .where("a.meeting_id", "=", meetingId)
    .where("n.replaced_by_id", "is", null)
    .execute();
  // The minutes' wording of the treatment and of the vote («… Mot stemte: Sp (2).»), so the
  // notice says what the minutes say.
  const minutes = await loadMinutes(db, { meetingId, audience: "members" });
  const minutesItems = new Map(minutes.items.map((item) => [item.agendaItemId, item]));
  const municipality = await db
    .selectFrom("municipality")
    .select("name")
    .orderBy("id")
    .executeTakeFirst();
  return {
    meeting: { id: meeting.id, bodyName: meeting.body_name, startsAt: meeting.starts_at },
    municipality: municipality?.name ?? "",
    items: rows.map((row) => {
      const treatment = minutesItems.get(row.id)?.treatment ?? [];
      const vote = treatment.find((paragraph) => paragraph.key === `vote:${row.vote_id}`);
      return {
        itemId: row.id,
        caseId: row.case_id,
        decision: row.decision,
        vote: vote?.text ?? "",
        treatment: treatment.map((paragraph) => ({
          heading: paragraph.heading,
          text: paragraph.text,
        })),
        numberLabel: caseNumberLabel({
          caseType: row.case_type,
          year: row.series_year,
          number: row.series_number,
        }),
        title: row.title,
        archiveCaseNumber: row.archive_case_number,
        caseOfficer: row.case_officer,
        recipient:
          row.user_id === null
            ? null
            : { userId: row.user_id, name: row.user_name ?? "", email: row.user_email },
        exemptionBasis:
          row.access === "exempt"
            ? (row.exemption_basis ?? "")
            : row.is_closed
              ? (row.closed_basis ?? CLOSED_MEETING_BASIS)
              : null,
        exempt: row.access === "exempt",
      };
    }),
    current: current.map((row) => ({
      id: row.id,
      itemId: row.agenda_item_id,
      decision: row.decision,
      vote: row.vote_summary,
      createdAt: row.created_at,
      documentId: row.document_id,
    })),
  };
}
