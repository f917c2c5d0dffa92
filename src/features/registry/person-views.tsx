import { DataTable, ParagraphLink, SavedNotice, SearchForm } from "../../web/admin-components.tsx";
import { SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../../web/workspace-layout.tsx";
import { BODIES_PATH } from "./body-paths.ts";
import { PERSON_LABELS } from "./person-schema.ts";
import { formatDay, RecordFormPage } from "./registry-ui.tsx";

export const PERSONS_PATH = "/admin/personer";
export const PERSONS_PER_PAGE = 50;

export interface PersonRowView {
  id: number;
  name: string;
  partyShortName: string | null;
  email: string | null;
  phone: string | null;
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("side", String(page));
  const search = params.toString();
  return search ? `${PERSONS_PATH}?${search}` : PERSONS_PATH;
}

export function PersonListPage({
  ctx,
  persons,
  query,
  page,
  total,
}: {
  ctx: PageContext;
  persons: PersonRowView[];
  query: string;
  page: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / PERSONS_PER_PAGE));
  const found = query
    ? `${total} ${total === 1 ? "person" : "personer"} med «${query}» i navnet`
    : `${total} ${total === 1 ? "person" : "personer"}`;
  return (
    <AdminLayout ctx={ctx} title={query ? `Personer – søk etter ${query}` : "Personer"}>
      <h1 class="ds-heading" data-size="lg">
        Personer
      </h1>
      <ParagraphLink href={`${PERSONS_PATH}/ny`}>Ny person</ParagraphLink>
      <SearchForm action={PERSONS_PATH} name="q" label="Søk etter navn" value={query} />
      <p class="ds-paragraph" role="status">
        {found}
        {pages > 1 ? `, side ${page} av ${pages}` : ""}.
      </p>
      {persons.length > 0 ? (
        <DataTable
          caption="Personer etter etternavn"
          columns={["Navn", "Parti", "E-post", "Telefon"]}
        >
          {persons.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <a class="ds-link" href={`${PERSONS_PATH}/${person.id}`}>
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
      {pages > 1 ? (
        <nav aria-label="Sider i personlisten" class="fs-actions">
          {page > 1 ? (
            <a class="ds-link" href={pageHref(query, page - 1)}>
              Forrige side
            </a>
          ) : null}
          {page < pages ? (
            <a class="ds-link" href={pageHref(query, page + 1)}>
              Neste side
            </a>
          ) : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}

export interface PersonDetailView {
  id: number;
  name: string;
  partyName: string | null;
  email: string | null;
  phone: string | null;
  memberships: Array<{
    id: number;
    bodyId: number;
    bodyName: string;
    termId: number;
    termName: string;
    roleLabel: string;
    listShortName: string | null;
    substituteRank: number | null;
    hasVote: boolean;
    startsOn: string;
    endsOn: string | null;
  }>;
}

export function PersonDetailPage({
  ctx,
  person,
  saved,
}: {
  ctx: PageContext;
  person: PersonDetailView;
  saved: boolean;
}) {
  return (
    <AdminLayout ctx={ctx} title={person.name} trail={[{ href: PERSONS_PATH, label: "Personer" }]}>
      <h1 class="ds-heading" data-size="lg">
        {person.name}
      </h1>
      <SavedNotice shown={saved} />
      <dl>
        <dt>Parti</dt>
        <dd>{person.partyName ?? "Ikke oppgitt"}</dd>
        <dt>E-post</dt>
        <dd>{person.email ?? "Ikke oppgitt"}</dd>
        <dt>Telefon</dt>
        <dd>{person.phone ?? "Ikke oppgitt"}</dd>
      </dl>
      <ParagraphLink href={`${PERSONS_PATH}/${person.id}/rediger`}>
        Rediger opplysningene om {person.name}
      </ParagraphLink>
      <h2 class="ds-heading" data-size="md">
        Verv i utvalg
      </h2>
      {person.memberships.length === 0 ? (
        <p class="ds-paragraph">{person.name} har ingen verv i utvalg.</p>
      ) : (
        <DataTable
          caption="Verv i utvalg, nyeste først"
          columns={["Utvalg", "Valgperiode", "Rolle", "Liste", "Stemmerett", "Fra", "Til"]}
        >
          {person.memberships.map((membership) => (
            <tr key={membership.id}>
              <th scope="row">
                <a
                  class="ds-link"
                  href={`${BODIES_PATH}/${membership.bodyId}?valgperiode=${membership.termId}`}
                >
                  {membership.bodyName}
                </a>
              </th>
              <td>{membership.termName}</td>
              <td>
                {membership.roleLabel}
                {membership.substituteRank !== null ? ` nr. ${membership.substituteRank}` : ""}
              </td>
              <td>{membership.listShortName ?? "–"}</td>
              <td>{membership.hasVote ? "Ja" : "Nei"}</td>
              <td>{formatDay(membership.startsOn)}</td>
              <td>{membership.endsOn ? formatDay(membership.endsOn) : "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </AdminLayout>
  );
}

export interface PersonFormValues {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  partyId: string;
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
  person: { id: number; name: string } | null;
  values: Partial<PersonFormValues>;
  errors: Record<string, string>;
  parties: ReadonlyArray<{ id: number; name: string }>;
}) {
  const title = person === null ? "Ny person" : `Rediger ${person.name}`;
  const action = person === null ? `${PERSONS_PATH}/ny` : `${PERSONS_PATH}/${person.id}/rediger`;
  const trail = [{ href: PERSONS_PATH, label: "Personer" }];
  if (person) trail.push({ href: `${PERSONS_PATH}/${person.id}`, label: person.name });
  return (
    <RecordFormPage
      ctx={ctx}
      title={title}
      trail={trail}
      errors={errors}
      labels={PERSON_LABELS}
      action={action}
      cancel={person ? `${PERSONS_PATH}/${person.id}` : PERSONS_PATH}
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
        options={parties.map((party) => ({ value: String(party.id), label: party.name }))}
        emptyLabel="Uten parti"
        error={errors.partyId}
      />
    </RecordFormPage>
  );
}
