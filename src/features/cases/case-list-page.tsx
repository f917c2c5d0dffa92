import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { DataTable, ParagraphLink, SearchForm } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";

import { StatusTag } from "./case-workflow.tsx";
import { presentStatus } from "./case-workflow-presenter.ts";
import { ExemptMarking } from "./exempt-marking.tsx";
import { CASE_LIST_LIMIT, type CaseListEntry } from "./queries.ts";

interface CaseListPageProps {
  ctx: PageContext;
  cases: CaseListEntry[];
  search: string;
  canCreate: boolean;
}

export function CaseListPage({ ctx, cases, search, canCreate }: CaseListPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Saker">
      <h1 class="ds-heading" data-size="lg">
        Saker
      </h1>
      {canCreate ? <ParagraphLink href="/admin/saker/ny">Registrer ny sak</ParagraphLink> : null}
      <SearchForm
        action="/admin/saker"
        name="sok"
        label="Søk etter arkivsaksnummer eller tittel"
        value={search}
      />
      {cases.length === 0 ? (
        <p class="ds-paragraph">
          {search ? `Ingen saker passer til «${search}».` : "Ingen saker er registrert ennå."}
        </p>
      ) : (
        <DataTable
          caption={
            search
              ? `Saker som passer til «${search}»`
              : `De ${Math.min(cases.length, CASE_LIST_LIMIT)} nyeste sakene`
          }
          columns={["Arkivsak", "Tittel", "Type", "Saksgang", "Status"]}
        >
          {cases.map((entry) => (
            <tr key={entry.id}>
              <td>{entry.archiveCaseNumber}</td>
              <td>
                <a class="ds-link" href={`/admin/saker/${entry.id}`}>
                  {entry.title}
                </a>
                <ExemptMarking entry={entry} />
              </td>
              <td>{CASE_TYPE_LABELS[entry.caseType]}</td>
              <td>{entry.route.join(" → ")}</td>
              <td>
                <StatusTag status={presentStatus(entry.status)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}
