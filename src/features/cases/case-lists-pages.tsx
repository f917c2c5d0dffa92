import { DataTable, ParagraphLink } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { StatusTag } from "./case-workflow.tsx";
import type { CaseListItemView } from "./case-workflow-presenter.ts";

const TRAIL = [{ href: "/admin/saker", label: "Saker" }];

function CaseLink({ item }: { item: CaseListItemView }) {
  return (
    <a class="ds-link" href={item.href}>
      {item.title}
    </a>
  );
}

/** The case officer's start page: the cases they write, by how far each has come. */
export function OwnCasesPage({
  ctx,
  groups,
}: {
  ctx: PageContext;
  groups: Array<{ status: string; label: string; cases: CaseListItemView[] }>;
}) {
  return (
    <AdminLayout ctx={ctx} title="Mine saker" trail={TRAIL}>
      <h1 class="ds-heading" data-size="lg">
        Mine saker
      </h1>
      <ParagraphLink href="/admin/saker/ny">Registrer ny sak</ParagraphLink>
      {groups.length === 0 ? (
        <p class="ds-paragraph">Du har ingen saker ennå, og ingen er delt med deg.</p>
      ) : (
        groups.map((group) => (
          <section key={group.status} aria-labelledby={`status-${group.status}`}>
            <h2 class="ds-heading" data-size="md" id={`status-${group.status}`}>
              {group.label} ({group.cases.length})
            </h2>
            <DataTable
              caption={`${group.label}: saker du skriver`}
              hideCaption
              columns={["Arkivsak", "Tittel", "Sist endret"]}
            >
              {group.cases.map((item) => (
                <tr key={item.id}>
                  <td>{item.archiveCaseNumber}</td>
                  <td>
                    <CaseLink item={item} />
                    {item.returned ? (
                      <>
                        {" "}
                        <span class="ds-tag" data-color="warning" data-size="sm">
                          Sendt tilbake
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td>{item.at}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        ))
      )}
    </AdminLayout>
  );
}

/** Submitted presentations waiting for the one who signs for the chief executive. */
export function ApprovalListPage({ ctx, cases }: { ctx: PageContext; cases: CaseListItemView[] }) {
  return (
    <AdminLayout ctx={ctx} title="Til godkjenning" trail={TRAIL}>
      <h1 class="ds-heading" data-size="lg">
        Til godkjenning
      </h1>
      {cases.length === 0 ? (
        <p class="ds-paragraph">Ingen saker venter på godkjenning.</p>
      ) : (
        <DataTable
          caption="Saker sendt til godkjenning, den som har ventet lengst først"
          columns={["Arkivsak", "Tittel", "Saksbehandler", "Sendt", "Status"]}
        >
          {cases.map((item) => (
            <tr key={item.id}>
              <td>{item.archiveCaseNumber}</td>
              <td>
                <CaseLink item={item} />
              </td>
              <td>{item.caseOfficer || "–"}</td>
              <td>{item.at}</td>
              <td>
                <StatusTag status={item.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}
