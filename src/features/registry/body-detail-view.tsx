import { DataTable, ParagraphLink, PostForm } from "../../web/admin-components.tsx";
import { Checkbox, ErrorSummary, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { seriesPath } from "../meetings/series-start-page.tsx";
import type { AddMembershipChoices, BodyDetailView } from "./body-presenter.ts";
import type { AddMembershipFormValues, MemberGroupView } from "./membership-presenter.ts";
import { MEMBERSHIP_LABELS } from "./membership-schema.ts";
import { BODIES_PATH, TERMS_PATH } from "./registry-paths.ts";

function MemberTable({ body, group }: { body: BodyDetailView; group: MemberGroupView }) {
  const headingId = `liste-${group.key}`;
  return (
    <section aria-labelledby={headingId} class="fs-stack">
      <h3 class="ds-heading" data-size="sm" id={headingId}>
        {group.listName}
      </h3>
      <DataTable
        caption={`${body.name}: medlemmer og varamedlemmer fra ${group.listName}`}
        hideCaption
        columns={["Navn", "Rolle", "Stemmerett", "Fra og med", "Til og med", "Avslutte"]}
      >
        {group.members.map((member) => (
          <tr key={member.id}>
            <th scope="row">
              <a class="ds-link" href={member.personHref}>
                {member.name}
              </a>
            </th>
            <td>{member.roleLabel}</td>
            <td>{member.voteLabel}</td>
            <td>{member.fromLabel}</td>
            <td>{member.toLabel ?? "–"}</td>
            <td>
              {member.endHref !== null ? (
                <a class="ds-link" href={member.endHref}>
                  Avslutt<span class="ds-sr-only"> vervet til {member.name}</span>
                </a>
              ) : (
                "Avsluttet"
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function AddMembershipForm({
  ctx,
  body,
  term,
  values,
  errors,
  choices,
}: {
  ctx: PageContext;
  body: BodyDetailView;
  term: NonNullable<BodyDetailView["term"]>;
  values: AddMembershipFormValues;
  errors: Record<string, string>;
  choices: AddMembershipChoices;
}) {
  return (
    <section aria-labelledby="legg-til" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="legg-til">
        Legg til medlem eller varamedlem
      </h2>
      <PostForm action={`${body.href}/medlemskap`} csrfToken={ctx.csrfToken}>
        <input type="hidden" name="termId" value={String(term.id)} />
        <p class="ds-paragraph">
          Vervet gjelder valgperioden {term.name}, {term.periodLabel}.
        </p>
        <SelectField
          name="personId"
          label={MEMBERSHIP_LABELS.personId}
          value={values.personId}
          options={choices.persons}
          emptyLabel="Velg person"
          error={errors.personId}
          required
        />
        <SelectField
          name="role"
          label={MEMBERSHIP_LABELS.role}
          value={values.role}
          options={choices.roles}
          error={errors.role}
          required
        />
        <SelectField
          name="listId"
          label={MEMBERSHIP_LABELS.listId}
          description="Partiet eller den felles listen plassen tilhører. Varamedlemmer rangeres innenfor listen."
          value={values.listId}
          options={choices.lists}
          emptyLabel="Uten liste"
          error={errors.listId}
        />
        <TextField
          name="substituteRank"
          label={MEMBERSHIP_LABELS.substituteRank}
          type="number"
          description="Bare for varamedlemmer: 1 kalles inn først."
          value={values.substituteRank}
          error={errors.substituteRank}
        />
        <Checkbox
          name="hasVote"
          label="Har stemmerett"
          description="Observatører og rådgivere har talerett, men ikke stemmerett."
          checked={values.hasVote}
          error={errors.hasVote}
        />
        <TextField
          name="startsOn"
          label={MEMBERSHIP_LABELS.startsOn}
          type="date"
          value={values.startsOn}
          error={errors.startsOn}
          required
        />
        <TextField
          name="endsOn"
          label={MEMBERSHIP_LABELS.endsOn}
          type="date"
          description="La stå tom når vervet varer ut valgperioden."
          value={values.endsOn}
          error={errors.endsOn}
        />
        <button type="submit" class="ds-button" data-variant="primary">
          Legg til
        </button>
      </PostForm>
    </section>
  );
}

export function BodyDetailPage({
  ctx,
  body,
  form,
}: {
  ctx: PageContext;
  body: BodyDetailView;
  form: {
    values: AddMembershipFormValues;
    errors: Record<string, string>;
    choices: AddMembershipChoices;
  };
}) {
  const hasErrors = Object.keys(form.errors).length > 0;
  return (
    <AdminLayout
      ctx={ctx}
      title={hasErrors ? `Feil i skjemaet – ${body.name}` : body.name}
      trail={[{ href: BODIES_PATH, label: "Utvalg" }]}
    >
      <h1 class="ds-heading" data-size="lg">
        {body.name}
      </h1>
      <ErrorSummary errors={form.errors} labels={MEMBERSHIP_LABELS} />
      <dl>
        <dt>Type</dt>
        <dd>{body.kindLabel}</dd>
        <dt>Kortnavn</dt>
        <dd>{body.shortName}</dd>
        <dt>Plasser med stemmerett</dt>
        <dd>{body.seatCount}</dd>
        <dt>Frist for innkalling</dt>
        <dd>{body.noticeLabel}</dd>
        {body.rules.map((rule) => (
          <>
            <dt>{rule.label}</dt>
            <dd>{rule.value}</dd>
          </>
        ))}
        <dt>Status</dt>
        <dd>{body.statusLabel}</dd>
        {body.description ? (
          <>
            <dt>Beskrivelse</dt>
            <dd>{body.description}</dd>
          </>
        ) : null}
      </dl>
      <ParagraphLink href={body.editHref}>Rediger opplysningene om {body.name}</ParagraphLink>
      <ParagraphLink href={seriesPath(body.id)}>Nummerserier for saker og møter</ParagraphLink>
      {body.term === null ? (
        <p class="ds-paragraph">
          Det er ingen valgperioder ennå.{" "}
          <a class="ds-link" href={`${TERMS_PATH}/ny`}>
            Opprett en valgperiode
          </a>{" "}
          før du legger til medlemmer.
        </p>
      ) : (
        <>
          <section aria-labelledby="medlemmer" class="fs-stack">
            <h2 class="ds-heading" data-size="md" id="medlemmer">
              Medlemmer i valgperioden {body.term.name}
            </h2>
            <form method="get" action={body.href} class="fs-actions">
              <SelectField
                name="valgperiode"
                label="Vis valgperiode"
                value={String(body.term.id)}
                options={body.termChoices}
              />
              <button type="submit" class="ds-button" data-variant="secondary">
                Vis
              </button>
            </form>
            {body.votingSeatsToday !== null ? (
              <p class="ds-paragraph">
                {body.votingSeatsToday} av {body.seatCount} plasser med stemmerett er besatt i dag.
              </p>
            ) : null}
            {body.groups.length === 0 ? (
              <p class="ds-paragraph">Ingen medlemmer er registrert i denne valgperioden.</p>
            ) : (
              body.groups.map((group) => <MemberTable key={group.key} body={body} group={group} />)
            )}
          </section>
          <AddMembershipForm
            ctx={ctx}
            body={body}
            term={body.term}
            values={form.values}
            errors={form.errors}
            choices={form.choices}
          />
        </>
      )}
    </AdminLayout>
  );
}
