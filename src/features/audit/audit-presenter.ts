import { formatShortDate, formatTime } from "../../domain/time.ts";
import { JOB_DEFINITIONS } from "../../jobs/definitions.ts";
import { JOBS_PATH } from "../jobs/job-paths.ts";
import { type DetailLine, describeDetails } from "./audit-details.ts";
import { ACTION_LABELS, ENTITY_TYPES } from "./audit-labels.ts";
import { AUDIT_PATH } from "./audit-paths.ts";
import type { AuditFilter, AuditPage } from "./audit-queries.ts";
import { type AuditSubject, type AuditSubjects, entityKind, subjectKey } from "./audit-subjects.ts";

export interface AuditEntryView {
  id: number;
  /** The instant, for the time element. */
  at: string;
  /** "26.11.2026 kl. 18:00" in Norway. */
  atLabel: string;
  actorName: string;
  actionLabel: string;
  /** The record the change concerns, in words, with its workspace page where it has one. */
  entity: AuditSubject;
  /** What changed, a line per detail; empty when the entry has none. */
  details: DetailLine[];
}

const jobLabels = new Map(JOB_DEFINITIONS.map((definition) => [definition.type, definition.label]));

/**
 * The record an entry concerns. One that is gone (an item taken off the agenda, a job cleaned
 * up) is named by its kind and, where the details say, the meeting or case it belonged to.
 */
function entitySubject(row: AuditPage["entries"][number], subjects: AuditSubjects): AuditSubject {
  const kind = entityKind(row.entity_type);
  const found = kind ? subjects.get(subjectKey(kind, row.entity_id)) : undefined;
  if (found) return found;
  if (row.entity_type === "job") {
    const type = typeof row.details.type === "string" ? row.details.type : "";
    return {
      label: `Bakgrunnsjobben «${jobLabels.get(type) ?? type}»`,
      href: `${JOBS_PATH}#jobb-${row.entity_id}`,
      resource: "job",
    };
  }
  const type = ENTITY_TYPES[row.entity_type];
  const owner =
    subjects.get(subjectKey("meeting", String(row.details.meetingId))) ??
    subjects.get(subjectKey("case", String(row.details.caseId)));
  const what = `${type?.label ?? "Oppføring"} som ikke finnes lenger`;
  return owner
    ? {
        label: `${what}, fra ${owner.label.replace(/^Møtet i /, "møtet i ")}`,
        href: owner.href,
        resource: owner.resource,
      }
    : { label: what, href: null, resource: null };
}

function presentAuditEntry(
  row: AuditPage["entries"][number],
  subjects: AuditSubjects,
): AuditEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    atLabel: `${formatShortDate(row.at)} kl. ${formatTime(row.at)}`,
    actorName: row.actor_name,
    actionLabel: ACTION_LABELS[row.action] ?? row.action,
    entity: entitySubject(row, subjects),
    details: describeDetails(row.details, row.entity_type, subjects),
  };
}

/** The log's address with its filters, starting at a given entry. */
function auditHref(filter: AuditFilter, from: number | null): string {
  const params = new URLSearchParams();
  if (filter.area !== null) params.set("omrade", filter.area);
  if (filter.entityType !== null) params.set("type", filter.entityType);
  if (filter.actor) params.set("av", filter.actor);
  if (from !== null) params.set("fra", String(from));
  const search = params.toString();
  return search ? `${AUDIT_PATH}?${search}` : AUDIT_PATH;
}

export interface AuditLogView {
  entries: AuditEntryView[];
  filter: AuditFilter;
  /** Back to the first page, from a later one. */
  newestHref: string | null;
  olderHref: string | null;
}

export function presentAuditLog({
  page,
  subjects,
  filter,
  from,
}: {
  page: AuditPage;
  /** The records the page's entries name (loadAuditSubjects). */
  subjects: AuditSubjects;
  filter: AuditFilter;
  /** Where this page starts; null on the first page. */
  from: number | null;
}): AuditLogView {
  return {
    entries: page.entries.map((row) => presentAuditEntry(row, subjects)),
    filter,
    newestHref: from !== null ? auditHref(filter, null) : null,
    olderHref: page.nextFrom !== null ? auditHref(filter, page.nextFrom) : null,
  };
}
