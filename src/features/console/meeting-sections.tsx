import type { JSX } from "preact";
import type { FieldErrors } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { SKIP_REASON_LABELS } from "../../domain/substitutes.ts";
import { formatTime } from "../../domain/time.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { CheckboxGroup, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { consoleClosedReason } from "./console-action.ts";
import { ActionButton } from "./console-components.tsx";
import { CALL_STATUS_LABELS, itemLabel, RELEASED_CALL_LABEL } from "./console-labels.ts";
import { consolePath } from "./console-paths.ts";
import type { ConsoleState } from "./console-queries.ts";
import { type AbsenceRecord, absencesOf, type CallRecord } from "./console-records.ts";
import { RequestKeyField } from "./console-request.tsx";
import { type ProposalView, substituteProposal, substitutesOn } from "./substitute-queries.ts";

/** What every section of the meeting's console page is given. */
export interface ConsoleMeetingContext {
  db: Database;
  ctx: PageContext;
  state: ConsoleState;
  errors: FieldErrors;
  values: Record<string, string>;
}

export type ConsoleMeetingSection = (context: ConsoleMeetingContext) => Promise<JSX.Element | null>;

export const MEETING_FIELD_LABELS: Record<string, string> = {
  person: "Medlem",
  fromItem: "Gjelder",
  reason: "Grunn",
  present: "Til stede ved oppropet",
};

