/** The alert pages' addresses. */

export const subscribeHref = (target?: {
  bodySlug?: string;
  caseId?: number;
  query?: string;
}): string => {
  if (target?.bodySlug) return `/varsler?utvalg=${encodeURIComponent(target.bodySlug)}`;
  if (target?.caseId !== undefined) return `/varsler?sak=${target.caseId}`;
  if (target?.query) return `/varsler?q=${encodeURIComponent(target.query)}`;
  return "/varsler";
};

export const confirmHref = (token: string): string => `/varsler/bekreft/${token}`;

export const unsubscribeHref = (subscriptionId: number, token: string): string =>
  `/varsler/avmeld/${subscriptionId}/${token}`;

export const PRIVACY_HREF = "/personvern";
