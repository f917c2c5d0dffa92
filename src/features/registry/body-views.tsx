import { STATUTORY_QUORUM_PERCENT } from "../../domain/rules.ts";
import { DataTable, EditLink } from "../../web/admin-components.tsx";
import { Checkbox, SelectField, TextArea, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { RecordFormPage, RecordListPage } from "../../web/record-pages.tsx";
import { BODY_KIND_LABELS } from "./body-kinds.ts";
import { type BodyFormValues, type BodyRowView, bodyEditHref } from "./body-presenter.ts";
import { BODY_LABELS } from "./body-schema.ts";
import { BODIES_PATH, bodyPath } from "./registry-paths.ts";

export function BodyListPage({ ctx, bodies }: { ctx: PageContext; bodies: BodyRowView[] }) {
  return (
    <RecordListPage ctx={ctx} title="Utvalg" addHref={`${BODIES_PATH}/ny`} addLabel="Nytt utvalg">
      {bodies.length === 0 ? (
        <p class="ds-paragraph">Det er ingen utvalg ennå.</p>
      ) : (
        <DataTable
          caption="Kommunens utvalg"
          columns={["Navn", "Type", "Plasser", "Status", "Endre"]}
        >
          {bodies.map((body) => (
            <tr key={body.id}>
              <th scope="row">
                <a class="ds-link" href={body.href}>
                  {body.name}
                </a>
              </th>
              <td>{body.kindLabel}</td>
              <td>{body.seatCount}</td>
              <td>{body.statusLabel}</td>
              <td>
                <EditLink href={body.editHref} name={body.name} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </RecordListPage>
  );
}

export function BodyFormPage({
  ctx,
  body,
  values,
  errors,
}: {
  ctx: PageContext;
  /** The stored body when editing; null for a new one. */
  body: { id: number; name: string } | null;
  values: BodyFormValues;
  errors: Record<string, string>;
}) {
  const title = body === null ? "Nytt utvalg" : `Rediger ${body.name}`;
  const action = body === null ? `${BODIES_PATH}/ny` : bodyEditHref(body.id);
  const trail = [{ href: BODIES_PATH, label: "Utvalg" }];
  if (body) trail.push({ href: bodyPath(body.id), label: body.name });
  return (
    <RecordFormPage
      ctx={ctx}
      title={title}
      trail={trail}
      errors={errors}
      labels={BODY_LABELS}
      action={action}
      cancel={body ? bodyPath(body.id) : BODIES_PATH}
    >
      <TextField
        name="name"
        label={BODY_LABELS.name}
        value={values.name}
        error={errors.name}
        required
      />
      <TextField
        name="shortName"
        label={BODY_LABELS.shortName}
        description="Brukes der plassen er liten, for eksempel «FSK»."
        value={values.shortName}
        error={errors.shortName}
        required
      />
      <TextField
        name="slug"
        label={BODY_LABELS.slug}
        description="Små bokstaver a–z, sifre og bindestrek, for eksempel «helse-og-omsorg»."
        value={values.slug}
        error={errors.slug}
        required
      />
      <SelectField
        name="kind"
        label={BODY_LABELS.kind}
        value={values.kind}
        options={Object.entries(BODY_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        emptyLabel="Velg type"
        error={errors.kind}
        required
      />
      <TextField
        name="seatCount"
        label={BODY_LABELS.seatCount}
        type="number"
        value={values.seatCount}
        error={errors.seatCount}
        required
      />
      <TextField
        name="noticeDays"
        label={BODY_LABELS.noticeDays}
        type="number"
        description="Hvor mange dager før møtet innkallingen skal sendes, etter reglementet."
        value={values.noticeDays}
        error={errors.noticeDays}
        required
      />
      <fieldset class="ds-fieldset fs-stack">
        <legend class="ds-label">Reglement</legend>
        <p class="ds-paragraph">
          Tallene utvalgets reglement setter. Et tomt felt betyr lovens regel.
        </p>
        <TextField
          name="quorumPercent"
          label={BODY_LABELS.quorumPercent}
          type="number"
          description={`Kommuneloven § 11-9 første ledd: minst halvparten (${STATUTORY_QUORUM_PERCENT} %). Reglementet kan kreve mer, opptil 100 %.`}
          value={values.quorumPercent}
          error={errors.quorumPercent}
        />
        <TextField
          name="speechMinutes"
          label={BODY_LABELS.speechMinutes}
          type="number"
          description="Loven setter ingen grense. Tomt: ingen grense."
          value={values.speechMinutes}
          error={errors.speechMinutes}
        />
        <TextField
          name="replyMinutes"
          label={BODY_LABELS.replyMinutes}
          type="number"
          description="Tomt: ingen grense."
          value={values.replyMinutes}
          error={errors.replyMinutes}
        />
        <TextField
          name="answerMinutes"
          label={BODY_LABELS.answerMinutes}
          type="number"
          description="Tomt: ingen grense."
          value={values.answerMinutes}
          error={errors.answerMinutes}
        />
        <TextField
          name="repliesPerSpeech"
          label={BODY_LABELS.repliesPerSpeech}
          type="number"
          description="Hvor mange replikker ett innlegg kan få. Tomt: ingen grense."
          value={values.repliesPerSpeech}
          error={errors.repliesPerSpeech}
        />
        <Checkbox
          name="votesByName"
          label="Før hvordan hvert medlem stemte, ikke bare stemmene per parti"
          description="Kommuneloven § 11-4 krever bare hvilke partier som stemte for hvert forslag."
          checked={values.votesByName}
          error={errors.votesByName}
        />
        <TextField
          name="videoStreamUrl"
          label={BODY_LABELS.videoStreamUrl}
          description="Vises på den direkte møtesiden. Tomt: ingen videooverføring."
          value={values.videoStreamUrl}
          error={errors.videoStreamUrl}
        />
      </fieldset>
      <TextArea
        name="description"
        label={BODY_LABELS.description}
        value={values.description}
        error={errors.description}
      />
      <Checkbox
        name="isActive"
        label="Utvalget er aktivt"
        checked={values.isActive}
        error={errors.isActive}
      />
    </RecordFormPage>
  );
}
