import type { JSX } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import { DataTable } from "../../web/admin-components.tsx";
import { ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingHours, meetingName, meetingTrail } from "../meetings/meeting-labels.ts";
import { consoleClosedReason } from "./console-action.ts";
import { ActionButton } from "./console-components.tsx";
import { itemLabel, timeOrDash } from "./console-labels.ts";
import { consolePath } from "./console-paths.ts";
import type { ConsoleState } from "./console-queries.ts";
import { LiveNotice } from "./live-notice.tsx";
import { MEETING_FIELD_LABELS } from "./meeting-sections.tsx";

export interface ConsolePageProps {
  ctx: PageContext;
  state: ConsoleState;
  errors: FieldErrors;
  values: Record<string, string>;
  /** The meeting's sections (meeting-sections.tsx), rendered. */
  sections: JSX.Element[];
}

function MeetingStatus({ ctx, state }: { ctx: PageContext; state: ConsoleState }) {
  const { meeting } = state;
  const base = consolePath(meeting.id);
  return (
    <section aria-labelledby="motet" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="motet">
        Møtet
      </h2>
      <dl class="fs-facts">
        <dt>Satt</dt>
        <dd>{timeOrDash(meeting.opened_at)}</dd>
        <dt>Hevet</dt>
        <dd>{timeOrDash(meeting.closed_at)}</dd>
        <dt>Møteform</dt>
        <dd>{meeting.is_remote ? "Fjernmøte" : "Fysisk møte"}</dd>
      </dl>
      {meeting.opened_at === null ? (
        <ActionButton ctx={ctx} action={`${base}/sett`} label="Sett møtet" variant="primary" />
      ) : meeting.closed_at === null ? (
        <ActionButton ctx={ctx} action={`${base}/hev`} label="Hev møtet" variant="primary" />
      ) : null}
    </section>
  );
}

function ItemsSection({ state }: { state: ConsoleState }) {
  const base = consolePath(state.meeting.id);
  return (
    <section aria-labelledby="saker" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="saker">
        Saker
      </h2>
      {state.items.length === 0 ? (
        <p class="ds-paragraph">Ingen saker står på sakslisten.</p>
      ) : (
        <DataTable
          caption="Sakene med fremmøte og vedtaksførhet"
          hideCaption
          columns={["Nr.", "Sak", "Startet", "Til stede", "Vedtaksført"]}
        >
          {state.items.map((item) => (
            <tr key={item.entry.id}>
              <td>{item.entry.position}</td>
              <td>
                <a class="ds-link" href={`${base}/saker/${item.entry.id}`}>
                  {itemLabel(item.entry)}
                </a>
                {item.withdrawn ? " (trukket)" : ""}
                {item.closure || item.entry.isClosed ? " (lukket møte)" : ""}
              </td>
              <td>{timeOrDash(item.startedAt)}</td>
              <td>
                {item.quorum.present} av {state.roster.seatCount}
              </td>
              <td>{item.quorum.refusal ? "Nei" : "Ja"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** The meeting console: the meeting's status, who meets, and the items with who takes part. */
export function ConsolePage({ ctx, state, errors, sections }: ConsolePageProps) {
  const { meeting } = state;
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const closed = consoleClosedReason(meeting.status);
  return (
    <AdminLayout
      ctx={ctx}
      title={`Møtekonsoll – ${name}`}
      trail={meetingTrail({ id: meeting.id, name })}
    >
      <h1 class="ds-heading" data-size="lg">
        Møtekonsoll
      </h1>
      <p class="ds-paragraph">
        {name} kl. {meetingHours(meeting.starts_at, meeting.ends_at)}
        {meeting.location ? `, ${meeting.location}` : ""}
      </p>
      <LiveNotice meetingId={meeting.id} />
      <ErrorSummary errors={errors} labels={MEETING_FIELD_LABELS} />
      {closed ? (
        <div class="ds-alert" data-color="info">
          <p class="ds-paragraph">{closed}</p>
        </div>
      ) : (
        <MeetingStatus ctx={ctx} state={state} />
      )}
      {sections}
      <ItemsSection state={state} />
    </AdminLayout>
  );
}
