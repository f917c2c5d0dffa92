import type { FieldErrors } from "../../commit/outcome.ts";
import { formatTime, formatWeekdayDate } from "../../domain/time.ts";
import { PostForm } from "../../web/admin-components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { consoleItemPath } from "../console/console-paths.ts";
import { meetingName, meetingTrail } from "../meetings/meeting-labels.ts";
import type { MinutesApproval } from "./choose-minutes-approval.ts";
import type { Minutes, MinutesItem, MinutesParagraph, MinutesPerson } from "./minutes-model.ts";

export const minutesEditorPath = (meetingId: number): string =>
  `/admin/moter/${meetingId}/protokoll`;

/** The field a paragraph's text is posted in: one per paragraph, so each has its own id. */
export const textFieldName = (itemId: number, key: string): string =>
  `tekst-${itemId}-${key.replace(/[^a-z0-9]+/gi, "-")}`;

/** The field an item's new note is posted in. */
export const noteFieldName = (itemId: number): string => `merknad-${itemId}`;

export const HEADER_FIELD_LABELS = {
  othersPresent: "Andre til stede",
  noticeRemarks: "Merknader til innkallingen",
  agendaRemarks: "Merknader til sakslisten",
  signers: "Underskrivere",
  approval: "Godkjenning",
};

const APPROVAL_CHOICES: Array<{ value: MinutesApproval; label: string }> = [
  { value: "signatures", label: "De valgte underskriverne signerer hver for seg" },
  { value: "meeting", label: "Utvalget godkjenner protokollen i neste møte" },
];

const personLine = (person: MinutesPerson): string =>
  `${person.name}${person.party ? ` (${person.party})` : ""}, ${person.role.toLowerCase()}`;

/** Everything the forms need besides the minutes themselves. */
export interface MinutesEditorState {
  approval: MinutesApproval;
  values: Record<string, string>;
  errors: FieldErrors;
}

function ParagraphEditor({
  ctx,
  minutes,
  item,
  paragraph,
  state,
}: {
  ctx: PageContext;
  minutes: Minutes;
  item: MinutesItem;
  paragraph: MinutesParagraph;
  state: MinutesEditorState;
}) {
  const base = minutesEditorPath(minutes.meetingId);
  const field = textFieldName(item.agendaItemId, paragraph.key);
  const label = paragraph.heading || (paragraph.kind === "note" ? "Merknad" : "Tekst");
  if (!paragraph.editable)
    return (
      <div class="fs-stack">
        {paragraph.heading ? <p class="ds-paragraph fs-meta">{paragraph.heading}</p> : null}
        <p class="ds-paragraph fs-lines">{paragraph.text}</p>
        <p class="ds-paragraph" data-size="sm">
          <a class="ds-link" href={consoleItemPath(minutes.meetingId, item.agendaItemId)}>
            Rett voteringen i møtekonsollen
            <span class="ds-sr-only">
              {" "}
              for {item.numberLabel} {item.title}
            </span>
          </a>
        </p>
      </div>
    );
  return (
    <div class="fs-stack">
      {paragraph.stale ? (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">
            Møtekonsollen har endret dette etter at teksten ble redigert. Utkastet lyder nå:
          </p>
          <p class="ds-paragraph fs-lines">{paragraph.drafted}</p>
        </div>
      ) : null}
      {minutes.approved ? (
        <>
          {paragraph.heading ? <p class="ds-paragraph fs-meta">{paragraph.heading}</p> : null}
          <p class="ds-paragraph fs-lines">{paragraph.text}</p>
        </>
      ) : (
        <>
          <PostForm action={`${base}/tekst`} csrfToken={ctx.csrfToken}>
            <input type="hidden" name="itemId" value={String(item.agendaItemId)} />
            <input type="hidden" name="key" value={paragraph.key} />
            <TextArea
              name={field}
              label={label}
              value={state.values[field] ?? paragraph.text}
              error={state.errors[field]}
              description={paragraph.edited ? "Redigert av sekretariatet." : undefined}
              rows={Math.min(12, Math.max(3, Math.ceil(paragraph.text.length / 90)))}
            />
            <button type="submit" class="ds-button" data-variant="secondary">
              Lagre teksten<span class="ds-sr-only"> {label}</span>
            </button>
          </PostForm>
          {paragraph.edited ? (
            <PostForm action={`${base}/tilbake`} csrfToken={ctx.csrfToken}>
              <input type="hidden" name="itemId" value={String(item.agendaItemId)} />
              <input type="hidden" name="key" value={paragraph.key} />
              <button type="submit" class="ds-button" data-variant="tertiary">
                {paragraph.kind === "note" ? "Fjern merknaden" : "Tilbake til utkastet"}
                <span class="ds-sr-only"> for {label}</span>
              </button>
            </PostForm>
          ) : null}
        </>
      )}
    </div>
  );
}

