import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import {
  type ParsedQuery,
  type SearchQueryProblem,
  searchQueryProblem,
  searchQueryText,
} from "../../domain/search-query.ts";
import { formatDate } from "../../domain/time.ts";
import type { Choice } from "../../web/forms.tsx";
import type { Highlighted, SearchHit, SearchKind, SearchResult } from "./search-entries.ts";
import { KIND_PARAMS, type SearchInput, searchHref } from "./search-form.ts";

/** Where a hit leads: the portal's pages or the workspace's. */
export interface SearchLinks {
  path: string;
  hit(hit: SearchHit): string;
  /** Where to subscribe to new hits for the query; the portal only. */
  alert?: (query: string) => string;
}

export const PROBLEM_MESSAGES: Record<SearchQueryProblem, string> = {
  empty: "Skriv ett eller flere ord du vil søke etter.",
  "only-excluded":
    "Søket har bare ord med minus foran. Skriv også minst ett ord du vil finne, for eksempel «barnehage -privat».",
};

export const TRUNCATED_MESSAGE =
  "Søket var svært langt, så bare begynnelsen av det ble brukt. Prøv med færre ord.";

const KIND_LABELS: Record<SearchKind, string> = {
  case: "Sak",
  document: "Dokument",
  meeting: "Møte",
  body: "Utvalg",
  person: "Person",
};

const KIND_CHOICES: Choice[] = [
  { value: "saker", label: "Saker" },
  { value: "dokumenter", label: "Dokumenter" },
  { value: "moter", label: "Møter" },
  { value: "utvalg", label: "Utvalg" },
  { value: "personer", label: "Personer" },
];

export interface SearchHitView {
  key: string;
  href: string;
  kindLabel: string;
  title: Highlighted;
  snippet: Highlighted;
  meta: string[];
}

export interface SearchPageModel {
  path: string;
  text: string;
  values: SearchInput["values"];
  errors: Record<string, string>;
  /** A calm word about the query itself, in place of results. */
  notice: string | null;
  truncated: boolean;
  /** "23 treff", "over 1000 treff", or null before anything is searched. */
  summary: string | null;
  /** The query as it was understood, when that differs from what was typed. */
  understood: string | null;
  hits: SearchHitView[];
  /** The saved-search alert for this query, filled in. */
  alertHref: string | null;
  previous: string | null;
  next: string | null;
  pageLabel: string | null;
  kindOptions: Choice[];
  bodyOptions: Choice[];
  yearOptions: Choice[];
  caseTypeOptions: Choice[];
}

function hitMeta(hit: SearchHit): string[] {
  const meta: string[] = [];
  if (hit.kind === "case" || hit.kind === "document" || hit.kind === "meeting")
    meta.push(formatDate(hit.sortAt));
  if (hit.caseType) meta.push(CASE_TYPE_LABELS[hit.caseType]);
  if (hit.kind === "case" && hit.decided !== null)
    meta.push(hit.decided ? "Avgjort" : "Ikke avgjort");
  return meta;
}

export function presentSearchPage({
  input,
  parsed,
  result,
  links,
  bodies,
  years,
}: {
  input: SearchInput;
  parsed: ParsedQuery;
  result: SearchResult | null;
  links: SearchLinks;
  bodies: readonly { id: number; name: string }[];
  years: readonly number[];
}): SearchPageModel {
  const problem = input.text === "" ? null : searchQueryProblem(parsed);
  const understood = searchQueryText(parsed);
  const base = { ...input, values: input.values };
  let summary: string | null = null;
  if (result) {
    const count = `${result.moreThanTotal ? "over " : ""}${result.total}`;
    summary = result.total === 0 ? "Ingen treff." : `${count} treff.`;
  }
  return {
    path: links.path,
    text: input.text,
    values: input.values,
    errors: input.errors,
    notice: problem ? PROBLEM_MESSAGES[problem] : null,
    truncated: parsed.truncated,
    summary,
    understood:
      result && understood !== input.text.toLowerCase().replace(/\s+/g, " ") ? understood : null,
    hits: (result?.hits ?? []).map((hit) => ({
      key: `${hit.kind}-${hit.entityId}`,
      href: links.hit(hit),
      kindLabel: KIND_LABELS[hit.kind],
      title: hit.title,
      snippet: hit.snippet,
      meta: hitMeta(hit),
    })),
    alertHref: result && problem === null && links.alert ? links.alert(understood) : null,
    previous: result && result.page > 1 ? searchHref(links.path, base, result.page - 1) : null,
    next:
      result && result.page < result.pageCount
        ? searchHref(links.path, base, result.page + 1)
        : null,
    pageLabel: result && result.pageCount > 1 ? `Side ${result.page} av ${result.pageCount}` : null,
    kindOptions: KIND_CHOICES.filter((choice) => KIND_PARAMS[choice.value] !== undefined),
    bodyOptions: bodies.map((body) => ({ value: String(body.id), label: body.name })),
    yearOptions: years.map((year) => ({ value: String(year), label: String(year) })),
    caseTypeOptions: Object.entries(CASE_TYPE_LABELS).map(([value, label]) => ({
      value,
      label: `${label} (${value})`,
    })),
  };
}
