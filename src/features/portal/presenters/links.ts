import { formatMonthParam, type Month } from "../month.ts";

/** The portal's addresses, in one place so that every page links the same way. */

export const meetingHref = (id: number): string => `/moter/${id}`;
/** The meeting followed live as it happens. */
export const liveHref = (id: number): string => `/moter/${id}/direkte`;
export const caseHref = (id: number): string => `/saker/${id}`;
export const bodyHref = (slug: string): string => `/utvalg/${encodeURIComponent(slug)}`;
export const personHref = (id: number): string => `/personer/${id}`;
export const documentHref = (id: number, fileName: string): string =>
  `/dokumenter/${id}/${encodeURIComponent(fileName)}`;

export function calendarHref(month: Month, bodySlug?: string): string {
  const query = new URLSearchParams({ maned: formatMonthParam(month) });
  if (bodySlug) query.set("utvalg", bodySlug);
  return `/moter?${query.toString()}`;
}
