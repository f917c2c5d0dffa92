import { DataTable, ParagraphLink, SearchForm } from "../../web/admin-components.tsx";
import { type Choice, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { RecordFormPage } from "../../web/record-pages.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import type {
  PersonDetailView,
  PersonFormValues,
  PersonListView,
  PersonRef,
} from "./person-presenter.ts";
import { PERSON_LABELS } from "./person-schema.ts";
import { PERSONS_PATH } from "./registry-paths.ts";

export function PersonListPage({ ctx, list }: { ctx: PageContext; list: PersonListView }) {
  return (
    <AdminLayout ctx={ctx} title={list.title}>
      <h1 class="ds-heading" data-size="lg">
        Personer
      </h1>
      <ParagraphLink href={`${PERSONS_PATH}/ny`}>Ny person</ParagraphLink>
      <SearchForm action={PERSONS_PATH} name="q" label="Søk etter navn" value={list.query} />
      <p class="ds-paragraph" role="status">
        {list.summary}
      </p>
      {list.persons.length > 0 ? (
        <DataTable
          caption="Personer etter etternavn"
          columns={["Navn", "Parti", "E-post", "Telefon"]}
        >
          {list.persons.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <a class="ds-link" href={person.href}>
                  {person.name}
                </a>
              </th>
              <td>{person.partyShortName ?? "–"}</td>
              <td>{person.email ?? "–"}</td>
              <td>{person.phone ?? "–"}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {list.previousHref !== null || list.nextHref !== null ? (
        <nav aria-label="Sider i personlisten" class="fs-actions">
          {list.previousHref !== null ? (
            <a class="ds-link" href={list.previousHref}>
              Forrige side
            </a>
          ) : null}
          {list.nextHref !== null ? (
            <a class="ds-link" href={list.nextHref}>
              Neste side
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}

export function PersonDetailPage({ ctx, person }: { ctx: PageContext; person: PersonDetailView }) {
  return (
    <AdminLayout ctx={ctx} title={person.name} trail={[{ href: PERSONS_PATH, label: "Personer" }]}>
      <h1 class="ds-heading" data-size="lg">
        {person.name}
      </h1>
      <dl>
        <dt>Parti</dt>
        <dd>{person.partyName ?? "Ikke oppgitt"}</dd>
        <dt>E-post</dt>
        <dd>{person.email ?? "Ikke oppgitt"}</dd>
        <dt>Telefon</dt>
        <dd>{person.phone ?? "Ikke oppgitt"}</dd>
      </dl>
      <ParagraphLink href={person.editHref}>Rediger opplysningene om {person.name}</ParagraphLink>
      <h2 class="ds-heading" data-size="md">
        Verv i utvalg
      </h2>
      {person.seats.length === 0 ? (
        <p class="ds-paragraph">{person.name} har ingen verv i utvalg.</p>
      ) : (
        <DataTable
          caption="Verv i utvalg, nyeste først"
          columns={["Utvalg", "Valgperiode", "Rolle", "Liste", "Stemmerett", "Fra", "Til"]}
        >
          {person.seats.map((seat) => (
            <tr key={seat.id}>
              <th scope="row">
                <a class="ds-link" href={seat.bodyHref}>
                  {seat.bodyName}
                </a>
              </th>
              <td>{seat.termName}</td>
              <td>{seat.roleLabel}</td>
              <td>{seat.listShortName ?? "–"}</td>
              <td>{seat.voteLabel}</td>
              <td>{seat.fromLabel}</td>
              <td>{seat.toLabel ?? "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}

export function PersonFormPage({
  ctx,
  person,
  values,
  errors,
  parties,
}: {
  ctx: PageContext;
  /** The stored person when editing; null for a new one. */
  person: PersonRef | null;
  values: Partial<PersonFormValues>;
  errors: Record<string, string>;
  parties: readonly Choice[];
}) {
  const title = person === null ? "Ny person" : `Rediger ${person.name}`;
  const action = person === null ? `${PERSONS_PATH}/ny` : person.editHref;
  const trail = [{ href: PERSONS_PATH, label: "Personer" }];
  if (person) trail.push({ href: person.href, label: person.name });
  return (
    <RecordFormPage
      ctx={ctx}
      title={title}
      trail={trail}
      errors={errors}
      labels={PERSON_LABELS}
      action={action}
      cancel={person ? person.href : PERSONS_PATH}
    >
      <TextField
        name="givenName"
        label={PERSON_LABELS.givenName}
        value={values.givenName ?? ""}
        error={errors.givenName}
        autocomplete="off"
        required
      />
      <TextField
        name="familyName"
        label={PERSON_LABELS.familyName}
        value={values.familyName ?? ""}
        error={errors.familyName}
        autocomplete="off"
        required
      />
      <TextField
        name="email"
        label={PERSON_LABELS.email}
        type="email"
        description="Valgfritt. Brukes til innkallinger."
        value={values.email ?? ""}
        error={errors.email}
        autocomplete="off"
      />
      <TextField
        name="phone"
        label={PERSON_LABELS.phone}
        type="tel"
        description="Valgfritt."
        value={values.phone ?? ""}
        error={errors.phone}
        autocomplete="off"
      />
      <SelectField
        name="partyId"
        label={PERSON_LABELS.partyId}
        value={values.partyId ?? ""}
        options={parties}
        emptyLabel="Uten parti"
        error={errors.partyId}
      />
    </RecordFormPage>
  );
}
