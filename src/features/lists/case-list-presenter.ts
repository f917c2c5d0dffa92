import type { CaseType } from "../../db/schema.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { formatDate } from "../../domain/time.ts";
import { type Exemption, exemptionOf, type TagColor } from "../portal/presenters/labels.ts";
import { caseHref } from "../portal/presenters/links.ts";
import type { CaseStatusFilter, PublicCaseListRow } from "./list-queries.ts";

export const CASES_PER_PAGE = 25;

export const CASE_STATUS_LABELS: Record<CaseStatusFilter, string> = {
  open: "Under behandling",
  decided: "Avgjort",
};

/** The list's query as the form and the links write it; empty means not filtered. */
export interface CaseListQuery {
  utvalg: string;
  ar: string;
  type: string;
  status: string;
  side: number;
}

export interface CaseListEntry {
  id: number;
  href: string;
  title: string;
  archiveCaseNumber: string;
  typeLabel: string;
  status: { label: string; color: TagColor };
  treatedLabel: string | null;
  exemption: Exemption | null;
}

export interface CaseListPageModel {
  query: CaseListQuery;
  bodyOptions: Array<{ value: string; label: string }>;
  yearOptions: Array<{ value: string; label: string }>;
  typeOptions: Array<{ value: string; label: string }>;
  statusOptions: Array<{ value: string; label: string }>;
  entries: CaseListEntry[];
  total: number;
  pageLabel: string;
  previousHref: string | null;
  nextHref: string | null;
}

export function caseListHref(query: CaseListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const name of ["utvalg", "ar", "type", "status"] as const)
    if (query[name] !== "") params.set(name, query[name]);
  if (page > 1) params.set("side", String(page));
  const search = params.toString();
  return search ? `/saker?${search}` : "/saker";
}

function presentEntry(row: PublicCaseListRow): CaseListEntry {
  const decided = row.decided_at !== null;
  return {
    id: row.id,
    href: caseHref(row.id),
    title: row.title,
    archiveCaseNumber: row.archive_case_number,
    typeLabel: CASE_TYPE_LABELS[row.case_type],
    status: decided
      ? { label: `Avgjort ${formatDate(row.decided_at ?? new Date(0))}`, color: "success" }
      : { label: CASE_STATUS_LABELS.open, color: "info" },
    treatedLabel:
      row.last_body_name && row.last_meeting_at
        ? `Sist behandlet i ${row.last_body_name} ${formatDate(row.last_meeting_at)}`
        : null,
    exemption: exemptionOf(row),
  };
}

export function presentCaseListPage(input: {
  query: CaseListQuery;
  bodies: ReadonlyArray<{ slug: string; name: string }>;
  years: readonly number[];
  rows: readonly PublicCaseListRow[];
  total: number;
}): CaseListPageModel {
  const pages = Math.max(1, Math.ceil(input.total / CASES_PER_PAGE));
  const page = input.query.side;
  return {
    query: input.query,
    bodyOptions: input.bodies.map((body) => ({ value: body.slug, label: body.name })),
    yearOptions: input.years.map((year) => ({ value: String(year), label: String(year) })),
    typeOptions: (Object.entries(CASE_TYPE_LABELS) as Array<[CaseType, string]>).map(
      ([value, label]) => ({ value, label }),
    ),
    statusOptions: (Object.entries(CASE_STATUS_LABELS) as Array<[CaseStatusFilter, string]>).map(
      ([value, label]) => ({ value, label }),
    ),
    entries: input.rows.map(presentEntry),
    total: input.total,
    pageLabel: `Side ${Math.min(page, pages)} av ${pages}`,
    previousHref: page > 1 ? caseListHref(input.query, Math.min(page - 1, pages)) : null,
    nextHref: page < pages ? caseListHref(input.query, page + 1) : null,
  };
}
