import type { FieldErrors } from "../../commit/outcome.ts";
import { ADMINISTRATION_RECOMMENDATION } from "../../domain/genitive.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { formatWeekdayDate } from "../../domain/time.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { ComingMeeting, QueueCount, QueueEntry } from "./queue-queries.ts";
import { QUEUES_PATH, queuePath, routePath } from "./route-paths.ts";

export interface QueuePageProps {
  ctx: PageContext;
  body: { id: number; name: string };
  entries: QueueEntry[];
  meetings: ComingMeeting[];
  errors: FieldErrors;
}

const meetingLabel = (meeting: ComingMeeting): string =>
  `${formatWeekdayDate(meeting.startsAt)}${meeting.status === "notice_published" ? " (innkalt, blir tilleggssak)" : ""}`;

/** The cases ready for a body, with the meeting each is planned for and a way onto its agenda. */
export function QueuePage({ ctx, body, entries, meetings, errors }: QueuePageProps) {
  const heading = `Saker klare for ${body.name}`;
  const base = queuePath(body.id);
  const planned = (entry: QueueEntry) => meetings.find((m) => m.id === entry.plannedMeetingId);
  return (
    <AdminLayout ctx={ctx} title={heading} trail={[{ href: QUEUES_PATH, label: "Saker klare" }]}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary errors={errors} labels={{ caseId: "Sak", meetingId: "Planlagt møte" }} />
      <p class="ds-paragraph">
        Saker som er klare og står for tur i {body.name} etter saksgangen: de utvalgene som skal
        behandle saken før, har fattet vedtak. Velg møtet saken er planlagt til, og sett den på
        sakslisten når det passer.
      </p>
      {meetings.length === 0 ? (
        <p class="ds-paragraph">Utvalget har ingen kommende møter å planlegge sakene til.</p>
      ) : null}
      {entries.length === 0 ? (
        <p class="ds-paragraph">Ingen saker venter på utvalget.</p>
      ) : (
        <DataTable
          caption={heading}
          hideCaption
          columns={["Sak", "Steg i saksgangen", "Innstilling", "Planlagt møte", "Saksliste"]}
        >
          {entries.map((entry) => {
            const meeting = planned(entry);
            const field = `planlagt-${entry.stepId}`;
            return (
              <tr key={entry.stepId} id={`steg-${entry.stepId}`}>
                <th scope="row">
                  <a class="ds-link" href={`/admin/saker/${entry.caseId}`}>
                    {entry.archiveCaseNumber} {entry.title}
                  </a>
                  {entry.access === "exempt" ? (
                    <>
                      {" "}
                      <span class="ds-tag" data-color="warning" data-size="sm">
                        Unntatt offentlighet
                      </span>
                    </>
                  ) : null}
                </th>
                <td>
                  <a class="ds-link" href={routePath(entry.caseId)}>
                    {entry.position} av {entry.steps}
                    <span class="ds-sr-only"> i saksgangen for {entry.archiveCaseNumber}</span>
                  </a>
                </td>
                <td>{entry.recommendationBy ?? ADMINISTRATION_RECOMMENDATION}</td>
                <td>
                  <form
                    method="post"
                    action={`${base}/${entry.stepId}/planlegg`}
                    class="fs-actions"
                  >
                    <CsrfField token={ctx.csrfToken} />
                    <label class="ds-sr-only" for={field}>
                      Planlagt møte for {entry.archiveCaseNumber}
                    </label>
                    <select class="ds-input" id={field} name="meetingId">
                      <option value="">Ikke planlagt</option>
                      {meetings.map((m) => (
                        <option
                          key={m.id}
                          value={String(m.id)}
                          selected={m.id === entry.plannedMeetingId}
                        >
                          {meetingLabel(m)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" class="ds-button" data-variant="secondary">
                      Lagre
                      <span class="ds-sr-only"> planlagt møte for {entry.archiveCaseNumber}</span>
                    </button>
                  </form>
                </td>
                <td>
                  {meeting ? (
                    <form method="post" action={`${base}/${entry.stepId}/sett-opp`}>
                      <CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="ds-button" data-variant="primary">
                        Sett på sakslisten
                        <span class="ds-sr-only">
                          {" "}
                          til {formatWeekdayDate(meeting.startsAt)}: {entry.archiveCaseNumber}
                        </span>
                      </button>
                    </form>
                  ) : (
                    <span class="fs-meta">Velg møte først</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </AdminLayout>
  );
}

/** Every body with the number of cases waiting for it, each linking to its queue. */
export function QueuesPage({ ctx, counts }: { ctx: PageContext; counts: QueueCount[] }) {
  return (
    <AdminLayout ctx={ctx} title="Saker klare">
      <h1 class="ds-heading" data-size="lg">
        Saker klare
      </h1>
      <p class="ds-paragraph">Ferdige saker som står for tur i hvert utvalg etter saksgangen.</p>
      <DataTable caption="Saker klare per utvalg" hideCaption columns={["Utvalg", "Saker klare"]}>
        {counts.map((count) => (
          <tr key={count.bodyId}>
            <th scope="row">
              <a class="ds-link" href={queuePath(count.bodyId)}>
                {count.bodyName}
              </a>
            </th>
            <td>{formatNumber(count.ready)}</td>
          </tr>
        ))}
      </DataTable>
    </AdminLayout>
  );
}
