import type { FieldErrors } from "../../commit/outcome.ts";
import { ParagraphLink, PostForm } from "../../web/admin-components.tsx";
import { Checkbox, ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { Markup } from "../../web/markup.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ExemptMarking } from "../cases/exempt-marking.tsx";
import type { StepRecommendation } from "../route/route-queries.ts";
import { ENTRY_TEXT_LABELS, EntryTextForm } from "./agenda-entry-forms.tsx";
import { LETTER_FIELD_LABELS, LettersSection } from "./agenda-letters-section.tsx";
import type { LetterView } from "./letter-queries.ts";
import { entryDescription, meetingName, meetingTrail } from "./meeting-labels.ts";
import { agendaIsOpen } from "./meeting-status.ts";
import type { AgendaEntry, MeetingDetail } from "./queries.ts";

/** The basis suggested for closing the meeting for an exempt case. */
export const EXEMPT_CLOSED_BASIS = "Kl. § 11-5 andre ledd, jf. offl. § 13";

export const AGENDA_ITEM_FIELD_LABELS = {
  closed: "Behandles i lukket møte",
  closedBasis: "Hjemmel for lukking",
};

interface AgendaItemPageProps {
  ctx: PageContext;
  meeting: MeetingDetail;
  entry: AgendaEntry;
  /** The letters of a referatsak; null for the other kinds. */
  letters: LetterView[] | null;
  /** The recommendation put to this body at the item's step of the route. */
  recommendation: StepRecommendation | null;
  values: Record<string, string>;
  errors: FieldErrors;
}

export function agendaItemValues(entry: AgendaEntry): Record<string, string> {
  return {
    closed: entry.isClosed ? "on" : "",
    closedBasis: entry.closedBasis ?? (entry.access === "exempt" ? EXEMPT_CLOSED_BASIS : ""),
    ...(entry.kind === "case"
      ? {}
      : { entryTitle: entry.title, entryPresenter: entry.presenter, entryText: entry.text }),
  };
}

export function AgendaItemPage(props: AgendaItemPageProps) {
  const { ctx, meeting, entry, letters, recommendation, values, errors } = props;
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const base = `/admin/moter/${meeting.id}/saker/${entry.id}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={`${entry.title} – ${name}`}
      trail={meetingTrail({ id: meeting.id, name })}
    >
      <h1 class="ds-heading" data-size="lg">
        {entry.title}
      </h1>
      <p class="ds-paragraph">
        {entryDescription(entry)}
        <ExemptMarking entry={entry} />
      </p>
      {entry.presenter ? <p class="ds-paragraph">Orientering ved {entry.presenter}.</p> : null}
      {recommendation ? (
        <section aria-labelledby="innstilling" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="innstilling">
            {recommendation.by}
          </h2>
          {recommendation.text ? (
            <Markup text={recommendation.text} headingLevel={3} />
          ) : (
            <p class="ds-paragraph fs-meta">
              Innstillingen kommer når utvalget før har fattet vedtak.
            </p>
          )}
        </section>
      ) : null}
      <ErrorSummary
        errors={errors}
        labels={{ ...AGENDA_ITEM_FIELD_LABELS, ...ENTRY_TEXT_LABELS, ...LETTER_FIELD_LABELS }}
      />
      <PostForm action={base} csrfToken={ctx.csrfToken}>
        <Checkbox
          name="closed"
          label={AGENDA_ITEM_FIELD_LABELS.closed}
          checked={values.closed === "on"}
          error={errors.closed}
        />
        <TextField
          name="closedBasis"
          label={AGENDA_ITEM_FIELD_LABELS.closedBasis}
          description="Påkrevd når saken behandles i lukket møte, for eksempel «Kl. § 11-5 andre ledd, jf. offl. § 13»."
          value={values.closedBasis ?? ""}
          error={errors.closedBasis}
        />
        <button type="submit" class="ds-button" data-variant="primary">
          Lagre
        </button>
      </PostForm>
      {entry.kind !== "case" && agendaIsOpen(meeting.status) ? (
        <EntryTextForm
          ctx={ctx}
          base={base}
          isOrientation={entry.kind === "orientation"}
          values={values}
          errors={errors}
        />
      ) : null}
      {letters ? (
        <LettersSection
          ctx={ctx}
          base={base}
          letters={letters}
          editable={agendaIsOpen(meeting.status)}
          values={values}
          errors={errors}
        />
      ) : null}
      <ParagraphLink href={`${base}/fjern`}>Fjern saken fra sakslisten</ParagraphLink>
    </AdminLayout>
  );
}