/** The calls made for an absence or a conflict, with the answer buttons for an open one. */
export function CallList({
  ctx,
  meetingId,
  calls,
  editable,
  released = false,
}: {
  ctx: PageContext;
  meetingId: number;
  calls: readonly CallRecord[];
  editable: boolean;
  /** The absence was withdrawn, so a call not declined is released. */
  released?: boolean;
}) {
  if (calls.length === 0) return null;
  return (
    <ul class="ds-list">
      {calls.map((call) => (
        <li key={call.id}>
          {call.name}:{" "}
          {released && call.status !== "declined"
            ? RELEASED_CALL_LABEL
            : CALL_STATUS_LABELS[call.status]}
          {editable && !released && call.status === "called" ? (
            <span class="fs-actions">
              <ActionButton
                ctx={ctx}
                action={`${consolePath(meetingId)}/innkallinger/${call.id}/svar`}
                hidden={{ answer: "accepted" }}
                label={`${call.name} møter`}
              />
              <ActionButton
                ctx={ctx}
                action={`${consolePath(meetingId)}/innkallinger/${call.id}/svar`}
                hidden={{ answer: "declined" }}
                label={`${call.name} kan ikke møte`}
              />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The proposed substitute and a button to call them, or why nobody is left to call. */
export function ProposalLine({
  ctx,
  action,
  proposal,
}: {
  ctx: PageContext;
  action: string;
  proposal: ProposalView;
}) {
  return (
    <div class="fs-stack">
      {proposal.skipped.length > 0 ? (
        <p class="ds-paragraph fs-meta">
          Hoppet over:{" "}
          {proposal.skipped
            .map((skip) => `${skip.name} (nr. ${skip.rank}) ${SKIP_REASON_LABELS[skip.reason]}`)
            .join("; ")}
          .
        </p>
      ) : null}
      {proposal.next ? (
        <ActionButton
          ctx={ctx}
          action={action}
          hidden={{ substitute: String(proposal.next.personId) }}
          label={`Kall inn ${proposal.next.name} (varamedlem nr. ${proposal.next.rank})`}
          variant="primary"
        />
      ) : (
        <p class="ds-paragraph">Det er ingen flere varamedlemmer å kalle inn fra listen.</p>
      )}
    </div>
  );
}

function AbsenceEntry({
  context,
  absence,
  proposal,
}: {
  context: ConsoleMeetingContext;
  absence: AbsenceRecord;
  proposal: ProposalView | null;
}) {
  const { ctx, state } = context;
  const base = `${consolePath(state.meeting.id)}/forfall/${absence.id}`;
  const editable = consoleClosedReason(state.meeting.status) === null;
  const withdrawn = absence.withdrawnAt !== null;
  return (
    <li>
      <p class="ds-paragraph">
        <strong>{absence.name}</strong>,{" "}
        {absence.fromPosition === null ? "hele møtet" : `fra sak ${absence.fromPosition}`}:{" "}
        {absence.reason}
        {absence.withdrawnAt ? ` (trukket kl. ${formatTime(absence.withdrawnAt)})` : null}
      </p>
      <CallList
        ctx={ctx}
        meetingId={state.meeting.id}
        calls={absence.calls}
        editable={editable}
        released={withdrawn}
      />
      {editable && proposal ? (
        <ProposalLine ctx={ctx} action={`${base}/innkall`} proposal={proposal} />
      ) : null}
      {editable && !withdrawn ? (
        <ActionButton
          ctx={ctx}
          action={`${base}/trekk`}
          label={`Trekk forfallet for ${absence.name}`}
          variant="tertiary"
        />
      ) : null}
    </li>
  );
}

/** Forfall and the substitutes called for them, with the form that registers one. */
export async function AbsenceSection(context: ConsoleMeetingContext) {
  const { db, ctx, state, errors, values } = context;
  const absences = await absencesOf(db, state.meeting.id);
  // An absence with an open or accepted call needs no proposal: the seat is being filled; a
  // withdrawn one none at all.
  const proposals = await Promise.all(
    absences.map((absence) =>
      absence.withdrawnAt !== null || absence.calls.some((call) => call.status !== "declined")
        ? Promise.resolve(null)
        : substituteProposal(db, state.roster, { absenceId: absence.id }),
    ),
  );
  const substitutes = await substitutesOn(db, state.roster.bodyId, state.roster.day);
  const editable = consoleClosedReason(state.meeting.status) === null;
  return (
    <section aria-labelledby="forfall" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="forfall">
        Forfall og varamedlemmer
      </h2>
      {absences.length === 0 ? (
        <p class="ds-paragraph">Ingen har meldt forfall.</p>
      ) : (
        <ul class="ds-list fs-list">
          {absences.map((absence, index) => (
            <AbsenceEntry
              key={absence.id}
              context={context}
              absence={absence}
              proposal={proposals[index] ?? null}
            />
          ))}
        </ul>
      )}
      {editable ? (
        <PostForm action={`${consolePath(state.meeting.id)}/forfall`} csrfToken={ctx.csrfToken}>
          <h3 class="ds-heading" data-size="sm">
            Registrer forfall
          </h3>
          <RequestKeyField />
          <SelectField
            name="person"
            label={MEETING_FIELD_LABELS.person ?? ""}
            value={values.person ?? ""}
            emptyLabel="Velg"
            options={[
              ...state.roster.members.map((member) => ({
                value: String(member.personId),
                label: `${member.name} (${member.partyCode ?? "uten parti"})`,
              })),
              ...substitutes.map((substitute) => ({
                value: String(substitute.personId),
                label: `${substitute.name} (varamedlem nr. ${substitute.rank})`,
              })),
            ]}
            error={errors.person}
          />
          <SelectField
            name="fromItem"
            label={MEETING_FIELD_LABELS.fromItem ?? ""}
            value={values.fromItem ?? ""}
            emptyLabel="Hele møtet"
            options={state.items.map((item) => ({
              value: String(item.entry.id),
              label: `Fra sak ${item.entry.position}: ${itemLabel(item.entry)}`,
            }))}
            error={errors.fromItem}
          />
          <TextField
            name="reason"
            label={MEETING_FIELD_LABELS.reason ?? ""}
            description="Slik protokollen skal gi den, for eksempel «Sykdom» eller «Jobbreise»."
            value={values.reason ?? ""}
            error={errors.reason}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Registrer forfall
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** Opprop: who answered the roll call, from the members and the substitutes called. */
export async function RollCallSection({ ctx, state, errors }: ConsoleMeetingContext) {
  const { meeting, roster } = state;
  if (meeting.opened_at === null) return null;
  const answered = new Set(
    [...roster.facts.entries()]
      .filter(([, facts]) => facts.some((fact) => fact.kind === "present"))
      .map(([personId]) => String(personId)),
  );
  const people = [
    ...roster.members.map((member) => ({
      value: String(member.personId),
      label: `${member.name} (${member.partyCode ?? "uten parti"})`,
    })),
    ...roster.calls.map((call) => ({
      value: String(call.personId),
      label: `${call.name} (varamedlem${call.status === "called" ? ", ikke svart" : ""})`,
    })),
  ];
  const editable = consoleClosedReason(meeting.status) === null && meeting.closed_at === null;
  return (
    <section aria-labelledby="opprop" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="opprop">
        Opprop
      </h2>
      <p class="ds-paragraph">
        {answered.size} av {people.length} svarte ved oppropet. Den som kommer eller går senere,
        føres ved saken det skjer.
      </p>
      {editable ? (
        <PostForm action={`${consolePath(meeting.id)}/opprop`} csrfToken={ctx.csrfToken}>
          <RequestKeyField />
          <CheckboxGroup
            name="present"
            legend={MEETING_FIELD_LABELS.present ?? ""}
            options={people}
            checked={answered}
            error={errors.present}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Lagre oppropet
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** The sections of the meeting's console page, in the order of the meeting's start. */
export const MEETING_SECTIONS: readonly ConsoleMeetingSection[] = [AbsenceSection, RollCallSection];
