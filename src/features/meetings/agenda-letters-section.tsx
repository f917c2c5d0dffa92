import type { FieldErrors } from "../../commit/outcome.ts";
import type { LetterDirection } from "../../db/schema.ts";
import { LETTER_DIRECTION_LABELS } from "../../domain/labels.ts";
import { formatDay } from "../../domain/time.ts";
import { DataTable, PostForm } from "../../web/admin-components.tsx";
import { Checkbox, CsrfField, SelectField, TextField } from "../../web/forms.tsx";
import type { PageContext } from "../../web/layout.tsx";
import { ExemptMarking } from "../cases/exempt-marking.tsx";
import type { LetterView } from "./letter-queries.ts";

export const LETTER_FIELD_LABELS: Record<string, string> = {
  direction: "Retning",
  correspondent: "Avsender eller mottaker",
  letterDate: "Dato",
  letterTitle: "Tittel",
  journalReference: "Journalpost",
  letterExempt: "Unntatt offentlighet",
  letterExemptionBasis: "Hjemmel",
};

const DIRECTIONS: readonly LetterDirection[] = ["incoming", "outgoing", "internal"];

/**
 * The letters a referatsak reports, with a form to add one and a button to take each off. Shown
 * on the item's page while the agenda is open.
 */
export function LettersSection({
  ctx,
  base,
  letters,
  editable,
  values,
  errors,
}: {
  ctx: PageContext;
  /** The item's page. */
  base: string;
  letters: readonly LetterView[];
  editable: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const value = (name: string) => values[name] ?? "";
  return (
    <section aria-labelledby="brev" class="fs-stack">
      <h2 class="ds-heading" data-size="md" id="brev">
        Brev
      </h2>
      {letters.length === 0 ? (
        <p class="ds-paragraph">Ingen brev er ført under referatsakene ennå.</p>
      ) : (
        <DataTable
          caption="Brev under referatsakene"
          hideCaption
          columns={[
            "Nr.",
            "Brev",
            "Retning",
            "Dato",
            "Journalpost",
            ...(editable ? ["Fjern"] : []),
          ]}
        >
          {letters.map((letter) => (
            <tr key={letter.id}>
              <td>{letter.position}</td>
              <th scope="row">
                {letter.title}
                <div class="fs-meta">{letter.correspondent}</div>
                <ExemptMarking entry={letter} />
              </th>
              <td>{LETTER_DIRECTION_LABELS[letter.direction]}</td>
              <td>{formatDay(letter.letterDate)}</td>
              <td>{letter.journalReference || "–"}</td>
              {editable ? (
                <td>
                  <form
                    method="post"
                    action={`${base}/brev/${letter.id}/fjern`}
                    class="fs-inline-form"
                  >
                    <CsrfField token={ctx.csrfToken} />
                    <button
                      type="submit"
                      class="ds-button"
                      data-variant="secondary"
                      data-size="sm"
                      aria-label={`Fjern brevet: ${letter.title}`}
                    >
                      Fjern
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {editable ? (
        <section aria-labelledby="nytt-brev" class="fs-stack">
          <h3 class="ds-heading" data-size="xs" id="nytt-brev">
            Før opp et brev
          </h3>
          <PostForm action={`${base}/brev`} csrfToken={ctx.csrfToken}>
            <SelectField
              name="direction"
              label={LETTER_FIELD_LABELS.direction ?? ""}
              value={value("direction") || "incoming"}
              options={DIRECTIONS.map((direction) => ({
                value: direction,
                label: LETTER_DIRECTION_LABELS[direction],
              }))}
              description="Et hastevedtak føres som internt notat eller vedtak."
              error={errors.direction}
              required
            />
            <TextField
              name="correspondent"
              label={LETTER_FIELD_LABELS.correspondent ?? ""}
              description="Avsender for inngående brev, mottaker for utgående."
              value={value("correspondent")}
              error={errors.correspondent}
              required
            />
            <TextField
              name="letterDate"
              label={LETTER_FIELD_LABELS.letterDate ?? ""}
              type="date"
              value={value("letterDate")}
              error={errors.letterDate}
              required
            />
            <TextField
              name="letterTitle"
              label={LETTER_FIELD_LABELS.letterTitle ?? ""}
              value={value("letterTitle")}
              error={errors.letterTitle}
              required
            />
            <TextField
              name="journalReference"
              label={LETTER_FIELD_LABELS.journalReference ?? ""}
              description="Arkivets journalpostnummer, for eksempel 2026/1234-5."
              value={value("journalReference")}
              error={errors.journalReference}
            />
            <Checkbox
              name="letterExempt"
              label="Brevet er unntatt offentlighet"
              description="Publikum ser da bare dato, journalpost og hjemmel, ikke avsender eller tittel."
              checked={value("letterExempt") === "on"}
              error={errors.letterExempt}
            />
            <TextField
              name="letterExemptionBasis"
              label={LETTER_FIELD_LABELS.letterExemptionBasis ?? ""}
              description="Påkrevd når brevet er unntatt, for eksempel «Offl. § 13, jf. fvl. § 13 (1) nr. 1»."
              value={value("letterExemptionBasis")}
              error={errors.letterExemptionBasis}
            />
            <button type="submit" class="ds-button" data-variant="primary">
              Før opp brevet
            </button>
          </PostForm>
        </section>
      ) : null}
    </section>
  );
}
