import { formatShortDate, formatTime } from "../../domain/time.ts";
import type { Resource } from "../../policies/policy.ts";
import { ACTION_LABELS, ENTITY_TYPES } from "./audit-labels.ts";
import { AUDIT_PATH } from "./audit-paths.ts";
import type { AuditFilter, AuditPage } from "./audit-queries.ts";

export interface AuditEntryView {
  id: number;
  /** The instant, for the time element. */
  at: string;
  /** "26.11.2026 kl. 18:00" in Norway. */
  atLabel: string;
  actorName: string;
  actionLabel: string;
  /** The record the change concerns, with its workspace page where it has one. */
  entity: { label: string; page: { resource: Resource; href: string } | null };
  /** The details on one line, or null when there are none. */
  details: string | null;
}

/**
 * The details on one line, with a space after each comma and colon so a long entry can wrap
 * inside its cell. JSON escapes newlines in strings, so every newline here is layout.
 */
function compactJson(details: Record<string, unknown>): string {
  return JSON.stringify(details, null, 1).replace(/\n\s*/g, " ");
}

function presentAuditEntry(row: AuditPage["entries"][number]): AuditEntryView {
  const type = ENTITY_TYPES[row.entity_type];
  return {
    id: row.id,
    at: row.at.toISOString(),
    atLabel: `${formatShortDate(row.at)} kl. ${formatTime(row.at)}`,
    actorName: row.actor_name,
    actionLabel: ACTION_LABELS[row.action] ?? row.action,
    entity: {
      label: `${type?.label ?? row.entity_type} ${row.entity_id}`,
      page: type?.page
        ? { resource: type.page.resource, href: type.page.href(row.entity_id) }
        : null,
    },
    details: Object.keys(row.details).length > 0 ? compactJson(row.details) : null,
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
  filter,
  from,
}: {
  page: AuditPage;
  filter: AuditFilter;
  /** Where this page starts; null on the first page. */
  from: number | null;
}): AuditLogView {
  return {
    entries: page.entries.map(presentAuditEntry),
    filter,
    newestHref: from !== null ? auditHref(filter, null) : null,
    olderHref: page.nextFrom !== null ? auditHref(filter, page.nextFrom) : null,
  };
}
