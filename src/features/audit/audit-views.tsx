import { formatShortDate, formatTime } from "../../domain/time.ts";
import { can } from "../../policies/policy.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ACTION_AREAS, ACTION_LABELS, ENTITY_TYPES } from "./audit-labels.ts";
import type { AuditEntry, AuditFilter } from "./audit-queries.ts";

export const AUDIT_PATH = "/admin/logg";

const AREA_OPTIONS = Object.entries(ACTION_AREAS).map(([value, label]) => ({ value, label }));
const TYPE_OPTIONS = Object.entries(ENTITY_TYPES).map(([value, type]) => ({
  value,
  label: type.label,
}));

/** The log's address with its filters, starting at a given entry. */
function auditHref(filter: AuditFilter, from: number | null): string {
  const params = new URLSearchParams();
  if (filter.area !== null) params.set("omrade", filter.area);
  if (filter.entityType !== null) params.set("type", filter.entityType);
  if (filter.actor) params.set("av", filter.actor);
  if (from !== null) params.set("fra", String(from));
  const search = params.toString();
  return search ? `${AUDIT_PATH}?${search}` : AUDIT_PATH;
}

/**
 * The details on one line, with a space after each comma and colon so a long entry can wrap
 * inside its cell. JSON escapes newlines in strings, so every newline here is layout.
 */
function compactJson(details: Record<string, unknown>): string {
  return JSON.stringify(details, null, 1).replace(/\n\s*/g, " ");
}

function EntityCell({ ctx, entry }: { ctx: PageContext; entry: AuditEntry }) {
  const type = ENTITY_TYPES[entry.entityType];
  const text = `${type?.label ?? entry.entityType} ${entry.entityId}`;
  if (!type?.page || !can(ctx.user, "view", type.page.resource)) return <>{text}</>;
  return (
    <a class="ds-link" href={type.page.href(entry.entityId)}>
      {text}
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

export function AuditLogPage({
  ctx,
  entries,
  filter,
  from,
  nextFrom,
}: {
  ctx: PageContext;
  entries: AuditEntry[];
  filter: AuditFilter;
  /** Where this page starts; null on the first page. */
  from: number | null;
  nextFrom: number | null;
}) {
  return (
    <AdminLayout ctx={ctx} title="Endringslogg">
      <h1 class="ds-heading" data-size="lg">
        Endringslogg
      </h1>
      <p class="ds-paragraph">
        Hver endring i arbeidsflaten, hvem som gjorde den og når. Loggen kan inneholde opplysninger
        som er unntatt offentlighet.
      </p>
      <FilterForm filter={filter} />
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
                <time datetime={entry.at.toISOString()}>
                  {formatShortDate(entry.at)} kl. {formatTime(entry.at)}
                </time>
              </td>
              <td>{entry.actorName}</td>
              <th scope="row">{ACTION_LABELS[entry.action] ?? entry.action}</th>
              <td>
                <EntityCell ctx={ctx} entry={entry} />
              </td>
              <td>
                {Object.keys(entry.details).length > 0 ? (
                  <code>{compactJson(entry.details)}</code>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {from !== null || nextFrom !== null ? (
        <nav aria-label="Sider i endringsloggen" class="fs-actions">
          {from !== null ? (
            <a class="ds-link" href={auditHref(filter, null)}>
              Nyeste endringer
            </a>
          ) : null}
          {nextFrom !== null ? (
            <a class="ds-link" href={auditHref(filter, nextFrom)}>
              Eldre endringer
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
