import { can } from "../../policies/policy.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { DetailLine } from "./audit-details.ts";
import { ACTION_AREAS, ENTITY_TYPES } from "./audit-labels.ts";
import { AUDIT_PATH } from "./audit-paths.ts";
import type { AuditLogView } from "./audit-presenter.ts";
import type { AuditFilter } from "./audit-queries.ts";
import type { AuditSubject } from "./audit-subjects.ts";

const AREA_OPTIONS = Object.entries(ACTION_AREAS).map(([value, label]) => ({ value, label }));
const TYPE_OPTIONS = Object.entries(ENTITY_TYPES).map(([value, type]) => ({
  value,
  label: type.label,
}));

/** A record, linked to its page for those who may see that page. */
function SubjectLink({ ctx, subject }: { ctx: PageContext; subject: AuditSubject }) {
  if (!subject.href || !subject.resource || !can(ctx.user, "view", subject.resource))
    return <>{subject.label}</>;
  return (
    <a class="ds-link" href={subject.href}>
      {subject.label}
    </a>
  );
}

/** What changed, a line per detail, the records it names linked. */
function Details({ ctx, lines }: { ctx: PageContext; lines: DetailLine[] }) {
  if (lines.length === 0) return <>–</>;
  return (
    <ul class="fs-audit-details">
      {lines.map((line) => (
        <li key={line.label}>
          <span class="fs-meta">{line.label}:</span>{" "}
          {line.parts.map((part, index) =>
            typeof part === "string" ? (
              <span key={index}>{part}</span>
            ) : (
              <SubjectLink key={index} ctx={ctx} subject={part} />
            ),
          )}
        </li>
      ))}
    </ul>
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
                <SubjectLink ctx={ctx} subject={entry.entity} />
              </td>
              <td>
                <Details ctx={ctx} lines={entry.details} />
              </td>
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
