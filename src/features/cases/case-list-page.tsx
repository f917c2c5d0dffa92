import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../admin/admin-layout.tsx";
import { CASE_TYPE_LABELS } from "./case-labels.ts";
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
      {canCreate ? (
        <p class="ds-paragraph">
          <a class="ds-link" href="/admin/saker/ny">
            Registrer ny sak
          </a>
        </p>
      ) : null}
      <search>
        <form method="get" action="/admin/saker" class="fs-actions">
          <div class="ds-field">
            <label class="ds-label" for="sok">
              Søk etter arkivsaksnummer eller tittel
            </label>
            <input class="ds-input" id="sok" name="sok" type="search" value={search} />
          </div>
          <button type="submit" class="ds-button" data-variant="secondary">
            Søk
          </button>
        </form>
      </search>
      {cases.length === 0 ? (
        <p class="ds-paragraph">
          {search ? `Ingen saker passer til «${search}».` : "Ingen saker er registrert ennå."}
        </p>
      ) : (
        <div class="fs-table-wrap">
          <table class="ds-table">
            <caption>
              {search
                ? `Saker som passer til «${search}»`
                : `De ${Math.min(cases.length, CASE_LIST_LIMIT)} nyeste sakene`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Arkivsak</th>
                <th scope="col">Tittel</th>
                <th scope="col">Type</th>
                <th scope="col">Saksgang</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.archiveCaseNumber}</td>
                  <td>
                    <a class="ds-link" href={`/admin/saker/${entry.id}`}>
                      {entry.title}
                    </a>
                    {entry.access === "exempt" ? (
                      <>
                        {" "}
                        <span class="ds-tag" data-color="warning" data-size="sm">
                          Unntatt offentlighet
                        </span>{" "}
                        <span class="fs-meta">{entry.exemptionBasis}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{CASE_TYPE_LABELS[entry.caseType]}</td>
                  <td>{entry.route.join(" → ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
