import { Checkbox, CsrfField, ErrorSummary, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { AdminLayout } from "../admin/admin-layout.tsx";
import { PARTY_LABELS } from "./party-schema.ts";
import { CheckboxGroup, SavedNotice } from "./registry-ui.tsx";

export const PARTIES_PATH = "/admin/partier";

export interface PartyView {
  id: number;
  name: string;
  shortName: string;
  isJointList: boolean;
  /** For a joint list: the short names of its parties. */
  memberShortNames: string[];
}

export function PartyListPage({
  ctx,
  parties,
  saved,
}: {
  ctx: PageContext;
  parties: PartyView[];
  saved: boolean;
}) {
  return (
    <AdminLayout ctx={ctx} title="Partier og lister">
      <h1 class="ds-heading" data-size="lg">
        Partier og lister
      </h1>
      <SavedNotice shown={saved} />
      <p class="ds-paragraph">
        <a class="ds-link" href={`${PARTIES_PATH}/ny`}>
          Nytt parti eller ny liste
        </a>
      </p>
      {parties.length === 0 ? (
        <p class="ds-paragraph">Det er ingen partier ennå.</p>
      ) : (
        <div class="fs-table-wrap">
          <table class="ds-table">
            <caption>Partier og felles lister</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Forkortelse</th>
                <th scope="col">Type</th>
                <th scope="col">Endre</th>
              </tr>
            </thead>
            <tbody>
              {parties.map((party) => (
                <tr key={party.id}>
                  <th scope="row">{party.name}</th>
                  <td>{party.shortName}</td>
                  <td>
                    {party.isJointList
                      ? `Felles liste (${party.memberShortNames.join(", ")})`
                      : "Parti"}
                  </td>
                  <td>
                    <a class="ds-link" href={`${PARTIES_PATH}/${party.id}/rediger`}>
                      Rediger<span class="ds-sr-only"> {party.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

export interface PartyFormValues {
  name: string;
  shortName: string;
  isJointList: boolean;
  partyIds: string[];
}

export function PartyFormPage({
  ctx,
  party,
  values,
  errors,
  choices,
}: {
  ctx: PageContext;
  /** The stored party when editing; null for a new one. */
  party: { id: number; name: string } | null;
  values: PartyFormValues;
  errors: Record<string, string>;
  /** The plain parties a joint list may be made of. */
  choices: ReadonlyArray<{ id: number; name: string; shortName: string }>;
}) {
  const title = party === null ? "Nytt parti eller ny liste" : `Rediger ${party.name}`;
  const action = party === null ? `${PARTIES_PATH}/ny` : `${PARTIES_PATH}/${party.id}/rediger`;
  return (
    <AdminLayout
      ctx={ctx}
      title={title}
      trail={[{ href: PARTIES_PATH, label: "Partier og lister" }]}
    >
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary errors={errors} labels={PARTY_LABELS} />
      <form method="post" action={action} class="fs-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="name"
          label={PARTY_LABELS.name}
          value={values.name}
          error={errors.name}
          required
        />
        <TextField
          name="shortName"
          label={PARTY_LABELS.shortName}
          description="For eksempel «Ap» eller «Sp»."
          value={values.shortName}
          error={errors.shortName}
          required
        />
        <Checkbox
          name="isJointList"
          label="Dette er en felles liste av flere partier"
          checked={values.isJointList}
          error={errors.isJointList}
        />
        <CheckboxGroup
          name="partyIds"
          legend={PARTY_LABELS.partyIds}
          description="Gjelder bare felles lister. Listen teller som én gruppe i utvalgene."
          options={choices.map((choice) => ({
            value: String(choice.id),
            label: `${choice.name} (${choice.shortName})`,
          }))}
          checked={new Set(values.partyIds)}
          error={errors.partyIds}
        />
        <div class="fs-actions">
          <button type="submit" class="ds-button" data-variant="primary">
            Lagre
          </button>
          <a class="ds-link" href={PARTIES_PATH}>
            Avbryt
          </a>
        </div>
      </form>
    </AdminLayout>
  );
}
