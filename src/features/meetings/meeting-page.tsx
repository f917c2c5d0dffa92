import type { FieldErrors } from "../../commit/outcome.ts";
import { MEETING_STATUS_LABELS } from "../../domain/labels.ts";
import { formatDate, formatTime } from "../../domain/time.ts";
import { can } from "../../policies/policy.ts";
import { DataTable, SearchForm } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary, SelectField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ExemptMarking } from "../cases/exempt-marking.tsx";
import { minutesMayBePublished } from "../minutes/request-minutes-version.ts";
import {
  AddEntrySection,
  ENTRY_FIELD_LABELS,
  MeetingNumberSection,
} from "./agenda-entry-forms.tsx";
import { entryNumberLabel, meetingHours, meetingName, visibleTitle } from "./meeting-labels.ts";
import { agendaIsOpen, meetingSubject, noticeIsPublished } from "./meeting-status.ts";
import { MinutesSection } from "./minutes-page.tsx";
import {
  type AgendaEntry,
  CANDIDATE_LIMIT,
  type CandidateCase,
  type MeetingDetail,
} from "./queries.ts";

/** An agenda item as this reader sees it. */
export interface ShownAgendaEntry extends AgendaEntry {
  /** The reader may open the case, so an exempt case shows its real title. */
  contentVisible: boolean;
}

export interface MeetingPageProps {
  ctx: PageContext;
  meeting: MeetingDetail;
  /** Null while the reader may not see the agenda (before the notice, for members). */
  agenda: ShownAgendaEntry[] | null;
  candidates: CandidateCase[];
  search: string;
  /** May change the meeting itself, and the agenda. */
  canEditMeeting: boolean;
  canEditAgenda: boolean;
  /** Days from now to the meeting when that is fewer than the body's rules ask for. */
  shortNotice: { days: number; noticeDays: number } | null;
  errors: FieldErrors;
  values: Record<string, string>;
}