function ItemEditor({
  ctx,
  minutes,
  item,
  state,
}: {
  ctx: PageContext;
  minutes: Minutes;
  item: MinutesItem;
  state: MinutesEditorState;
}) {
  const headingId = `sak-${item.agendaItemId}`;
  const noteField = noteFieldName(item.agendaItemId);
  const places = [
    { value: "start", label: "Først i behandlingen" },
    ...item.treatment
      .filter((paragraph) => paragraph.kind !== "note")
      .map((paragraph, index) => ({
        value: paragraph.key,
        label: `Etter ${index + 1}: ${(paragraph.heading || paragraph.text).slice(0, 60)}`,
      })),
  ];
  return (
    <section aria-labelledby={headingId} class="fs-stack">
      <h2 class="ds-heading" data-size="sm" id={headingId}>
        {item.numberLabel ? `${item.numberLabel} ` : ""}
        {item.title}
      </h2>
      {item.exemptBasis ? <p class="ds-paragraph fs-meta">Unntatt: {item.exemptBasis}</p> : null}
      {item.withdrawnReason !== null ? (
        <p class="ds-paragraph">Saken ble trukket. {item.withdrawnReason}</p>
      ) : null}
      <h3 class="ds-heading" data-size="xs">
        Behandling
      </h3>
      {item.treatment.length === 0 ? (
        <p class="ds-paragraph">Konsollen har ikke ført noe i saken.</p>
      ) : (
        item.treatment.map((paragraph) => (
          <ParagraphEditor
            key={paragraph.key}
            ctx={ctx}
            minutes={minutes}
            item={item}
            paragraph={paragraph}
            state={state}
          />
        ))
      )}
      {minutes.approved ? null : (
        <PostForm
          action={`${minutesEditorPath(minutes.meetingId)}/merknad`}
          csrfToken={ctx.csrfToken}
        >
          <input type="hidden" name="itemId" value={String(item.agendaItemId)} />
          <SelectField
            name={`${noteField}-plass`}
            label="Plassering av ny merknad"
            value={state.values[`${noteField}-plass`] ?? "start"}
            options={places}
          />
          <TextArea
            name={noteField}
            label="Ny merknad"
            value={state.values[noteField] ?? ""}
            error={state.errors[noteField]}
            rows={3}
          />
          <button type="submit" class="ds-button" data-variant="secondary">
            Legg til merknaden<span class="ds-sr-only"> i {item.numberLabel || item.title}</span>
          </button>
        </PostForm>
      )}
      <h3 class="ds-heading" data-size="xs">
        Vedtak
      </h3>
      {item.decision ? (
        <p class="ds-paragraph fs-lines">{item.decision.text}</p>
      ) : (
        <p class="ds-paragraph">Ikke ført.</p>
      )}
      <p class="ds-paragraph" data-size="sm">
        <a
          class="ds-link"
          href={`/admin/moter/${minutes.meetingId}/saker/${item.agendaItemId}/vedtak`}
        >
          {item.decision ? "Rett vedtaket" : "Før vedtaket"}
          <span class="ds-sr-only">
            {" "}
            i {item.numberLabel} {item.title}
          </span>
        </a>
      </p>
    </section>
  );
}

/**
 * The secretary's editor of the minutes: the whole draft in reading order, the header's facts
 * from the console, a form per text the secretary may write, and the votes as the console
 * recorded them with a link there, since a result is corrected only in the console.
 */
