import type { FieldErrors } from "../../commit/outcome.ts";
import type { JobStatus } from "../../db/schema.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { formatShortDate, formatTime } from "../../domain/time.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { JOBS_PATH } from "./job-paths.ts";
import { JOB_STATUSES, type JobView } from "./job-queries.ts";

const JOB_STATUS_NAMES: Record<JobStatus, string> = {
  queued: "I kø",
  running: "Kjører",
  done: "Fullført",
  dead: "Feilet",
};

const STATUS_HELP: Record<JobStatus, string> = {
  queued: "venter på sin tur eller på et nytt forsøk",
  running: "er i gang nå",
  done: "er gjort",
  dead: "ga opp etter siste forsøk og venter på deg",
};

function When({ at }: { at: Date }) {
  return (
    <time datetime={at.toISOString()}>
      {formatShortDate(at)} kl. {formatTime(at)}
    </time>
  );
}

function ErrorText({ error }: { error: string | null }) {
  return error ? <code>{error}</code> : <>–</>;
}

function RetryButton({ ctx, job }: { ctx: PageContext; job: JobView }) {
  return (
    <form method="post" action={`${JOBS_PATH}/${job.id}/prov-igjen`} class="fs-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
        Prøv igjen<span class="ds-sr-only"> jobb {job.id}</span>
      </button>
    </form>
  );
}

export function JobsPage({
  ctx,
  counts,
  dead,
  pending,
  errors,
}: {
  ctx: PageContext;
  counts: Record<JobStatus, number>;
  dead: JobView[];
  pending: JobView[];
  errors: FieldErrors;
}) {
  return (
    <AdminLayout ctx={ctx} title="Bakgrunnsjobber">
      <h1 class="ds-heading" data-size="lg">
        Bakgrunnsjobber
      </h1>
      <p class="ds-paragraph">
        Arbeid som gjøres etter at en endring er lagret, som å sende e-post. En jobb som feiler,
        prøves igjen med stadig lengre pauser; etter siste forsøk blir den stående her med feilen,
        og kan prøves igjen når årsaken er rettet.
      </p>
      <ErrorSummary errors={errors} labels={{}} />
      <DataTable caption="Jobber etter status" columns={["Status", "Antall", "Betyr"]}>
        {JOB_STATUSES.map((status) => (
          <tr key={status}>
            <th scope="row">{JOB_STATUS_NAMES[status]}</th>
            <td>{formatNumber(counts[status])}</td>
            <td>{STATUS_HELP[status]}</td>
          </tr>
        ))}
      </DataTable>
      <h2 class="ds-heading" data-size="md">
        Feilet
      </h2>
      {dead.length === 0 ? (
        <p class="ds-paragraph">Ingen jobber har feilet.</p>
      ) : (
        <DataTable
          caption="Jobber som har feilet, nyeste først"
          hideCaption
          columns={["Jobb", "Gjelder", "Forsøk", "Feilet", "Feil", "Handling"]}
        >
          {dead.map((job) => (
            <tr key={job.id} id={`jobb-${job.id}`}>
              <th scope="row" class="fs-nowrap">
                {job.label} {job.id}
              </th>
              <td>{job.description}</td>
              <td class="fs-nowrap">
                {job.attempts} av {job.maxAttempts}
              </td>
              <td class="fs-nowrap">
                <When at={job.updatedAt} />
              </td>
              <td>
                <ErrorText error={job.lastError} />
              </td>
              <td class="fs-nowrap">
                <RetryButton ctx={ctx} job={job} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2 class="ds-heading" data-size="md">
        I kø og kjører
      </h2>
      {pending.length === 0 ? (
        <p class="ds-paragraph">Ingen jobber venter.</p>
      ) : (
        <DataTable
          caption="Jobber som venter eller kjører, etter når de skal kjøres"
          hideCaption
          columns={["Jobb", "Gjelder", "Status", "Forsøk", "Neste forsøk", "Siste feil"]}
        >
          {pending.map((job) => (
            <tr key={job.id} id={`jobb-${job.id}`}>
              <th scope="row" class="fs-nowrap">
                {job.label} {job.id}
              </th>
              <td>{job.description}</td>
              <td>{JOB_STATUS_NAMES[job.status]}</td>
              <td class="fs-nowrap">
                {job.attempts} av {job.maxAttempts}
              </td>
              <td class="fs-nowrap">{job.status === "queued" ? <When at={job.runAt} /> : "–"}</td>
              <td>
                <ErrorText error={job.lastError} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}
