import type { ComponentChildren } from "preact";
import { mayApproveCases } from "../policies/case-policy.ts";
import { type Action, can, type PolicyUser, type Resource } from "../policies/policy.ts";
import { Layout, type PageContext } from "./layout.tsx";

/** The workspace's sections; each shows only to those the policy lets see it. */
export const ADMIN_SECTIONS: ReadonlyArray<{
  href: string;
  label: string;
  resource: Resource;
  action: Action;
  /** Shown only to some of those the role lets in, such as the case officers. */
  for?: (user: PolicyUser) => boolean;
}> = [
  {
    href: "/admin/saker/mine",
    label: "Mine saker",
    resource: "case",
    action: "submit",
    for: (user) => user.role === "case_officer",
  },
  {
    href: "/admin/mottatte-vedtak",
    label: "Mottatte vedtak",
    resource: "decision_notice",
    action: "view",
  },
  {
    href: "/admin/saker/til-godkjenning",
    label: "Til godkjenning",
    resource: "case",
    action: "approve",
    for: mayApproveCases,
  },
  { href: "/admin/sok", label: "Søk", resource: "case", action: "view" },
  {
    href: "/mine-moter",
    label: "Mine møter",
    resource: "meeting",
    action: "view",
    for: (user) => user.role === "member",
  },
  { href: "/admin/moter", label: "Møter og sakslister", resource: "meeting", action: "view" },
  { href: "/admin/saker", label: "Saker", resource: "case", action: "view" },
  {
    href: "/admin/saker-klare",
    label: "Saker klare til behandling",
    resource: "agenda",
    action: "create",
  },
  { href: "/admin/utvalg", label: "Utvalg", resource: "body", action: "update" },
  { href: "/admin/personer", label: "Personer", resource: "person", action: "view" },
  { href: "/admin/partier", label: "Partier og lister", resource: "party", action: "update" },
  { href: "/admin/valgperioder", label: "Valgperioder", resource: "term", action: "update" },
  { href: "/admin/brukere", label: "Brukere", resource: "user", action: "view" },
  { href: "/admin/logg", label: "Endringslogg", resource: "audit", action: "view" },
  { href: "/admin/jobber", label: "Bakgrunnsjobber", resource: "job", action: "view" },
  { href: "/admin/utboks", label: "Utboks for e-post", resource: "outbox", action: "view" },
  { href: "/admin/kommunen", label: "Kommunen", resource: "municipality", action: "update" },
];

interface AdminLayoutProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  /** Crumbs between "Arbeidsflate" and this page. */
  trail?: Array<{ href: string; label: string }>;
}

export function AdminLayout({ ctx, title, children, trail }: AdminLayoutProps) {
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: "/admin", label: "Arbeidsflate" }, ...(trail ?? [])]}
    >
      {children}
    </Layout>
  );
}

export function visibleSections(ctx: PageContext) {
  const user = ctx.user;
  return ADMIN_SECTIONS.filter(
    (section) =>
      can(user, section.action, section.resource) &&
      (section.for === undefined || (user !== null && section.for(user))),
  );
}
