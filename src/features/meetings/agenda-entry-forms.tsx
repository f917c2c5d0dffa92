import type { ComponentChildren } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import { ENTRY_DEFAULT_TITLES, type EntryKind } from "../../domain/agenda-kinds.ts";
import { formatMeetingNumber } from "../../domain/numbering.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { TextArea, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import type { MeetingDetail } from "./queries.ts";

/**
 * The small forms on the meeting page for the items without a case, one per kind. Several forms
 * share the page, so each kind's fields carry its prefix ("orientationPresenter"), which keeps
 * the ids unique and puts a refused form's messages beside its own fields.
 */
const PREFIXES: Record<EntryKind, string> = {
  notice_approval: "notice",
  minutes_approval: "minutes",
  orientation: "orientation",
  letters: "letters",
  any_other_business: "aob",
};

export const entryField = (kind: EntryKind, field: "title" | "text" | "presenter"): string =>
  `${PREFIXES[kind]}${field[0]?.toUpperCase()}${field.slice(1)}`;

/** A refusal of addAgendaEntry as the messages beside the fields of the kind's form. */
export function entryFormErrors(kind: EntryKind, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field === "title" || field === "text" || field === "presenter"
        ? entryField(kind, field)
        : "form",
      message,
    ]),
  );
}

/** The item page's form for what an item without a case says. */
export const ENTRY_TEXT_LABELS: Record<string, string> = {
  entryTitle: "Tittel",
  entryPresenter: "Hvem orienterer",
  entryText: "Tekst",
};

/** A refusal of updateAgendaEntry as the messages beside the item page's fields. */
export const entryTextErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field === "title" || field === "text" || field === "presenter"
        ? `entry${field[0]?.toUpperCase()}${field.slice(1)}`
        : field,
      message,
    ]),
  );

export function EntryTextForm({
  ctx,
  base,
  isOrientation,
  values,
  errors,
}: {
  ctx: PageContext;
  /** The item's page. */
  base: string;
  isOrientation: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  return (
    <section aria-labelledby="punktets-tekst" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="punktets-tekst">
        Punktets tekst
      </h2>
      <PostForm action={`${base}/punkt`} csrfToken={ctx.csrfToken}>
        <TextField
          name="entryTitle"
          label={ENTRY_TEXT_LABELS.entryTitle ?? ""}
          value={values.entryTitle ?? ""}
          error={errors.entryTitle}
          required
        />
        {isOrientation ? (
          <TextField
            name="entryPresenter"
            label={ENTRY_TEXT_LABELS.entryPresenter ?? ""}
            value={values.entryPresenter ?? ""}
            error={errors.entryPresenter}
            required
          />
        ) : null}
        <TextArea
          name="entryText"
          label={ENTRY_TEXT_LABELS.entryText ?? ""}
          description="Vises på den offentlige sakslisten, unntatt når punktet behandles i lukket møte."
          value={values.entryText ?? ""}
          error={errors.entryText}
          rows={3}
        />
        <button type="submit" class="ds-button" data-variant="primary">
          Lagre teksten
        </button>
      </PostForm>
    </section>
  );
}

export const ENTRY_FIELD_LABELS: Record<string, string> = {
  [entryField("minutes_approval", "text")]: "Protokollen som godkjennes",
  [entryField("orientation", "title")]: "Tittel på orienteringen",
  [entryField("orientation", "presenter")]: "Hvem orienterer",
  [entryField("orientation", "text")]: "Hva det orienteres om",
  [entryField("letters", "title")]: "Tittel på referatsakene",
  number: "Møtenummer",
};

interface EntrySectionProps {
  ctx: PageContext;
  meeting: MeetingDetail;
  values: Record<string, string>;
  errors: FieldErrors;
}

function EntryForm({
  ctx,
  meeting,
  kind,
  heading,
  children,
}: {
  ctx: PageContext;
  meeting: MeetingDetail;
  kind: EntryKind;
  heading: string;
  children?: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`punkt-${PREFIXES[kind]}`} class="fs-stack">
      <h3 class="ds-heading" data-size="xs" id={`punkt-${PREFIXES[kind]}`}>
        {heading}
      </h3>
      <PostForm action={`/admin/moter/${meeting.id}/punkter`} csrfToken={ctx.csrfToken}>
        <input type="hidden" name="kind" value={kind} />
        {children}
        <button type="submit" class="ds-button" data-variant="secondary">
          Legg til «{ENTRY_DEFAULT_TITLES[kind]}»
        </button>
      </PostForm>
    </section>
  );
}

