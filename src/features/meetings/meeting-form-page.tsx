import type { FieldErrors } from "../../commit/outcome.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { Checkbox, ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type { BodyOption } from "../cases/queries.ts";
import { meetingTrail } from "./meeting-labels.ts";

export const MEETING_FIELD_LABELS: Record<string, string> = {
  body: "Utvalg",
  date: "Dato",
  start: "Starttid",
  end: "Sluttid",
  location: "Sted",
  room: "Rom",
  remote: "Fjernmøte",
};

interface MeetingFormPageProps {
  ctx: PageContext;
  /** The meeting being changed, with what the form may not change; absent for a new one. */
  meeting?: { id: number; name: string; isHeld: boolean; isCancelled: boolean };
  values: Record<string, string>;
  errors: FieldErrors;
  bodies: BodyOption[];
}

export function MeetingFormPage({ ctx, meeting, values, errors, bodies }: MeetingFormPageProps) {
  const heading = meeting ? `Endre møtet ${meeting.name}` : "Planlegg nytt møte";
  const value = (name: string) => values[name] ?? "";
  const trail = meeting ? meetingTrail(meeting) : [{ href: "/admin/moter", label: "Møter" }];
  // A body that has been wound up stays selectable only for the meeting it already has.
  const choices = bodies
    .filter((body) => body.isActive || String(body.id) === value("body"))
    .map((body) => ({ value: String(body.id), label: body.name }));
  return (
    <AdminLayout ctx={ctx} title={heading} trail={trail}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      {meeting?.isHeld ? (
        <div class="ds-alert" data-color="info">
          <p class="ds-paragraph">Møtet er holdt. Utvalg, dato og tid kan ikke lenger endres.</p>
        </div>
      ) : null}
      {meeting?.isCancelled ? (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">Møtet er avlyst og kan ikke endres.</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={MEETING_FIELD_LABELS} />
      <PostForm
        action={meeting ? `/admin/moter/${meeting.id}/endre` : "/admin/moter"}
        csrfToken={ctx.csrfToken}
      >
        <SelectField
          name="body"
          label="Utvalg"
          value={value("body")}
          options={choices}
          emptyLabel="Velg utvalg"
          error={errors.body}
          required
        />
        <TextField
          name="date"
          label="Dato"
          type="date"
          value={value("date")}
          error={errors.date}
          required
        />
        <TextField
          name="start"
          label="Starttid"
          type="time"
          description="Norsk tid, for eksempel 18:00."
          value={value("start")}
          error={errors.start}
          required
        />
        <TextField
          name="end"
          label="Sluttid"
          type="time"
          description="Valgfritt. Må være etter starttiden."
          value={value("end")}
          error={errors.end}
        />
        <TextField name="location" label="Sted" value={value("location")} error={errors.location} />
        <TextField
          name="room"
          label="Rom"
          description="Valgfritt, for eksempel Formannskapssalen."
          value={value("room")}
          error={errors.room}
        />
        <Checkbox
          name="remote"
          label="Fjernmøte (kl. § 11-7)"
          checked={value("remote") === "on"}
          error={errors.remote}
        />
        <button type="submit" class="ds-button" data-variant="primary">
          {meeting ? "Lagre endringer" : "Opprett møtet"}
        </button>
      </PostForm>
    </AdminLayout>
  );
}
