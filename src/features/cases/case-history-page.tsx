import { DataTable } from "../../web/admin-components.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { presentCaseHistory } from "./case-workflow-presenter.ts";
import { casePath } from "./case-workflow-presenter.ts";
import { PresentationPreview } from "./presentation-editor.tsx";

/** The presentation's versions with their reasons, and every change to the case: who and when. */
export function CaseHistoryPage({
  ctx,
  caseId,
  archiveCaseNumber,
  title,
  history,
}: {
  ctx: PageContext;
  caseId: number;
  archiveCaseNumber: string;
  title: string;
  history: ReturnType<typeof presentCaseHistory>;
}) {
  const heading = `Historikk for sak ${archiveCaseNumber}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={heading}
      trail={[
        { href: "/admin/saker", label: "Saker" },
        { href: casePath(caseId), label: `Sak ${archiveCaseNumber}` },
      ]}
    >
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">{title}</p>
      <h2 class="ds-heading" data-size="md">
        Versjoner av saksframlegget
      </h2>
      {history.versions.length === 0 ? (
        <p class="ds-paragraph">
          Saksframlegget er ikke godkjent ennå, så det har ingen versjoner.
        </p>
      ) : (
        <>
          <DataTable
            caption="Versjoner, den nyeste først"
            hideCaption
            columns={["Versjon", "Tidspunkt", "Av", "Begrunnelse"]}
          >
            {history.versions.map((version) => (
              <tr key={version.version}>
                <td>{version.version}</td>
                <td>{version.at}</td>
                <td>{version.author}</td>
                <td>{version.reason}</td>
              </tr>
            ))}
          </DataTable>
          {history.versions.map((version) => (
            <details key={version.version} class="fs-version">
              <summary>Teksten i versjon {version.version}</summary>
              <PresentationPreview texts={version.texts} heading={`Versjon ${version.version}`} />
            </details>
          ))}
        </>
      )}
      <h2 class="ds-heading" data-size="md">
        Endringer
      </h2>
      <DataTable
        caption="Alle endringer i saken, den nyeste først"
        hideCaption
        columns={["Tidspunkt", "Hvem", "Hva", "Detaljer"]}
      >
        {history.entries.map((entry) => (
          <tr key={entry.id}>
            <td>{entry.at}</td>
            <td>{entry.actor}</td>
            <td>{entry.action}</td>
            <td>{entry.details}</td>
          </tr>
        ))}
      </DataTable>
    </AdminLayout>
  );
}
