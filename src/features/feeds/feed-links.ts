/** The feeds' addresses, for the routes, the pages that link to them and the sitemap. */

export const calendarFeedHref = (bodySlug?: string): string =>
  bodySlug ? `/utvalg/${encodeURIComponent(bodySlug)}/kalender.ics` : "/kalender.ics";

export const atomHref = (bodySlug?: string): string =>
  bodySlug ? `/utvalg/${encodeURIComponent(bodySlug)}/nyheter.atom` : "/nyheter.atom";

/** The same feeds as links a page puts in its head (`<link rel="alternate">`). */
export function feedAlternates(body?: { slug: string; name: string }) {
  return [
    {
      href: atomHref(body?.slug),
      type: "application/atom+xml",
      title: body ? `Nyheter fra ${body.name}` : "Nyheter: møter og vedtak",
    },
    {
      href: calendarFeedHref(body?.slug),
      type: "text/calendar",
      title: body ? `Møtekalender for ${body.name}` : "Møtekalender",
    },
  ];
}
