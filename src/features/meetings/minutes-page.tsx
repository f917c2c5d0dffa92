import type { FieldErrors } from "../../commit/outcome.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { CsrfField, ErrorSummary, TextArea, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { StepRecommendation } from "../route/route-queries.ts";
import { entryNumberLabel, meetingName, meetingTrail, visibleTitle } from "./meeting-labels.ts";
import type { AgendaEntry, MeetingDetail } from "./queries.ts";

export const DECISION_FIELD_LABELS = {
  decision: "Vedtak",
  decidedAt: "Klokkeslett",
  end: "Sluttid",
};

/**
 * The minutes' part of the meeting page: the meeting recorded as held, then each item's decision
 * and the way to their approval. The meeting console (a later issue) records the same things.
 */
export function MinutesSection({
  ctx,
  meeting,
  agenda,
}: {
  ctx: PageContext;
  meeting: MeetingDetail;
  agenda: readonly AgendaEntry[];
}) {
  if (meeting.status === "notice_published")
    return (
      <section aria-labelledby="protokoll" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="protokoll">
          Møtet er holdt
        </h2>
        <PostForm action={`/admin/moter/${meeting.id}/holdt`} csrfToken={ctx.csrfToken}>
          <TextField
            name="end"
            label="Sluttid"
            description="Når møtet ble hevet, som tt:mm."
            value=""
          />
          <button type="submit" class="ds-button" data-variant="secondary">
            Før møtet som holdt
          </button>
        </PostForm>
      </section>
    );
  const approval = (
    <p class="ds-paragraph">
      <a class="ds-link" href={`/admin/moter/${meeting.id}/godkjenning`}>
        {meeting.status === "held"
          ? "Godkjenning av protokollen: hvem som har signert"
          : "Godkjenning og retting av protokollen"}
      </a>
    </p>
  );
  if (meeting.status === "minutes_approved")
    return (
      <section aria-labelledby="protokoll" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="protokoll">
          Protokoll
        </h2>
        {approval}
      </section>
    );
  if (meeting.status !== "held") return null;
  return (
    <section aria-labelledby="protokoll" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="protokoll">
        Protokoll
      </h2>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/admin/moter/${meeting.id}/protokoll`}>
          Les og rediger protokollen
        </a>
      </p>
      <ul class="ds-list">
        {agenda.map((entry) => (
          <li key={entry.id}>
            <a class="ds-link" href={`/admin/moter/${meeting.id}/saker/${entry.id}/vedtak`}>
              {entry.decidedAt !== null ? "Rett vedtak" : "Før vedtak"}
              <span class="ds-sr-only"> for</span> {entryNumberLabel(entry)}{" "}
              {visibleTitle(entry, true)}
            </a>
            {entry.decidedAt !== null ? null : <span class="fs-meta"> (ikke vedtatt)</span>}
          </li>
        ))}
      </ul>
      {approval}
    </section>
  );
}

/** The decision on one item, with the recommendation the body was given. */
export function DecisionPage({
  ctx,
  meeting,
  entry,
  recommendation,
  values,
  errors,
  recorded,
}: {
  ctx: PageContext;
  meeting: MeetingDetail;
  entry: AgendaEntry;
  recommendation: StepRecommendation | null;
  values: Record<string, string>;
  errors: FieldErrors;
  recorded: boolean;
}) {
  const name = meetingName(meeting.body_name, meeting.starts_at);
  const base = `/admin/moter/${meeting.id}/saker/${entry.id}/vedtak`;
  const heading = `Vedtak i ${entryNumberLabel(entry)} ${entry.title}`;
  return (
    <AdminLayout
      ctx={ctx}
      title={`${heading} – ${name}`}
      trail={meetingTrail({ id: meeting.id, name })}
    >
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      {recommendation ? (
        <section aria-labelledby="innstilling" class="fs-stack">
          <h2 class="ds-heading" data-size="md" id="innstilling">
            {recommendation.by}
          </h2>
          <p class="ds-paragraph fs-lines">{recommendation.text ?? ""}</p>
        </section>
      ) : null}
      <ErrorSummary errors={errors} labels={DECISION_FIELD_LABELS} />
      <PostForm action={base} csrfToken={ctx.csrfToken}>
        <TextArea
          name="decision"
          label="Vedtak"
          value={values.decision ?? ""}
          error={errors.decision}
          required
          rows={8}
        />
        <TextField
          name="decidedAt"
          label="Klokkeslett"
          description="Når vedtaket ble fattet i møtet, som tt:mm."
          value={values.decidedAt ?? ""}
          error={errors.decidedAt}
          required
        />
        <button type="submit" class="ds-button" data-variant="primary">
          Før vedtaket
        </button>
      </PostForm>
      {recorded ? (
        <form method="post" action={`${base}/fjern`}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="ds-button" data-variant="secondary">
            Ta vedtaket ut: saken ble utsatt
          </button>
        </form>
      ) : null}
    </AdminLayout>
  );
}
