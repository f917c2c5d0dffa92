import type { FieldErrors } from "../../commit/outcome.ts";
import { CASE_TYPE_LABELS } from "../../domain/labels.ts";
import { ParagraphLink, PostForm } from "../../web/admin-components.tsx";
import { Checkbox, ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { ExemptMarking } from "../cases/exempt-marking.tsx";
import type { StepRecommendation } from "../route/route-queries.ts";
import { entryNumberLabel, meetingName, meetingTrail } from "./meeting-labels.ts";
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
  /** The recommendation put to this body at the item's step of the route. */
  recommendation: StepRecommendation | null;
  values: Record<string, string>;
  errors: FieldErrors;
}

export function agendaItemValues(entry: AgendaEntry): Record<string, string> {
  return {
    closed: entry.isClosed ? "on" : "",
    closedBasis: entry.closedBasis ?? (entry.access === "exempt" ? EXEMPT_CLOSED_BASIS : ""),
  };
}

export function AgendaItemPage(props: AgendaItemPageProps) {
  const { ctx, meeting, entry, recommendation, values, errors } = props;
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
        {entryNumberLabel(entry)}, {CASE_TYPE_LABELS[entry.caseType].toLowerCase()}, arkivsak{" "}
        {entry.archiveCaseNumber}, nummer {entry.position} på sakslisten.
        <ExemptMarking entry={entry} />
      </p>
      {recommendation ? (
        <section aria-labelledby="innstilling" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="innstilling">
            {recommendation.by}
          </h2>
          {recommendation.text ? (
            <p class="ds-paragraph fs-lines">{recommendation.text}</p>
          ) : (
            <p class="ds-paragraph fs-meta">
              Innstillingen kommer når utvalget før har fattet vedtak.
            </p>
          )}
        </section>
      ) : null}
      <ErrorSummary errors={errors} labels={AGENDA_ITEM_FIELD_LABELS} />
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
      <ParagraphLink href={`${base}/fjern`}>Fjern saken fra sakslisten</ParagraphLink>
    </AdminLayout>
  );
}
