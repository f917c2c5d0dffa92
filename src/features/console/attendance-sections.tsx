import type { ClosureGround, ConflictBasis } from "../../db/schema.ts";
import { formatTime } from "../../domain/time.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { SelectField, TextField } from "../../web/forms.tsx";
import { EXEMPT_CLOSED_BASIS } from "../meetings/agenda-item-page.tsx";
import { consoleClosedReason } from "./console-action.ts";
import { ActionButton, QuorumLine, rosterNames, VoterList } from "./console-components.tsx";
import { CLOSURE_GROUND_LABELS, CONFLICT_BASIS_LABELS } from "./console-labels.ts";
import { consoleItemPath } from "./console-paths.ts";
import { attendanceAt, type ConflictRecord, conflictsOn } from "./console-records.ts";
import { RequestKeyField } from "./console-request.tsx";
import type { ConsoleItemContext } from "./item-sections.tsx";
import { CallList, ProposalLine } from "./meeting-sections.tsx";
import { substituteProposal } from "./substitute-queries.ts";

export const ITEM_FIELD_LABELS: Record<string, string> = {
  attendancePerson: "Hvem",
  attendanceKind: "Hva skjedde",
  conflictPerson: "Hvem",
  conflictBasis: "Hjemmel",
  conflictGrounds: "Begrunnelse",
  votesFor: "Stemmer for at medlemmet er inhabilt",
  votesAgainst: "Stemmer mot",
  chairVote: "Møtelederens stemme",
  ground: "Grunn til å lukke møtet",
  basis: "Hjemmel for lukking",
};

const label = (name: string): string => ITEM_FIELD_LABELS[name] ?? name;

const editable = ({ meeting }: ConsoleItemContext): boolean =>
  consoleClosedReason(meeting.status) === null;

const rosterOptions = ({ roster }: ConsoleItemContext) =>
  [...roster.members, ...roster.calls].map((person) => ({
    value: String(person.personId),
    label: `${person.name} (${person.partyCode ?? "uten parti"})`,
  }));

/** Who is present and voting on the item, and whether the body has a quorum for it. */
export async function PresentSection({ item, roster }: ConsoleItemContext) {
  return (
    <section aria-labelledby="til-stede" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="til-stede">
        Til stede og stemmeberettiget
      </h2>
      <QuorumLine quorum={item.quorum} />
      <VoterList voters={item.voters} names={rosterNames(roster)} />
    </section>
  );
}

