import { z } from "zod";
import type { CaseType } from "../../db/schema.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import {
  MAX_PAGE,
  SEARCH_KINDS,
  type SearchFilters,
  type SearchKind,
  type SearchSort,
} from "./search-entries.ts";

/**
 * The search form's query string, field by field: a bad value in one field is reported next to
 * it and that filter is left out, and the rest of the search still runs. The query text itself
 * is never refused; the parser makes what it can of it.
 */

export const KIND_PARAMS: Record<string, SearchKind> = {
  saker: "case",
  dokumenter: "document",
  moter: "meeting",
  utvalg: "body",
  personer: "person",
};

export interface SearchInput {
  /** The text as typed (cut to a length a page can show back). */
  text: string;
  /** The raw values, to show back in the form. */
  values: Record<
    "type" | "utvalg" | "aar" | "sakstype" | "vedtatt" | "dokumenter" | "sortering",
    string
  >;
  filters: SearchFilters;
  sort: SearchSort;
  page: number;
  errors: Record<string, string>;
}

/** What the form shows back of a pasted essay; the parser reads less than this anyway. */
const MAX_SHOWN_TEXT = 1_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const text = z.string().catch("");
const single = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

export function parseSearchForm(query: unknown): SearchInput {
  const raw = z.record(z.string(), z.unknown()).catch({}).parse(query);
  const read = (name: string): string => text.parse(single(raw[name])).trim();
  const errors: Record<string, string> = {};
  const filters: SearchFilters = {};
  const values = {
    type: read("type"),
    utvalg: read("utvalg"),
    aar: read("aar"),
    sakstype: read("sakstype"),
    vedtatt: read("vedtatt"),
    dokumenter: read("dokumenter"),
    sortering: read("sortering"),
  };

  if (values.type) {
    const kind = KIND_PARAMS[values.type];
    if (kind && SEARCH_KINDS.includes(kind)) filters.kind = kind;
    else errors.type = "Velg hva du vil søke i fra listen.";
  }
  if (values.utvalg) {
    if (/^[1-9]\d{0,8}$/.test(values.utvalg)) filters.bodyId = Number(values.utvalg);
    else errors.utvalg = "Velg et utvalg fra listen.";
  }
  if (values.aar) {
    const year = /^\d{4}$/.test(values.aar) ? Number(values.aar) : Number.NaN;
    if (year >= FIRST_YEAR && year <= LAST_YEAR) filters.year = year;
    else errors.aar = "Året må skrives med fire sifre, for eksempel 2026.";
  }
  if (values.sakstype) {
    if (Object.hasOwn(CASE_TYPE_LABELS, values.sakstype))
      filters.caseType = values.sakstype as CaseType;
    else errors.sakstype = "Velg en sakstype fra listen.";
  }
  if (values.vedtatt) {
    if (values.vedtatt === "ja" || values.vedtatt === "nei")
      filters.decided = values.vedtatt === "ja";
    else errors.vedtatt = "Velg om saken skal være avgjort eller ikke.";
  }
  if (values.dokumenter) {
    if (values.dokumenter === "ja") filters.hasDocuments = true;
    else errors.dokumenter = "Kryss av hvis du bare vil se treff med dokumenter.";
  }
  let sort: SearchSort = "relevance";
  if (values.sortering === "dato") sort = "date";
  else if (values.sortering && values.sortering !== "relevans")
    errors.sortering = "Velg sortering etter relevans eller dato.";
  const pageText = read("side");
  let page = 1;
  if (pageText) {
    const n = /^\d{1,4}$/.test(pageText) ? Number(pageText) : Number.NaN;
    if (n >= 1 && n <= MAX_PAGE) page = n;
    else errors.side = `Sidetallet må være mellom 1 og ${MAX_PAGE}.`;
  }
  return { text: read("q").slice(0, MAX_SHOWN_TEXT), values, filters, sort, page, errors };
}

/** The query string for the same search on another page (or, with page 1, the first). */
export function searchHref(path: string, input: SearchInput, page: number): string {
  const params = new URLSearchParams();
  if (input.text) params.set("q", input.text);
  for (const [name, value] of Object.entries(input.values))
    if (value && !(name in input.errors)) params.set(name, value);
  if (page > 1) params.set("side", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
