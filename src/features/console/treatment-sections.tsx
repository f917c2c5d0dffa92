import { formatTime } from "../../domain/time.ts";
import { DataTable, PostForm } from "../../web/admin-components.tsx";
import { SelectField, TextArea, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { listPartyNames } from "../registry/party-queries.ts";
import { recommendationForStep } from "../route/route-queries.ts";
import { PROPOSAL_KIND_LABELS } from "./add-proposal.ts";
import { SPEECH_KIND_LABELS } from "./add-speaker.ts";
import { RequestKeyField } from "./console-request.tsx";
import type { ConsoleItemContext } from "./item-sections.tsx";
import { loadTreatment, type Treatment, type TreatmentProposal } from "./treatment-queries.ts";

/** Where the treatment's forms post, under the item's console page. */
export const treatmentPath = (meetingId: number, itemId: number, rest = ""): string =>
  `/admin/moter/${meetingId}/konsoll/saker/${itemId}${rest}`;

/** The item's treatment is read once per page, whichever section asks first. */
const loaded = new WeakMap<ConsoleItemContext, Promise<Treatment>>();

function treatmentOf(context: ConsoleItemContext): Promise<Treatment> {
  let treatment = loaded.get(context);
  if (!treatment) {
    const itemId = context.item.entry.id;
    treatment = loadTreatment(context.db, [itemId], "workspace").then(
      (byItem) => byItem.get(itemId) ?? emptyTreatment(),
    );
    loaded.set(context, treatment);
  }
  return treatment;
}

const emptyTreatment = (): Treatment => ({
  proposals: [],
  votes: [],
  elections: [],
  speakers: [],
  floor: null,
  next: null,
});

/** How the console names a proposal in its lists and choices. */
export function proposalTitle(proposal: Pick<TreatmentProposal, "number" | "kind">): string {
  return proposal.number === 0
    ? "Innstillingen"
    : `Forslag ${proposal.number}: ${PROPOSAL_KIND_LABELS[proposal.kind].toLowerCase()}`;
}

function madeBy(proposal: TreatmentProposal): string {
  if (proposal.number === 0) return proposal.madeByName;
  return proposal.parties.length > 0
    ? `${proposal.madeByName} på vegne av ${proposal.parties.join(", ")}`
    : proposal.madeByName;
}

const OUTCOME_LABELS = { adopted: "Vedtatt", fallen: "Falt" } as const;

function proposalStatus(proposal: TreatmentProposal): string {
  if (proposal.withdrawn) return "Trukket";
  if (proposal.kind === "referral") return `Oversendes ${proposal.referredTo ?? ""} uten votering`;
  return proposal.outcome ? OUTCOME_LABELS[proposal.outcome] : "Ikke stemt over";
}

/** The proposals that can still be put to the vote: standing, not voted on, not referrals. */
function votable(treatment: Treatment): TreatmentProposal[] {
  return treatment.proposals.filter(
    (proposal) => !proposal.withdrawn && proposal.outcome === null && proposal.kind !== "referral",
  );
}

/** The recommendation, when the item has one and it is not yet a proposal row. */
async function pendingRecommendation(context: ConsoleItemContext, treatment: Treatment) {
  if (treatment.proposals.some((proposal) => proposal.number === 0)) return null;
  const row = await context.db
    .selectFrom("agenda_item")
    .select("route_step_id")
    .where("id", "=", context.item.entry.id)
    .executeTakeFirstOrThrow();
  if (row.route_step_id === null) return null;
  const recommendation = await recommendationForStep(context.db, row.route_step_id);
  return recommendation?.text?.trim() ? recommendation : null;
}

const inTreatment = (context: ConsoleItemContext): boolean =>
  context.item.startedAt !== null &&
  !context.item.withdrawn &&
  context.meeting.opened_at !== null &&
  context.meeting.closed_at === null;

function SmallButton({
  ctx,
  action,
  label,
  hidden,
}: {
  ctx: PageContext;
  action: string;
  label: string;
  /** Said to screen readers after the label, naming what the button acts on. */
  hidden?: string;
}) {
  return (
    <form method="post" action={action} class="fs-inline-form">
      <input type="hidden" name="_csrf" value={ctx.csrfToken ?? ""} />
      <RequestKeyField />
      <button type="submit" class="ds-button" data-variant="secondary" data-size="sm">
        {label}
        {hidden ? <span class="ds-sr-only"> {hidden}</span> : null}
      </button>
    </form>
  );
}

/** The proposals on the item: the recommendation first, then the members' in the order made. */
export async function ProposalsSection(context: ConsoleItemContext) {
  const { ctx, meeting, item, errors, values } = context;
  const treatment = await treatmentOf(context);
  const [recommendation, parties] = await Promise.all([
    pendingRecommendation(context, treatment),
    listPartyNames(context.db),
  ]);
  const base = treatmentPath(meeting.id, item.entry.id);
  const open = inTreatment(context);
  const standing = treatment.proposals.filter(
    (proposal) =>
      !proposal.withdrawn && proposal.kind !== "referral" && proposal.kind !== "postponement",
  );
  return (
    <section aria-labelledby="forslag" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="forslag">
        Forslag
      </h2>
      {recommendation ? (
        <div class="fs-stack">
          <h3 class="ds-heading" data-size="xs">
            Innstillingen ({recommendation.by})
          </h3>
          <p class="ds-paragraph fs-pre">{recommendation.text}</p>
        </div>
      ) : null}
      {treatment.proposals.length === 0 && !recommendation ? (
        <p class="ds-paragraph">Ingen forslag er fremmet.</p>
      ) : null}
      {treatment.proposals.map((proposal) => (
        <article key={proposal.id} class="fs-stack" aria-labelledby={`forslag-${proposal.id}`}>
          <h3 class="ds-heading" data-size="xs" id={`forslag-${proposal.id}`}>
            {proposalTitle(proposal)}
            {proposal.amendsNumber !== null
              ? ` til ${proposal.amendsNumber === 0 ? "innstillingen" : `forslag ${proposal.amendsNumber}`}`
              : ""}
          </h3>
          <p class="ds-paragraph fs-meta">
            {madeBy(proposal)} · {proposalStatus(proposal)}
          </p>
          <p class="ds-paragraph fs-pre">{proposal.text}</p>
          {open && proposal.number > 0 && !proposal.withdrawn && proposal.outcome === null ? (
            <SmallButton
              ctx={ctx}
              action={`${base}/forslag/${proposal.id}/trekk`}
              label="Trekk forslaget"
              hidden={`nummer ${proposal.number}`}
            />
          ) : null}
        </article>
      ))}
      {open ? (
        <PostForm action={`${base}/forslag`} csrfToken={ctx.csrfToken}>
          <RequestKeyField />
          <h3 class="ds-heading" data-size="xs">
            Før nytt forslag
          </h3>
          <SelectField
            name="forslagType"
            label="Type forslag"
            value={values.forslagType ?? "alternative"}
            options={(
              ["alternative", "amendment", "addition", "referral", "postponement"] as const
            ).map((kind) => ({ value: kind, label: PROPOSAL_KIND_LABELS[kind] }))}
            error={errors.kind}
          />
          <SelectField
            name="forslagStiller"
            label="Fremmet av"
            value={values.forslagStiller ?? ""}
            emptyLabel="Velg medlem"
            options={item.voters.map((voter) => ({
              value: String(voter.personId),
              label: voter.partyCode ? `${voter.name} (${voter.partyCode})` : voter.name,
            }))}
            error={errors.madeBy}
          />
          <fieldset class="ds-fieldset">
            <legend class="ds-label">På vegne av partier (tom for eget navn)</legend>
            {parties.map((party) => (
              <div class="ds-field" key={party.id}>
                <input
                  class="ds-input"
                  type="checkbox"
                  id={`forslagParti-${party.id}`}
                  name="forslagParti"
                  value={String(party.id)}
                />
                <label class="ds-label" for={`forslagParti-${party.id}`}>
                  {party.name}
                </label>
              </div>
            ))}
            {errors.parties ? (
              <div class="ds-validation-message" data-color="danger">
                {errors.parties}
              </div>
            ) : null}
          </fieldset>
          <SelectField
            name="forslagEndrer"
            label="Endrer eller gir tillegg til (for endrings- og tilleggsforslag)"
            value={values.forslagEndrer ?? ""}
            emptyLabel="Ingen"
            options={[
              ...(recommendation ? [{ value: "innstilling", label: "Innstillingen" }] : []),
              ...standing.map((proposal) => ({
                value: String(proposal.id),
                label: proposalTitle(proposal),
              })),
            ]}
            error={errors.amends}
          />
          <TextField
            name="forslagOversendes"
            label="Oversendes til (for oversendelsesforslag)"
            value={values.forslagOversendes ?? ""}
            error={errors.referredTo}
          />
          <TextArea
            name="forslagTekst"
            label="Forslaget, slik det ble fremmet"
            value={values.forslagTekst ?? ""}
            error={errors.text}
            rows={4}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Før forslaget
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** The votes taken on the item, with the count per party, and the form for the next one. */
export async function VotesSection(context: ConsoleItemContext) {
  const { ctx, meeting, item, errors, values } = context;
  const treatment = await treatmentOf(context);
  const recommendation = await pendingRecommendation(context, treatment);
  const base = treatmentPath(meeting.id, item.entry.id);
  const choices = [
    ...(recommendation ? [{ value: "innstilling", label: "Innstillingen" }] : []),
    ...votable(treatment).map((proposal) => ({
      value: String(proposal.id),
      label: proposalTitle(proposal),
    })),
  ];
  const groups = new Map<string, { name: string; present: number }>();
  for (const voter of item.voters) {
    const key = voter.partyCode ?? "";
    const group = groups.get(key) ?? { name: voter.partyName ?? "Uten parti", present: 0 };
    group.present += 1;
    groups.set(key, group);
  }
  const byName = context.roster.rules.votesByName;
  return (
    <section aria-labelledby="voteringer" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="voteringer">
        Votering
      </h2>
      {treatment.votes.length === 0 ? (
        <p class="ds-paragraph">Det er ikke votert i saken.</p>
      ) : null}
      {treatment.votes.map((vote) => (
        <article key={vote.id} class="fs-stack" aria-labelledby={`votering-${vote.id}`}>
          <h3 class="ds-heading" data-size="xs" id={`votering-${vote.id}`}>
            Votering {vote.number}, kl. {formatTime(vote.recordedAt)}
          </h3>
          <p class="ds-paragraph">{vote.summary}</p>
          <p class="ds-paragraph fs-meta">{vote.basis}</p>
          <DataTable
            caption={`Stemmer per parti i votering ${vote.number}`}
            hideCaption
            columns={[
              "Parti",
              vote.kind === "alternative" ? "For første forslag" : "For",
              vote.kind === "alternative" ? "For andre forslag" : "Mot",
            ]}
          >
            {vote.parties.map((party) => (
              <tr key={party.partyName}>
                <td>{party.partyName}</td>
                <td>{party.votesFor}</td>
                <td>{party.votesAgainst}</td>
              </tr>
            ))}
          </DataTable>
        </article>
      ))}
      {inTreatment(context) && choices.length > 0 ? (
        <PostForm action={`${base}/voteringer`} csrfToken={ctx.csrfToken}>
          <RequestKeyField />
          <h3 class="ds-heading" data-size="xs">
            Før votering
          </h3>
          <SelectField
            name="voteringForslag"
            label="Forslag det stemmes over"
            value={values.voteringForslag ?? choices[0]?.value ?? ""}
            options={choices}
            error={errors.proposal}
          />
          <SelectField
            name="voteringMot"
            label="Alternativ votering mot"
            value={values.voteringMot ?? ""}
            emptyLabel="Ingen: for eller mot forslaget"
            options={choices}
            error={errors.against}
          />
          {byName ? (
            <fieldset class="ds-fieldset">
              <legend class="ds-label">Hvordan hver enkelt stemte</legend>
              {item.voters.map((voter) => (
                <div class="ds-field" key={voter.personId}>
                  <label class="ds-label" for={`stemme-${voter.personId}`}>
                    {voter.name}
                    {voter.partyCode ? ` (${voter.partyCode})` : ""}
                  </label>
                  <select
                    class="ds-input"
                    id={`stemme-${voter.personId}`}
                    name={`stemme-${voter.personId}`}
                  >
                    <option value="for">For (første forslag)</option>
                    <option value="mot">Mot (andre forslag)</option>
                  </select>
                </div>
              ))}
            </fieldset>
          ) : (
            <DataTable
              caption="Stemmer per parti"
              columns={["Parti", "Til stede", "For (første forslag)", "Mot (andre forslag)"]}
            >
              {[...groups].map(([key, group]) => (
                <tr key={key}>
                  <td>{group.name}</td>
                  <td>{group.present}</td>
                  <td>
                    <input
                      class="ds-input"
                      type="number"
                      min="0"
                      inputMode="numeric"
                      name={`for-${key || "uten"}`}
                      aria-label={`${group.name}: for`}
                      value={values[`for-${key || "uten"}`] ?? "0"}
                    />
                  </td>
                  <td>
                    <input
                      class="ds-input"
                      type="number"
                      min="0"
                      inputMode="numeric"
                      name={`mot-${key || "uten"}`}
                      aria-label={`${group.name}: mot`}
                      value={values[`mot-${key || "uten"}`] ?? "0"}
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {errors.counts ? (
            <div class="ds-validation-message" data-color="danger" id="stemmer-feil">
              {errors.counts}
            </div>
          ) : null}
          <SelectField
            name="voteringMoteleder"
            label="Møtelederen stemte (brukes ved stemmelikhet)"
            value={values.voteringMoteleder ?? ""}
            emptyLabel="Ikke oppgitt"
            options={[
              { value: "for", label: "For (første forslag)" },
              { value: "mot", label: "Mot (andre forslag)" },
            ]}
            error={errors.chair}
          />
          <div class="fs-actions">
            <button type="submit" class="ds-button" data-variant="primary">
              Før voteringen
            </button>
            <button
              type="submit"
              class="ds-button"
              data-variant="secondary"
              name="enstemmig"
              value="ja"
            >
              Enstemmig for første forslag
            </button>
          </div>
        </PostForm>
      ) : null}
    </section>
  );
}

/** Elections of persons on the item (flertallsvalg), each with its rounds and any lot drawn. */
export async function ElectionsSection(context: ConsoleItemContext) {
  const { ctx, meeting, item, errors, values } = context;
  const treatment = await treatmentOf(context);
  const base = treatmentPath(meeting.id, item.entry.id);
  const open = inTreatment(context);
  return (
    <section aria-labelledby="valg" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="valg">
        Valg
      </h2>
      {treatment.elections.map((election) => (
        <article key={election.id} class="fs-stack" aria-labelledby={`valg-${election.id}`}>
          <h3 class="ds-heading" data-size="xs" id={`valg-${election.id}`}>
            {election.title}
          </h3>
          <ul class="ds-list">
            {election.candidates.map((candidate) => (
              <li key={candidate.id}>
                {candidate.name}
                {candidate.proposedBy ? `, foreslått av ${candidate.proposedBy}` : ""}
              </li>
            ))}
          </ul>
          {election.rounds.map((round) => (
            <p class="ds-paragraph" key={round.round}>
              {round.round === 1 ? "Første avstemning" : `Avstemning ${round.round}`}:{" "}
              {round.summary} <span class="fs-meta">{round.basis}</span>
            </p>
          ))}
          {open && !election.decided ? (
            <PostForm action={`${base}/valg/${election.id}/avstemninger`} csrfToken={ctx.csrfToken}>
              <RequestKeyField />
              {election.candidates.map((candidate) => (
                <TextField
                  key={candidate.id}
                  name={`kandidat-${candidate.id}`}
                  label={`Stemmer for ${candidate.name}`}
                  type="number"
                  value={values[`kandidat-${candidate.id}`] ?? "0"}
                />
              ))}
              <TextField
                name={`blanke-${election.id}`}
                label="Blanke stemmer"
                type="number"
                value={values[`blanke-${election.id}`] ?? "0"}
              />
              <SelectField
                name={`loddtrekning-${election.id}`}
                label="Trukket ut ved loddtrekning (bare ved stemmelikhet i ny avstemning)"
                value={values[`loddtrekning-${election.id}`] ?? ""}
                emptyLabel="Ingen loddtrekning"
                options={election.candidates.map((candidate) => ({
                  value: String(candidate.id),
                  label: candidate.name,
                }))}
              />
              {errors[`valg-${election.id}`] ? (
                <div class="ds-validation-message" data-color="danger">
                  {errors[`valg-${election.id}`]}
                </div>
              ) : null}
              <button type="submit" class="ds-button" data-variant="primary">
                Før avstemningen
              </button>
            </PostForm>
          ) : null}
        </article>
      ))}
      {open ? (
        <PostForm action={`${base}/valg`} csrfToken={ctx.csrfToken}>
          <RequestKeyField />
          <h3 class="ds-heading" data-size="xs">
            Nytt valg
          </h3>
          <TextField
            name="valgTittel"
            label="Valget gjelder"
            value={values.valgTittel ?? ""}
            error={errors.title}
          />
          <TextArea
            name="valgKandidater"
            label="Kandidater, én per linje: navn; foreslått av"
            value={values.valgKandidater ?? ""}
            error={errors.candidates}
            rows={3}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Opprett valget
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** The list of speakers: who has the floor, who is next, and the limits the body's rules set. */
export async function SpeakersSection(context: ConsoleItemContext) {
  const { ctx, meeting, item, errors, values } = context;
  const treatment = await treatmentOf(context);
  const rules = context.roster.rules;
  const base = treatmentPath(meeting.id, item.entry.id);
  const open = inTreatment(context);
  const speeches = treatment.speakers.filter(
    (entry) => entry.kind === "speech" && !entry.cancelled,
  );
  const limit = (minutes: number | null): string =>
    minutes === null ? "ingen grense" : `${minutes} min`;
  return (
    <section aria-labelledby="talere" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="talere">
        Talerliste
      </h2>
      <p class="ds-paragraph fs-meta">
        Taletid etter reglementet: innlegg {limit(rules.speechMinutes)}, replikk{" "}
        {limit(rules.replyMinutes)}, svar på replikk {limit(rules.answerMinutes)}.
      </p>
      <dl class="fs-facts">
        <dt>Har ordet</dt>
        <dd>
          {treatment.floor
            ? `${treatment.floor.name} (${SPEECH_KIND_LABELS[treatment.floor.kind].toLowerCase()}, fra kl. ${formatTime(treatment.floor.startedAt ?? new Date())})`
            : "Ingen"}
        </dd>
        <dt>Neste</dt>
        <dd>
          {treatment.next
            ? `${treatment.next.name} (${SPEECH_KIND_LABELS[treatment.next.kind].toLowerCase()})`
            : "Ingen"}
        </dd>
      </dl>
      {treatment.speakers.length > 0 ? (
        <DataTable caption="Talerlisten" hideCaption columns={["Taler", "Type", "Tid", ""]}>
          {treatment.speakers.map((entry) => (
            <tr key={entry.id}>
              <td>
                {entry.name}
                {entry.partyCode ? ` (${entry.partyCode})` : ""}
              </td>
              <td>{SPEECH_KIND_LABELS[entry.kind]}</td>
              <td>
                {entry.cancelled
                  ? "Strøket"
                  : entry.startedAt
                    ? `${formatTime(entry.startedAt)}–${entry.endedAt ? formatTime(entry.endedAt) : ""}`
                    : "Venter"}
              </td>
              <td>
                {open && !entry.cancelled && entry.startedAt === null ? (
                  <>
                    <SmallButton
                      ctx={ctx}
                      action={`${base}/talere/${entry.id}/ordet`}
                      label="Gi ordet"
                      hidden={entry.name}
                    />
                    <SmallButton
                      ctx={ctx}
                      action={`${base}/talere/${entry.id}/stryk`}
                      label="Stryk"
                      hidden={entry.name}
                    />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p class="ds-paragraph">Ingen har tegnet seg.</p>
      )}
      {treatment.speakers.length > 0 && open ? (
        <div class="fs-actions">
          {treatment.floor ? (
            <SmallButton ctx={ctx} action={`${base}/talere/avslutt`} label="Avslutt innlegget" />
          ) : null}
          <SmallButton ctx={ctx} action={`${base}/talere/strek`} label="Sett strek" />
        </div>
      ) : null}
      {open ? (
        <PostForm action={`${base}/talere`} csrfToken={ctx.csrfToken}>
          <RequestKeyField />
          <h3 class="ds-heading" data-size="xs">
            Tegn taler
          </h3>
          <SelectField
            name="talerPerson"
            label="Taler"
            value={values.talerPerson ?? ""}
            emptyLabel="Velg"
            options={item.voters.map((voter) => ({
              value: String(voter.personId),
              label: voter.partyCode ? `${voter.name} (${voter.partyCode})` : voter.name,
            }))}
            error={errors.person}
          />
          <SelectField
            name="talerType"
            label="Type"
            value={values.talerType ?? "speech"}
            options={(["speech", "reply", "answer"] as const).map((kind) => ({
              value: kind,
              label: SPEECH_KIND_LABELS[kind],
            }))}
          />
          <SelectField
            name="talerTil"
            label="Innlegget replikken gjelder"
            value={values.talerTil ?? ""}
            emptyLabel="Ikke en replikk"
            options={speeches.map((entry) => ({ value: String(entry.id), label: entry.name }))}
            error={errors.replyTo}
          />
          <button type="submit" class="ds-button" data-variant="primary">
            Tegn taleren
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

export const TREATMENT_FIELD_LABELS: Record<string, string> = {
  kind: "Type forslag",
  madeBy: "Fremmet av",
  parties: "På vegne av partier",
  amends: "Endrer",
  referredTo: "Oversendes til",
  text: "Forslaget",
  proposal: "Forslag det stemmes over",
  against: "Alternativ votering mot",
  counts: "Stemmer",
  chair: "Møtelederen stemte",
  title: "Valget gjelder",
  candidates: "Kandidater",
  replyTo: "Innlegget replikken gjelder",
};
