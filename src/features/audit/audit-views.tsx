import { can } from "../../policies/policy.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ACTION_AREAS, ENTITY_TYPES } from "./audit-labels.ts";
import { AUDIT_PATH } from "./audit-paths.ts";
import type { AuditEntryView, AuditLogView } from "./audit-presenter.ts";
import type { AuditFilter } from "./audit-queries.ts";

const AREA_OPTIONS = Object.entries(ACTION_AREAS).map(([value, label]) => ({ value, label }));
const TYPE_OPTIONS = Object.entries(ENTITY_TYPES).map(([value, type]) => ({
  value,
  label: type.label,
}));

/** The record, linked to its page for those who may see that page. */
function EntityCell({ ctx, entity }: { ctx: PageContext; entity: AuditEntryView["entity"] }) {
  if (!entity.page || !can(ctx.user, "view", entity.page.resource)) return <>{entity.label}</>;
  return (
    <a class="ds-link" href={entity.page.href}>
      {entity.label}
    </a>
  );
}

function FilterForm({ filter }: { filter: AuditFilter }) {
  return (
    <search>
      <form method="get" action={AUDIT_PATH} class="fs-actions">
        <SelectField
          name="omrade"
          label="Område"
          value={filter.area ?? ""}
          options={AREA_OPTIONS}
          emptyLabel="Alle"
        />
        <SelectField
          name="type"
          label="Type oppføring"
          value={filter.entityType ?? ""}
          options={TYPE_OPTIONS}
          emptyLabel="Alle"
        />
        <TextField name="av" label="Utført av" value={filter.actor} />
        <button type="submit" class="ds-button" data-variant="secondary">
          Vis
        </button>
      </form>
    </search>
  );
}

export function AuditLogPage({ ctx, log }: { ctx: PageContext; log: AuditLogView }) {
  const { entries } = log;
  return (
    <AdminLayout ctx={ctx} title="Endringslogg">
      <h1 class="ds-heading" data-size="lg">
        Endringslogg
      </h1>
      <p class="ds-paragraph">
        Hver endring i arbeidsflaten, hvem som gjorde den og når. Loggen kan inneholde opplysninger
        som er unntatt offentlighet.
      </p>
      <FilterForm filter={log.filter} />
      {entries.length === 0 ? (
        <p class="ds-paragraph" role="status">
          Ingen oppføringer passer.
        </p>
      ) : (
        <DataTable
          caption="Endringer, nyeste først"
          columns={["Tidspunkt", "Utført av", "Handling", "Gjelder", "Detaljer"]}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td class="fs-nowrap">
                <time datetime={entry.at}>{entry.atLabel}</time>
              </td>
              <td>{entry.actorName}</td>
              <th scope="row">{entry.actionLabel}</th>
              <td>
                <EntityCell ctx={ctx} entity={entry.entity} />
              </td>
              <td>{entry.details !== null ? <code>{entry.details}</code> : "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {log.newestHref !== null || log.olderHref !== null ? (
        <nav aria-label="Sider i endringsloggen" class="fs-actions">
          {log.newestHref !== null ? (
            <a class="ds-link" href={log.newestHref}>
              Nyeste endringer
            </a>
          ) : null}
          {log.olderHref !== null ? (
            <a class="ds-link" href={log.olderHref}>
              Eldre endringer
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
