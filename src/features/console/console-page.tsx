import type { FieldErrors } from "../../commit/outcome.ts";
import { formatDate } from "../../domain/time.ts";
import { DataTable, PostForm } from "../../web/admin-components.tsx";
import { ErrorSummary } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { meetingName, meetingTrail } from "../meetings/meeting-labels.ts";
import { consoleClosedReason } from "./console-action.ts";
import { itemLabel, timeOrDash } from "./console-labels.ts";
import type { ConsoleState } from "./console-queries.ts";
import { RequestKeyField } from "./console-request.tsx";
import { LiveNotice } from "./live-notice.tsx";

export interface ConsolePageProps {
  ctx: PageContext;
  state: ConsoleState;
  errors: FieldErrors;
  values: Record<string, string>;
}

export const consolePath = (meetingId: number): string => `/admin/moter/${meetingId}/konsoll`;

export function ConsoleButton({
  ctx,
  action,
  label,
}: {
  ctx: PageContext;
  action: string;
  label: string;
}) {
  return (
    <PostForm action={action} csrfToken={ctx.csrfToken}>
      <RequestKeyField />
      <button type="submit" class="ds-button" data-variant="primary">
        {label}
      </button>
    </PostForm>
  );
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
        <ConsoleButton ctx={ctx} action={`${base}/sett`} label="Sett møtet" />
      ) : meeting.closed_at === null ? (
        <ConsoleButton ctx={ctx} action={`${base}/hev`} label="Hev møtet" />
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
export function ConsolePage({ ctx, state, errors }: ConsolePageProps) {
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
        {name}, {formatDate(meeting.starts_at)}
      </p>
      <LiveNotice meetingId={meeting.id} />
      <ErrorSummary errors={errors} labels={CONSOLE_FIELD_LABELS} />
      {closed ? (
        <div class="ds-alert" data-color="info">
          <p class="ds-paragraph">{closed}</p>
        </div>
      ) : (
        <MeetingStatus ctx={ctx} state={state} />
      )}
      <ItemsSection state={state} />
    </AdminLayout>
  );
}

export const CONSOLE_FIELD_LABELS: Record<string, string> = {
  person: "Medlem",
  reason: "Grunn",
  fromItem: "Fra sak",
  substitute: "Varamedlem",
  present: "Til stede",
};
