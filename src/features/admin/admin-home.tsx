import { ROLE_NAMES } from "../../auth/roles.ts";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout, visibleSections } from "../../web/workspace-layout.tsx";

export function AdminHome({ ctx }: { ctx: PageContext }) {
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
            </li>
          ))}
        </ul>
      ) : (
        <p class="ds-paragraph">Du har ingen oppgaver i arbeidsflaten ennå.</p>
      )}
    </AdminLayout>
  );
}
