import { caseNumberLabel } from "../../domain/numbering.ts";
import { formatDate } from "../../domain/time.ts";
import { atLabel, casePath } from "../cases/case-workflow-presenter.ts";
import { receivedDecisionPath } from "./notice-paths.ts";
import type { NoticeRow } from "./notice-queries.ts";

export interface NoticeView {
  id: number;
  href: string;
  documentHref: string | null;
  caseHref: string;
  /** «Formannskapet 3. desember 2026, PS 12/26». */
  treatedIn: string;
  title: string;
  archiveCaseNumber: string;
  exempt: boolean;
  /** '' when the decision was withdrawn. */
  decision: string;
  vote: string;
  sentLabel: string;
  /** When the case officer opened it; null while unread. */
  readLabel: string | null;
  replaced: boolean;
  /** Shown to the secretariat, who reads everyone's notices. */
  recipient: string;
}

export const saksprotokollPath = (id: number): string =>
  `${receivedDecisionPath(id)}/saksprotokoll`;

export function presentNotice(row: NoticeRow): NoticeView {
  const number = caseNumberLabel({
    caseType: row.case_type,
    year: row.series_year,
    number: row.series_number,
  });
  return {
    id: row.id,
    href: receivedDecisionPath(row.id),
    documentHref: row.document_id === null ? null : saksprotokollPath(row.id),
    caseHref: casePath(row.case_id),
    treatedIn: `${row.body_name} ${formatDate(row.starts_at)}, ${number}`,
    title: row.title,
    archiveCaseNumber: row.archive_case_number,
    exempt: row.access === "exempt",
    decision: row.decision,
    vote: row.vote_summary,
    sentLabel: atLabel(row.created_at),
    readLabel: row.read_at === null ? null : atLabel(row.read_at),
    replaced: row.replaced_by_id !== null,
    recipient: row.recipient_name ?? "Sekretariatet",
  };
}