/** The items a meeting has besides its cases: approvals, orientations, referatsaker, Eventuelt. */
export function AddEntrySection({ ctx, meeting, values, errors }: EntrySectionProps) {
  const field = (kind: EntryKind, name: "title" | "text" | "presenter") => {
    const key = entryField(kind, name);
    return { name: key, value: values[key] ?? "", error: errors[key] };
  };
  return (
    <section aria-labelledby="legg-til-punkt" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="legg-til-punkt">
        Legg til punkt uten sak
      </h2>
      <p class="ds-paragraph">
        Punktene får nummer når innkallingen sendes: godkjenningene som PS, orienteringer i
        OS-serien og referatsaker som RS. Eventuelt får ikke nummer. Punktene legges sist og kan
        flyttes i sakslisten.
      </p>
      <EntryForm
        ctx={ctx}
        meeting={meeting}
        kind="notice_approval"
        heading="Godkjenning av innkalling og saksliste"
      />
      <EntryForm
        ctx={ctx}
        meeting={meeting}
        kind="minutes_approval"
        heading="Godkjenning av protokoll"
      >
        <TextField
          {...field("minutes_approval", "text")}
          label={ENTRY_FIELD_LABELS[entryField("minutes_approval", "text")] ?? ""}
          description="Valgfritt, for eksempel «Protokoll fra møte 4/2026»."
        />
      </EntryForm>
      <EntryForm ctx={ctx} meeting={meeting} kind="orientation" heading="Orientering">
        <TextField
          {...field("orientation", "title")}
          label={ENTRY_FIELD_LABELS[entryField("orientation", "title")] ?? ""}
          description="Valgfritt. Uten tittel heter punktet «Orientering»."
        />
        <TextField
          {...field("orientation", "presenter")}
          label={ENTRY_FIELD_LABELS[entryField("orientation", "presenter")] ?? ""}
          description="For eksempel «Kommunedirektøren» eller «Enhetsleder for helse»."
          required
        />
        <TextArea
          {...field("orientation", "text")}
          label={ENTRY_FIELD_LABELS[entryField("orientation", "text")] ?? ""}
          rows={3}
        />
      </EntryForm>
      <EntryForm ctx={ctx} meeting={meeting} kind="letters" heading="Referatsaker">
        <TextField
          {...field("letters", "title")}
          label={ENTRY_FIELD_LABELS[entryField("letters", "title")] ?? ""}
          description="Valgfritt, for eksempel «Hastevedtak – tilskudd til flomberedskap». Brevene føres på punktets side."
        />
      </EntryForm>
      <EntryForm ctx={ctx} meeting={meeting} kind="any_other_business" heading="Eventuelt" />
    </section>
  );
}

/** The meeting's number, and before the notice the form that gives it one by hand. */
export function MeetingNumberSection({
  ctx,
  meeting,
  editable,
  values,
  errors,
}: EntrySectionProps & { editable: boolean }) {
  const number =
    meeting.series_year !== null && meeting.series_number !== null
      ? formatMeetingNumber({ year: meeting.series_year, number: meeting.series_number })
      : null;
  return (
    <section aria-labelledby="motenummer" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="motenummer">
        Møtenummer
      </h2>
      <p class="ds-paragraph">
        {number ?? "Møtet får neste nummer i utvalgets serie for året når innkallingen sendes."}
      </p>
      {editable ? (
        <PostForm action={`/admin/moter/${meeting.id}/nummer`} csrfToken={ctx.csrfToken}>
          <TextField
            name="number"
            label="Møtenummer"
            type="number"
            description="Valgfritt. Tomt felt gir neste ledige nummer når innkallingen sendes. Nummeret kan ikke endres etter at innkallingen er sendt."
            value={
              values.number ?? (meeting.series_number === null ? "" : String(meeting.series_number))
            }
            error={errors.number}
          />
          <button type="submit" class="ds-button" data-variant="secondary">
            Lagre møtenummer
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}