/** Arrivals and departures at the item ("forlot møtet før sak 12"), with a form for one more. */
export async function AttendanceSection(context: ConsoleItemContext) {
  const { db, ctx, meeting, item, errors, values } = context;
  const records = await attendanceAt(db, item.entry.id);
  const base = consoleItemPath(meeting.id, item.entry.id);
  const place = `sak ${item.entry.position}`;
  return (
    <section aria-labelledby="fremmote" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="fremmote">
        Kom og gikk
      </h2>
      {records.length === 0 ? (
        <p class="ds-paragraph">Ingen er ført som kommet eller gått ved denne saken.</p>
      ) : (
        <ul class="ds-list">
          {records.map((record) => (
            <li key={record.id}>
              {record.name}{" "}
              {record.kind === "arrived"
                ? `kom til møtet ved ${place}`
                : `forlot møtet før ${place}`}{" "}
              (ført kl. {formatTime(record.at)})
              {editable(context) ? (
                <ActionButton
                  ctx={ctx}
                  action={`${base}/fremmote/${record.id}/fjern`}
                  label={`Fjern for ${record.name}`}
                  variant="tertiary"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable(context) && meeting.opened_at !== null ? (
        <PostForm action={`${base}/fremmote`} csrfToken={ctx.csrfToken}>
          <RequestKeyField />
          <SelectField
            name="attendancePerson"
            label={label("attendancePerson")}
            value={values.attendancePerson ?? ""}
            emptyLabel="Velg"
            options={rosterOptions(context)}
            error={errors.attendancePerson}
          />
          <SelectField
            name="attendanceKind"
            label={label("attendanceKind")}
            value={values.attendanceKind ?? "arrived"}
            options={[
              { value: "arrived", label: `Kom til møtet ved ${place}` },
              { value: "left", label: `Forlot møtet før ${place}` },
            ]}
            error={errors.attendanceKind}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Før fremmøte
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

function rulingText(conflict: ConflictRecord): string {
  if (conflict.ruling === null) return "Utvalget har ikke avgjort habiliteten ennå.";
  const counts = `${conflict.votesFor} mot ${conflict.votesAgainst} stemmer${conflict.decidedByChair ? ", med møtelederens dobbeltstemme" : ""}`;
  return conflict.ruling === "disqualified"
    ? `Kjent inhabil (${counts}). Fratrådte under behandlingen av saken.`
    : `Kjent habil (${counts}).`;
}

function RulingForm({
  context,
  conflict,
}: {
  context: ConsoleItemContext;
  conflict: ConflictRecord;
}) {
  const { ctx, meeting, item, errors, values } = context;
  const voting = item.voters.filter((voter) => voter.personId !== conflict.personId).length;
  return (
    <PostForm
      action={`${consoleItemPath(meeting.id, item.entry.id)}/inhabilitet/${conflict.id}/avgjor`}
      csrfToken={ctx.csrfToken}
    >
      <h3 class="ds-heading" data-size="sm">
        Votering over habiliteten til {conflict.name}
      </h3>
      <p class="ds-paragraph">
        {conflict.name} deltar ikke i voteringen (fvl. § 8 andre ledd). {voting} skal stemme.
      </p>
      <RequestKeyField />
      <TextField
        name="votesFor"
        type="number"
        label={label("votesFor")}
        value={values.votesFor ?? ""}
        error={errors.votesFor}
      />
      <TextField
        name="votesAgainst"
        type="number"
        label={label("votesAgainst")}
        value={values.votesAgainst ?? ""}
        error={errors.votesAgainst}
      />
      <SelectField
        name="chairVote"
        label={label("chairVote")}
        description="Bare ved stemmelikhet: da avgjør møtelederens stemme (kl. § 11-9)."
        value={values.chairVote ?? ""}
        emptyLabel="Ikke stemmelikhet"
        options={[
          { value: "for", label: "For at medlemmet er inhabilt" },
          { value: "against", label: "Mot" },
        ]}
        error={errors.chairVote}
      />
      <button type="submit" class="ds-button" data-variant="primary">
        Før avgjørelsen
      </button>
    </PostForm>
  );
}

/**
 * Conflicts of interest on the item: each declared one with its basis and the body's ruling, a
 * ruling form for the first one not ruled on, the substitute for one ruled disqualified, and the
 * form to declare another.
 */
export async function ConflictSection(context: ConsoleItemContext) {
  const { db, ctx, meeting, item, roster, errors, values } = context;
  const conflicts = await conflictsOn(db, meeting.id, item.entry.id);
  const pending = conflicts.find((conflict) => conflict.ruling === null);
  const base = consoleItemPath(meeting.id, item.entry.id);
  const proposals = await Promise.all(
    conflicts.map((conflict) =>
      editable(context) &&
      conflict.ruling === "disqualified" &&
      !conflict.calls.some((call) => call.status !== "declined")
        ? substituteProposal(db, roster, { conflictId: conflict.id })
        : Promise.resolve(null),
    ),
  );
  return (
    <section aria-labelledby="habilitet" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="habilitet">
        Habilitet
      </h2>
      {conflicts.length === 0 ? (
        <p class="ds-paragraph">Ingen habilitetsspørsmål er reist i saken.</p>
      ) : (
        <ul class="ds-list fs-list">
          {conflicts.map((conflict, index) => {
            const proposal = proposals[index];
            return (
              <li key={conflict.id}>
                <p class="ds-paragraph">
                  <strong>{conflict.name}</strong>: {CONFLICT_BASIS_LABELS[conflict.basis]}
                  {conflict.grounds ? `. ${conflict.grounds}` : ""}
                </p>
                <p class="ds-paragraph">{rulingText(conflict)}</p>
                <CallList
                  ctx={ctx}
                  meetingId={meeting.id}
                  calls={conflict.calls}
                  editable={editable(context)}
                />
                {proposal ? (
                  <ProposalLine
                    ctx={ctx}
                    action={`${base}/inhabilitet/${conflict.id}/innkall`}
                    proposal={proposal}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {editable(context) && pending ? <RulingForm context={context} conflict={pending} /> : null}
      {editable(context) ? (
        <PostForm action={`${base}/inhabilitet`} csrfToken={ctx.csrfToken}>
          <h3 class="ds-heading" data-size="sm">
            Reis habilitetsspørsmål
          </h3>
          <RequestKeyField />
          <SelectField
            name="conflictPerson"
            label={label("conflictPerson")}
            value={values.conflictPerson ?? ""}
            emptyLabel="Velg"
            options={rosterOptions(context)}
            error={errors.conflictPerson}
          />
          <SelectField
            name="conflictBasis"
            label={label("conflictBasis")}
            value={values.conflictBasis ?? ""}
            emptyLabel="Velg"
            options={(Object.keys(CONFLICT_BASIS_LABELS) as ConflictBasis[]).map((basis) => ({
              value: basis,
              label: CONFLICT_BASIS_LABELS[basis],
            }))}
            error={errors.conflictBasis}
          />
          <TextField
            name="conflictGrounds"
            label={label("conflictGrounds")}
            description="Slik protokollen skal gi den, for eksempel «Er styreleder i tiltakshaver»."
            value={values.conflictGrounds ?? ""}
            error={errors.conflictGrounds}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Reis spørsmålet
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** Closing the meeting for the item (kl. § 11-5): what was decided, or the form to decide it. */
export async function ClosureSection(context: ConsoleItemContext) {
  const { ctx, meeting, item, errors, values } = context;
  const closure = item.closure;
  return (
    <section aria-labelledby="lukking" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="lukking">
        Lukket møte
      </h2>
      {closure ? (
        <p class="ds-paragraph">
          Møtet ble lukket kl. {formatTime(closure.decidedAt)}:{" "}
          {CLOSURE_GROUND_LABELS[closure.ground]}. Hjemmel: {closure.basis}.
        </p>
      ) : (
        <p class="ds-paragraph">
          {item.entry.isClosed
            ? `Saken er satt opp til behandling i lukket møte (${item.entry.closedBasis}). Før utvalgets vedtak om å lukke møtet.`
            : "Saken behandles i åpent møte."}
        </p>
      )}
      {editable(context) && !closure ? (
        <PostForm
          action={`${consoleItemPath(meeting.id, item.entry.id)}/lukk`}
          csrfToken={ctx.csrfToken}
        >
          <RequestKeyField />
          <SelectField
            name="ground"
            label={label("ground")}
            value={values.ground ?? ""}
            emptyLabel="Velg"
            options={(Object.keys(CLOSURE_GROUND_LABELS) as ClosureGround[]).map((ground) => ({
              value: ground,
              label: CLOSURE_GROUND_LABELS[ground],
            }))}
            error={errors.ground}
          />
          <TextField
            name="basis"
            label={label("basis")}
            value={
              values.basis ??
              item.entry.closedBasis ??
              (item.entry.access === "exempt" ? EXEMPT_CLOSED_BASIS : "")
            }
            error={errors.basis}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Lukk møtet for saken
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}