export function MeetingPage(props: MeetingPageProps) {
  const { ctx, meeting, agenda, canEditMeeting, canEditAgenda, errors } = props;
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const open = agendaIsOpen(meeting.status);
  return (
    <AdminLayout ctx={ctx} title={name} trail={[{ href: "/admin/moter", label: "Møter" }]}>
      <h1 class="ds-heading" data-size="lg">
        {name}
      </h1>
      <ErrorSummary errors={errors} labels={{ caseId: "Sak", ...ENTRY_FIELD_LABELS }} />
      <dl class="fs-stack">
        <div>
          <dt class="ds-label">Tid</dt>
          <dd class="ds-paragraph">
            {formatDate(meeting.starts_at)} kl. {meetingHours(meeting.starts_at, meeting.ends_at)}
          </dd>
        </div>
        <div>
          <dt class="ds-label">Sted</dt>
          <dd class="ds-paragraph">
            {meeting.location || "Ikke fastsatt"}
            {meeting.is_remote ? " (fjernmøte)" : ""}
          </dd>
        </div>
        {meeting.room ? (
          <div>
            <dt class="ds-label">Rom</dt>
            <dd class="ds-paragraph">{meeting.room}</dd>
          </div>
        ) : null}
        <div>
          <dt class="ds-label">Status</dt>
          <dd class="ds-paragraph">{MEETING_STATUS_LABELS[meeting.status]}</dd>
        </div>
        {/* The notice's time on a line of its own: after it, the status may be "Avlyst", and
            a cancelled meeting reads the same here as on every other page. */}
        {meeting.notice_published_at ? (
          <div>
            <dt class="ds-label">Innkalling sendt</dt>
            <dd class="ds-paragraph">
              {formatDate(meeting.notice_published_at)} kl.{" "}
              {formatTime(meeting.notice_published_at)}
            </dd>
          </div>
        ) : null}
      </dl>
      {canEditMeeting && meeting.status !== "cancelled" ? (
        <div class="fs-actions">
          <a class="ds-link" href={`/admin/moter/${meeting.id}/endre`}>
            Endre møtet
          </a>
          {noticeIsPublished(meeting) &&
          can(ctx.user, "view", "console", meetingSubject(meeting)) ? (
            <a class="ds-link" href={`/admin/moter/${meeting.id}/konsoll`}>
              Møtekonsoll
            </a>
          ) : null}
          {open ? (
            <a class="ds-link" href={`/admin/moter/${meeting.id}/avlys`}>
              Avlys møtet
            </a>
          ) : null}
        </div>
      ) : null}
      <h2 class="ds-heading" data-size="md">
        Saksliste
      </h2>
      {agenda === null ? (
        <p class="ds-paragraph">Sakslisten blir tilgjengelig når innkallingen er sendt.</p>
      ) : agenda.length === 0 ? (
        <p class="ds-paragraph">Ingen saker står på sakslisten ennå.</p>
      ) : (
        <AgendaTable {...props} agenda={agenda} editable={canEditAgenda && open} />
      )}
      {agenda?.some((entry) => entry.access === "exempt" && !entry.contentVisible) ? (
        <p class="ds-paragraph fs-meta">Saker unntatt offentlighet vises med offentlig tittel.</p>
      ) : null}
      {canEditMeeting && meeting.status === "planned" ? (
        <NoticeSection {...props} agenda={agenda ?? []} />
      ) : null}
      {canEditMeeting && meeting.status !== "planned" && meeting.notice_published_at ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={`/admin/moter/${meeting.id}/sakspapirer`}>
            Sakspapirer, endringer etter innkallingen og oppdatert innkalling
          </a>
        </p>
      ) : null}
      {canEditMeeting && minutesMayBePublished(meeting) ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={`/admin/moter/${meeting.id}/protokoll/publiser`}>
            Publiser protokollen
          </a>
        </p>
      ) : null}
      {canEditAgenda && open ? <AddItemSection {...props} /> : null}
      {canEditAgenda && open ? (
        <AddEntrySection ctx={ctx} meeting={meeting} values={props.values} errors={errors} />
      ) : null}
      {canEditMeeting ? (
        <MeetingNumberSection
          ctx={ctx}
          meeting={meeting}
          editable={meeting.status !== "cancelled" && !noticeIsPublished(meeting)}
          values={props.values}
          errors={errors}
        />
      ) : null}
      {canEditMeeting && agenda ? (
        <MinutesSection ctx={ctx} meeting={meeting} agenda={agenda} />
      ) : null}
    </AdminLayout>
  );
}

