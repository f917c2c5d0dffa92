import { DataTable, EditLink } from "../../web/admin-components.tsx";
import { Checkbox, CheckboxGroup, type Choice, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { RecordFormPage, RecordListPage } from "../../web/record-pages.tsx";
import { type PartyFormValues, type PartyView, partyEditHref } from "./party-presenter.ts";
import { PARTY_LABELS } from "./party-schema.ts";
import { PARTIES_PATH } from "./registry-paths.ts";

export function PartyListPage({ ctx, parties }: { ctx: PageContext; parties: PartyView[] }) {
  return (
    <RecordListPage
      ctx={ctx}
      title="Partier og lister"
      addHref={`${PARTIES_PATH}/ny`}
      addLabel="Nytt parti eller ny liste"
    >
      {parties.length === 0 ? (
        <p class="ds-paragraph">Det er ingen partier ennå.</p>
      ) : (
        <DataTable
          caption="Partier og felles lister"
          columns={["Navn", "Forkortelse", "Type", "Endre"]}
        >
          {parties.map((party) => (
            <tr key={party.id}>
              <th scope="row">{party.name}</th>
              <td>{party.shortName}</td>
              <td>{party.typeLabel}</td>
              <td>
                <EditLink href={party.editHref} name={party.name} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </RecordListPage>
  );
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
  choices: readonly Choice[];
}) {
  const title = party === null ? "Nytt parti eller ny liste" : `Rediger ${party.name}`;
  const action = party === null ? `${PARTIES_PATH}/ny` : partyEditHref(party.id);
  return (
    <RecordFormPage
      ctx={ctx}
      title={title}
      trail={[{ href: PARTIES_PATH, label: "Partier og lister" }]}
      errors={errors}
      labels={PARTY_LABELS}
      action={action}
      cancel={PARTIES_PATH}
    >
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
        options={choices}
        checked={new Set(values.partyIds)}
        error={errors.partyIds}
      />
    </RecordFormPage>
  );
}
