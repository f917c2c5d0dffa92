import { ROLE_NAMES } from "../../auth/roles.ts";
import { can } from "../../policies/policy.ts";
import { ParagraphLink } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { PASSWORD_PATH } from "../../web/require-user.ts";
import { AdminLayout, visibleSections } from "../../web/workspace-layout.tsx";

/** counts: what waits for the user in a section, by its href, such as unread decisions. */
export function AdminHome({
  ctx,
  counts = {},
}: {
  ctx: PageContext;
  counts?: Record<string, number>;
}) {
  const sections = visibleSections(ctx);
  return (
    <AdminLayout ctx={ctx} title="Arbeidsflate">
      <h1 class="ds-heading" data-size="lg">
        Arbeidsflate
      </h1>
      <p class="ds-paragraph">
        Innlogget som {ctx.user?.displayName} ({ctx.user ? ROLE_NAMES[ctx.user.role] : ""}).
      </p>
      {sections.length > 0 ? (
        <ul class="fs-grid fs-list">
          {sections.map((section) => (
            <li key={section.href}>
              <a class="ds-link" href={section.href}>
                {section.label}
              </a>
              {counts[section.href] ? (
                <>
                  {" "}
                  <span class="ds-tag" data-color="warning" data-size="sm">
                    {counts[section.href]} uleste
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="ds-paragraph">Du har ingen oppgaver i arbeidsflaten ennå.</p>
      )}
      {can(ctx.user, "update", "password") ? (
        <>
          <h2 class="ds-heading" data-size="md">
            Din konto
          </h2>
          <ParagraphLink href={PASSWORD_PATH}>Bytt passord</ParagraphLink>
        </>
      ) : null}
    </AdminLayout>
  );
}
