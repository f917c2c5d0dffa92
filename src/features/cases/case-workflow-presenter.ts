import type { CaseStatus } from "../../domain/case-status.ts";
import { formatDate, formatShortDate, formatTime } from "../../domain/time.ts";
import { type CaseSubject, can, type PolicyUser } from "../../policies/policy.ts";
import { ACTION_LABELS } from "../audit/audit-labels.ts";
import { STATUS_LABELS } from "./case-labels.ts";
import type { PresentationTexts } from "./case-record.ts";
import type { findCase } from "./queries.ts";
import type { CaseHistory, ShareEntry, WorkflowCaseEntry } from "./workflow-queries.ts";

export const casePath = (caseId: number): string => `/admin/saker/${caseId}`;
export const caseHistoryPath = (caseId: number): string => `${casePath(caseId)}/historikk`;
export const OWN_CASES_PATH = "/admin/saker/mine";
export const APPROVAL_PATH = "/admin/saker/til-godkjenning";

/** "1.12.2026 kl. 10:30", in Norway. */
export const atLabel = (at: Date): string => `${formatShortDate(at)} kl. ${formatTime(at)}`;

export type StatusColor = "neutral" | "info" | "warning" | "success";

export interface StatusView {
  label: string;
  color: StatusColor;
}

const STATUS_COLORS: Record<CaseStatus, StatusColor> = {
  draft: "neutral",
  submitted: "warning",
  approved: "info",
  ready: "success",
  decided: "success",
};

export const presentStatus = (status: CaseStatus): StatusView => ({
  label: STATUS_LABELS[status],
  color: STATUS_COLORS[status],
});

type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export interface CaseWorkflowView {
  caseId: number;
  archiveCaseNumber: string;
  caseOfficer: string;
  unit: string;
  status: StatusView;
  /** Who moved the case on and when, as lines of the header. */
  record: Array<{ label: string; value: string }>;
  /** The approver's comment, while the officer answers it. */
  returned: { comment: string; at: string } | null;
  steps: { submit: boolean; return: boolean; approve: boolean; markReady: boolean };
  historyHref: string;
  /** Null when the user may not choose who writes the case. */
  sharing: { shares: ShareEntry[]; candidates: ShareEntry[] } | null;
}

export function presentCaseWorkflow(
  row: CaseRow,
  subject: CaseSubject,
  user: PolicyUser | null,
  sharing: { shares: ShareEntry[]; candidates: ShareEntry[] },
): CaseWorkflowView {
  const record: Array<{ label: string; value: string }> = [];
  if (row.submitted_at)
    record.push({ label: "Sendt til godkjenning", value: atLabel(row.submitted_at) });
  if (row.approved_at)
    record.push({
      label: "Godkjent for kommunedirektøren",
      value: `${row.approved_by_name ?? ""}, ${atLabel(row.approved_at)}`,
    });
  if (row.version > 0) record.push({ label: "Versjon", value: String(row.version) });
  // The last body on the route decided: the case is done, on that day.
  if (row.status === "decided" && row.decided_at)
    record.push({ label: "Vedtatt", value: formatDate(row.decided_at) });
  return {
    caseId: row.id,
    archiveCaseNumber: row.archive_case_number,
    caseOfficer: row.case_officer,
    unit: row.responsible_unit,
    status: presentStatus(row.status),
    record,
    returned:
      row.status === "draft" && row.returned_comment !== null && row.returned_at !== null
        ? { comment: row.returned_comment, at: atLabel(row.returned_at) }
        : null,
    steps: {
      submit: can(user, "submit", "case", subject),
      return: can(user, "return", "case", subject),
      approve: can(user, "approve", "case", subject),
      markReady: can(user, "markReady", "case", subject),
    },
    historyHref: caseHistoryPath(row.id),
    sharing: can(user, "share", "case", subject) ? sharing : null,
  };
}

export interface CaseListItemView {
  id: number;
  href: string;
  archiveCaseNumber: string;
  title: string;
  caseOfficer: string;
  status: StatusView;
  /** When it last changed, or when it was submitted on the approver's list. */
  at: string;
  returned: boolean;
}

const presentListItem = (entry: WorkflowCaseEntry, at: Date): CaseListItemView => ({
  id: entry.id,
  href: casePath(entry.id),
  archiveCaseNumber: entry.archiveCaseNumber,
  title: entry.title,
  caseOfficer: entry.caseOfficer,
  status: presentStatus(entry.status),
  at: atLabel(at),
  returned: entry.returned,
});

const STATUS_ORDER: CaseStatus[] = ["draft", "submitted", "approved", "ready", "decided"];

/** The officer's cases grouped by status, in the order a case moves; empty groups left out. */
export function presentOwnCases(entries: readonly WorkflowCaseEntry[]) {
  return STATUS_ORDER.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    cases: entries
      .filter((entry) => entry.status === status)
      .map((entry) => presentListItem(entry, entry.updatedAt)),
  })).filter((group) => group.cases.length > 0);
}

export const presentApprovalList = (entries: readonly WorkflowCaseEntry[]) =>
  entries.map((entry) => presentListItem(entry, entry.submittedAt ?? entry.updatedAt));

const SECTION_NAMES: Record<keyof PresentationTexts, string> = {
  title: "tittel",
  summary: "sammendrag",
  facts: "saksopplysninger",
  assessment: "vurdering",
  recommendation: "innstilling",
};

const sectionList = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((field) => SECTION_NAMES[field as keyof PresentationTexts] ?? String(field))
        .join(", ")
    : "";

/** What an audit row of the case says, in words, beside its action. */
function describeDetails(action: string, details: Record<string, unknown>): string {
  const changed = sectionList(details.changed);
  switch (action) {
    case "case.update":
      return changed ? `Endret ${changed}.` : "Endret registreringen.";
    case "case.revise":
      return `Versjon ${String(details.version)}: ${String(details.reason)}${changed ? ` (endret ${changed})` : ""}`;
    case "case.approve":
      return `Versjon ${String(details.version)}.`;
    case "case.return":
      return `Kommentar: ${String(details.comment)}`;
    case "case.share":
      return `Delt med ${String(details.name)}.`;
    default:
      return "";
  }
}

export interface VersionView {
  version: number;
  at: string;
  author: string;
  /** "Godkjent" for the first, the reason for later ones. */
  reason: string;
  texts: PresentationTexts;
}

export interface HistoryEntryView {
  id: number;
  at: string;
  actor: string;
  action: string;
  details: string;
}

export function presentCaseHistory(history: CaseHistory) {
  return {
    versions: history.versions.map(
      (row): VersionView => ({
        version: row.version,
        at: atLabel(row.created_at),
        author: row.author_name,
        reason: row.reason ?? "Godkjent for kommunedirektøren",
        texts: {
          title: row.title,
          summary: row.summary,
          facts: row.facts,
          assessment: row.assessment,
          recommendation: row.recommendation,
        },
      }),
    ),
    entries: history.audits.map(
      (row): HistoryEntryView => ({
        id: row.id,
        at: atLabel(row.at),
        actor: row.actor_name,
        action: ACTION_LABELS[row.action] ?? row.action,
        details: describeDetails(row.action, row.details),
      }),
    ),
  };
}