export function MinutesEditorPage({
  ctx,
  minutes,
  state,
}: {
  ctx: PageContext;
  minutes: Minutes;
  state: MinutesEditorState;
}) {
  const startsAt = new Date(minutes.startsAt);
  const name = meetingName(minutes.bodyName, startsAt);
  const base = minutesEditorPath(minutes.meetingId);
  const signerIds = new Set(
    state.values.signers
      ? state.values.signers.split(",")
      : minutes.signers.map((s) => String(s.personId)),
  );
  const labels: Record<string, string> = { ...HEADER_FIELD_LABELS };
  for (const item of minutes.items) {
    labels[noteFieldName(item.agendaItemId)] = `Ny merknad i ${item.numberLabel || item.title}`;
    for (const paragraph of item.treatment)
      labels[textFieldName(item.agendaItemId, paragraph.key)] =
        `${paragraph.heading || "Tekst"} i ${item.numberLabel || item.title}`;
  }
  const header = (value: string, key: string) => state.values[key] ?? value;
  return (
    <AdminLayout
      ctx={ctx}
      title={`Protokoll – ${name}`}
      trail={meetingTrail({ id: minutes.meetingId, name })}
    >
      <h1 class="ds-heading" data-size="lg">
        Protokoll: {minutes.bodyName}
        {minutes.meetingNumberLabel ? `, ${minutes.meetingNumberLabel.toLowerCase()}` : ""}
      </h1>
      <p class="ds-paragraph">
        {minutes.approved
          ? "Protokollen er godkjent. En endring nå blir en ny versjon med begrunnelse."
          : "Utkast, ikke godkjent. Teksten er skrevet fra det møtekonsollen har ført; du kan redigere og legge til tekst. Voteringer rettes i konsollen."}
      </p>
      <ErrorSummary errors={state.errors} labels={labels} />
      <section aria-labelledby="hode" class="fs-stack">
        <h2 class="ds-heading" data-size="md" id="hode">
          Møtet
        </h2>
        <dl class="fs-facts">
          <dt>Dato</dt>
          <dd>{formatWeekdayDate(startsAt)}</dd>
          <dt>Sted</dt>
          <dd>{minutes.place || "Ikke oppgitt"}</dd>
          <dt>Satt</dt>
          <dd>
            {minutes.openedAt ? `kl. ${formatTime(new Date(minutes.openedAt))}` : "Ikke satt"}
          </dd>
          <dt>Hevet</dt>
          <dd>
            {minutes.closedAt ? `kl. ${formatTime(new Date(minutes.closedAt))}` : "Ikke hevet"}
          </dd>
          <dt>Møteleder</dt>
          <dd>{minutes.chair ? personLine(minutes.chair) : "Ikke ført"}</dd>
        </dl>
        <h3 class="ds-heading" data-size="xs">
          Til stede
        </h3>
        {minutes.present.length === 0 ? (
          <p class="ds-paragraph">Oppropet er ikke ført.</p>
        ) : (
          <ul class="ds-list">
            {minutes.present.map((person) => (
              <li key={person.personId}>{personLine(person)}</li>
            ))}
          </ul>
        )}
        <h3 class="ds-heading" data-size="xs">
          Forfall
        </h3>
        {minutes.absent.length === 0 ? (
          <p class="ds-paragraph">Ingen.</p>
        ) : (
          <ul class="ds-list">
            {minutes.absent.map((person) => (
              <li key={person.personId}>
                {personLine(person)}
                {person.scope ? `, ${person.scope}` : ""}
              </li>
            ))}
          </ul>
        )}
        <h3 class="ds-heading" data-size="xs">
          Varamedlemmer som møtte
        </h3>
        {minutes.substitutes.length === 0 ? (
          <p class="ds-paragraph">Ingen.</p>
        ) : (
          <ul class="ds-list">
            {minutes.substitutes.map((person) => (
              <li key={`${person.personId}-${person.scope}`}>
                {person.name}
                {person.party ? ` (${person.party})` : ""} for {person.forName}, {person.scope}
              </li>
            ))}
          </ul>
        )}
        {minutes.approved ? null : (
          <PostForm action={`${base}/godkjenning`} csrfToken={ctx.csrfToken}>
            <CheckboxGroup
              name="signers"
              legend="Underskrivere"
              description="Medlemmene som skal underskrive protokollen sammen med møtelederen. Bare de som var til stede, kan velges."
              options={minutes.present.map((person) => ({
                value: String(person.personId),
                label: personLine(person),
              }))}
              checked={signerIds}
              error={state.errors.signers}
            />
            <SelectField
              name="approval"
              label="Godkjenning"
              value={state.values.approval ?? state.approval}
              options={APPROVAL_CHOICES}
              error={state.errors.approval}
            />
            <button type="submit" class="ds-button" data-variant="secondary">
              Lagre underskrivere og godkjenning
            </button>
          </PostForm>
        )}
        {minutes.approved ? (
          <dl class="fs-facts">
            <dt>Andre til stede</dt>
            <dd class="fs-lines">{minutes.othersPresent.text || "Ingen"}</dd>
            <dt>Merknader til innkallingen</dt>
            <dd class="fs-lines">{minutes.noticeRemarks.text || "Ingen"}</dd>
            <dt>Merknader til sakslisten</dt>
            <dd class="fs-lines">{minutes.agendaRemarks.text || "Ingen"}</dd>
          </dl>
        ) : (
          <PostForm action={`${base}/hode`} csrfToken={ctx.csrfToken}>
            <TextArea
              name="othersPresent"
              label="Andre til stede"
              description="Fra administrasjonen, for eksempel «Kommunedirektør Liv Berg»."
              value={header(minutes.othersPresent.text, "othersPresent")}
              error={state.errors.othersPresent}
              rows={3}
            />
            <TextArea
              name="noticeRemarks"
              label="Merknader til innkallingen"
              value={header(minutes.noticeRemarks.text, "noticeRemarks")}
              error={state.errors.noticeRemarks}
              rows={2}
            />
            <TextArea
              name="agendaRemarks"
              label="Merknader til sakslisten"
              value={header(minutes.agendaRemarks.text, "agendaRemarks")}
              error={state.errors.agendaRemarks}
              rows={2}
            />
            <button type="submit" class="ds-button" data-variant="secondary">
              Lagre møteopplysningene
            </button>
          </PostForm>
        )}
      </section>
      {minutes.items.map((item) => (
        <ItemEditor key={item.agendaItemId} ctx={ctx} minutes={minutes} item={item} state={state} />
      ))}
    </AdminLayout>
  );
}
