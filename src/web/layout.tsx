import type { ComponentChildren } from "preact";
import type { SignedInUser } from "../auth/session.ts";
import { stylesheet } from "./assets.ts";

export interface PageContext {
  user: SignedInUser | null;
  csrfToken: string | null;
  municipalityName: string;
  /** The request path, to mark the current menu entry. */
  path: string;
  /** The confirmation a form left for this page (src/web/flash.ts), shown once. */
  flash: string | null;
}

interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  breadcrumbs?: Array<{ href: string; label: string }>;
  /** Feeds that follow this page, for readers and browsers that look in the head. */
  alternates?: ReadonlyArray<{ href: string; type: string; title: string }>;
}

const publicMenu = [
  { href: "/", label: "Forside" },
  { href: "/moter", label: "Møtekalender" },
  { href: "/saker", label: "Saker" },
  { href: "/utvalg", label: "Utvalg" },
  { href: "/personer", label: "Folkevalgte" },
  { href: "/sok", label: "Søk" },
];

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

/** Announced politely by screen readers; the page's heading follows it. */
function FlashNotice({ message }: { message: string }) {
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p class="ds-paragraph">{message}</p>
    </div>
  );
}

export function Layout({ ctx, title, children, breadcrumbs, alternates }: LayoutProps) {
  const menu = ctx.user ? [...publicMenu, { href: "/admin", label: "Arbeidsflate" }] : publicMenu;
  return (
    <html lang="nb" data-color-scheme="light" data-size="md">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* A screen reader reads the title when the page loads, so the confirmation leads it. */}
        <title>{`${ctx.flash ? `${ctx.flash} ` : ""}${title} – ${ctx.municipalityName}`}</title>
        <link rel="stylesheet" href={stylesheet.path} />
        <link rel="icon" href="data:," />
        {alternates?.map((feed) => (
          <link
            key={feed.href}
            rel="alternate"
            type={feed.type}
            title={feed.title}
            href={feed.href}
          />
        ))}
      </head>
      <body>
        <a class="ds-skip-link fs-skip" href="#hovedinnhold">
          Hopp til hovedinnhold
        </a>
        <header class="fs-header">
          <div class="fs-header__inner">
            <a class="fs-brand" href="/">
              {ctx.municipalityName}
              <span class="ds-sr-only"> – politiske møter og saker</span>
            </a>
            <nav class="fs-nav" aria-label="Hovedmeny">
              <ul>
                {menu.map((item) => (
                  <li key={item.href}>
                    <a
                      href={item.href}
                      aria-current={isCurrent(ctx.path, item.href) ? "page" : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
                <li>
                  {ctx.user && ctx.csrfToken ? (
                    <form method="post" action="/logg-ut" class="fs-inline-form">
                      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant="tertiary"
                        data-color="neutral"
                        data-size="sm"
                      >
                        Logg ut ({ctx.user.displayName})
                      </button>
                    </form>
                  ) : (
                    <a href="/logg-inn">Logg inn</a>
                  )}
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="hovedinnhold" class="fs-container fs-main" tabIndex={-1}>
          {breadcrumbs && breadcrumbs.length > 0 ? (
            <nav class="ds-breadcrumbs" aria-label="Du er her">
              <ol>
                {breadcrumbs.map((crumb) => (
                  <li key={crumb.href}>
                    <a class="ds-link" href={crumb.href}>
                      {crumb.label}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          {ctx.flash ? <FlashNotice message={ctx.flash} /> : null}
          {children}
        </main>
        <footer class="fs-footer">
          <div class="fs-container fs-actions">
            <span>{ctx.municipalityName}</span>
            <a class="ds-link" href="/tilgjengelighet">
              Tilgjengelighetserklæring
            </a>
            <a class="ds-link" href="/personvern">
              Personvern
            </a>
            <span class="fs-meta">Drevet av Folkestyre, fri programvare (EUPL-1.2)</span>
          </div>
        </footer>
      </body>
    </html>
  );
}