function AgendaTable({
  meeting,
  agenda,
  editable,
  ctx,
}: MeetingPageProps & { agenda: ShownAgendaEntry[]; editable: boolean }) {
  return (
    <DataTable
      caption={`Saksliste for ${meetingName(meeting.body_name, meeting.starts_at)}`}
      hideCaption
      columns={["Nr.", "Saksnummer", "Sak", "Møtet", ...(editable ? ["Endre"] : [])]}
    >
      {agenda.map((entry, index) => {
        const title = visibleTitle(entry, entry.contentVisible);
        return (
          <tr key={entry.id}>
            <td>{entry.position}</td>
            <td>{entryNumberLabel(entry)}</td>
            <th scope="row">
              {title}
              <ExemptMarking entry={entry} />
              {entry.archiveCaseNumber ? (
                <div class="fs-meta">Arkivsak {entry.archiveCaseNumber}</div>
              ) : null}
              {entry.presenter ? (
                <div class="fs-meta">Orientering ved {entry.presenter}</div>
              ) : null}
            </th>
            <td>{entry.isClosed ? `Lukket (${entry.closedBasis})` : "Åpent"}</td>
            {editable ? (
              <td>
                <div class="fs-actions">
                  {index > 0 ? (
                    <MoveButton ctx={ctx} meetingId={meeting.id} entry={entry} title={title} up />
                  ) : null}
                  {index < agenda.length - 1 ? (
                    <MoveButton ctx={ctx} meetingId={meeting.id} entry={entry} title={title} />
                  ) : null}
                  <a
                    class="ds-link"
                    href={`/admin/moter/${meeting.id}/saker/${entry.id}`}
                    aria-label={`Endre eller fjern: ${title}`}
                  >
                    Endre eller fjern
                  </a>
                </div>
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}

function MoveButton({
  ctx,
  meetingId,
  entry,
  title,
  up,
}: {
  ctx: PageContext;
  meetingId: number;
  entry: AgendaEntry;
  title: string;
  up?: boolean;
}) {
  // The visible words start the accessible name, which adds the case so each button is unique.
  const label = up ? "Flytt opp" : "Flytt ned";
  return (
    <form
      method="post"
      action={`/admin/moter/${meetingId}/saker/${entry.id}/flytt`}
      class="fs-inline-form"
    >
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="direction" value={up ? "up" : "down"} />
      <button
        type="submit"
        class="ds-button"
        data-variant="secondary"
        data-size="sm"
        aria-label={`${label}: ${title}`}
      >
        {label}
      </button>
    </form>
  );
}

function daysLeftText(days: number): string {
  if (days < 0) return "Møtedatoen er passert.";
  if (days === 0) return "Møtet er i dag.";
  return `Det er ${days} ${days === 1 ? "dag" : "dager"} til møtet.`;
}

function NoticeSection({
  meeting,
  agenda,
  shortNotice,
}: MeetingPageProps & { agenda: ShownAgendaEntry[] }) {
  return (
    <section aria-labelledby="innkalling" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="innkalling">
        Send innkalling
      </h2>
      {agenda.length === 0 ? (
        <p class="ds-paragraph">Legg til minst én sak før innkallingen sendes.</p>
      ) : (
        <>
          <p class="ds-paragraph">
            Sakene får saksnummer i utvalgets serie i den rekkefølgen de står på sakslisten. Saker
            som legges til etterpå, blir tilleggssaker og får nummer med en gang.
          </p>
          {shortNotice ? (
            <div class="ds-alert" data-color="warning">
              <p class="ds-paragraph">
                {daysLeftText(shortNotice.days)} Reglementet krever innkalling minst{" "}
                {shortNotice.noticeDays} dager før. Du kan likevel sende innkallingen.
              </p>
            </div>
          ) : null}
          <p class="ds-paragraph">
            <a
              class="ds-button"
              data-variant="primary"
              href={`/admin/moter/${meeting.id}/innkalling`}
            >
              Send innkalling
            </a>
          </p>
        </>
      )}
    </section>
  );
}

function AddItemSection({ ctx, meeting, candidates, search, errors, values }: MeetingPageProps) {
  const supplementary = meeting.status === "notice_published";
  const heading = supplementary ? "Legg til tilleggssak" : "Legg til sak";
  return (
    <section aria-labelledby="legg-til" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="legg-til">
        {heading}
      </h2>
      <p class="ds-paragraph">
        Sakene i listen har {meeting.body_name} i saksgangen og er verken behandlet eller satt opp
        på et møte i utvalget fra før. Utvalg som kommer før i saksgangen, har behandlet dem eller
        har dem på et møte før dette.
        {supplementary ? " En tilleggssak får saksnummer med en gang." : ""}
      </p>
      <SearchForm
        action={`/admin/moter/${meeting.id}#legg-til`}
        name="sok"
        label="Søk etter arkivsaksnummer eller tittel"
        value={search}
      />
      {candidates.length === 0 ? (
        <p class="ds-paragraph">
          {search ? `Ingen saker passer til «${search}».` : "Ingen saker venter på dette utvalget."}
        </p>
      ) : (
        <form method="post" action={`/admin/moter/${meeting.id}/saker`} class="fs-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            name="caseId"
            label="Sak"
            value={values.caseId ?? ""}
            options={candidates.map((candidate) => ({
              value: String(candidate.id),
              label: `${candidate.archiveCaseNumber} ${candidate.title}`,
            }))}
            emptyLabel="Velg sak"
            {...(candidates.length === CANDIDATE_LIMIT
              ? { description: `Viser de ${CANDIDATE_LIMIT} nyeste. Søk for å finne eldre saker.` }
              : {})}
            error={errors.caseId}
            required
          />
          <button type="submit" class="ds-button" data-variant="primary">
            {heading}
          </button>
        </form>
      )}
    </section>
  );
}
