import type { feedAlternates } from "./feed-links.ts";

export type FeedLinkList = ReturnType<typeof feedAlternates>;

/** The visible links to a page's feeds: the calendar to subscribe to and the news feed. */
export function FollowLinks({ feeds, alertHref }: { feeds: FeedLinkList; alertHref: string }) {
  const [atom, calendar] = feeds;
  return (
    <section aria-labelledby="folg-med" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="folg-med">
        Følg med
      </h2>
      <ul class="ds-list">
        {calendar ? (
          <li>
            <a class="ds-link" href={calendar.href}>
              {calendar.title} (iCalendar)
            </a>{" "}
            <span class="fs-meta">– legg adressen til i kalenderprogrammet ditt</span>
          </li>
        ) : null}
        {atom ? (
          <li>
            <a class="ds-link" href={atom.href}>
              {atom.title} (Atom)
            </a>{" "}
            <span class="fs-meta">– for nyhetslesere</span>
          </li>
        ) : null}
        <li>
          <a class="ds-link" href={alertHref}>
            Få varsel på e-post
          </a>
        </li>
      </ul>
    </section>
  );
}
