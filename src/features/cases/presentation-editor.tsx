import type { FieldErrors } from "../../commit/outcome.ts";
import { PRESENTATION_SECTION_LABELS } from "../../domain/labels.ts";
import { formatNumber } from "../../domain/numbers.ts";
import { TextArea } from "../../web/forms.tsx";
import { Markup, MarkupHelp } from "../../web/markup.tsx";
import type { PresentationTexts } from "./case-record.ts";

/** The presentation's sections as the form names them, in the order they are printed. */
export const SECTIONS = [
  { name: "summary", label: PRESENTATION_SECTION_LABELS.summary },
  { name: "facts", label: PRESENTATION_SECTION_LABELS.facts },
  { name: "assessment", label: PRESENTATION_SECTION_LABELS.assessment },
  { name: "recommendation", label: PRESENTATION_SECTION_LABELS.recommendation },
] as const;

export const PREVIEW_ACTION = "forhandsvis";

/** The form was sent with «Forhåndsvis»: show it again with the preview, and save nothing. */
export const isPreview = (body: unknown): boolean =>
  (body as Record<string, unknown> | undefined)?.handling === PREVIEW_ACTION;

export interface PresentationLength {
  /** Whole A4 pages, as estimatePages counts them. */
  pages: number;
  limit: number;
}

const pagesLabel = (count: number): string =>
  `${formatNumber(count)} ${count === 1 ? "side" : "sider"}`;

/** The estimated length, with a warning past the municipality's limit. */
export function LengthNotice({ length }: { length: PresentationLength }) {
  const estimate = pagesLabel(length.pages);
  if (length.pages > length.limit)
    return (
      <div class="ds-alert" data-color="warning" id="lengde">
        <p class="ds-paragraph">
          Saksframlegget blir anslagsvis {estimate}, mer enn kommunens grense på{" "}
          {pagesLabel(length.limit)}. Vurder å korte det ned eller flytte stoff til vedlegg.
        </p>
      </div>
    );
  return (
    <p class="ds-paragraph fs-meta" id="lengde">
      Anslått lengde: {estimate} (kommunens grense er {pagesLabel(length.limit)}).
    </p>
  );
}

/**
 * The presentation as it will read: the texts in the form after «Forhåndsvis», or a version
 * kept in the history.
 */
export function PresentationPreview({
  texts,
  heading,
}: {
  texts: PresentationTexts;
  /** A version's name; without it this is the preview of the form. */
  heading?: string;
}) {
  const id = heading ? `tekst-${heading.replace(/\W+/g, "-").toLowerCase()}` : "forhandsvisning";
  return (
    <section class="fs-preview" aria-labelledby={id}>
      <h2 class="ds-heading" data-size="md" id={id}>
        {heading ?? "Forhåndsvisning"}
      </h2>
      {heading ? null : (
        <p class="ds-paragraph fs-meta">
          Ikke lagret ennå. Teksten står fortsatt i skjemaet under.
        </p>
      )}
      <h3 class="ds-heading" data-size="sm">
        {texts.title}
      </h3>
      {SECTIONS.map((section) =>
        texts[section.name].trim() === "" ? null : (
          <div key={section.name}>
            <h4 class="ds-heading" data-size="xs">
              {section.label}
            </h4>
            <Markup text={texts[section.name]} headingLevel={5} />
          </div>
        ),
      )}
    </section>
  );
}

/** The four sections as text fields, with the writing guide and the estimated length. */
export function PresentationFields({
  values,
  errors,
  recommendationLocked,
  length,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A body has decided the case, so its recommendation stays as the bodies treated it. */
  recommendationLocked: boolean;
  length: PresentationLength;
}) {
  return (
    <fieldset class="ds-fieldset fs-form">
      <legend class="ds-label">Saksframlegget</legend>
      <MarkupHelp id="skrivehjelp" />
      {SECTIONS.map((section) => {
        const locked = section.name === "recommendation" && recommendationLocked;
        return (
          <TextArea
            key={section.name}
            name={section.name}
            label={section.label}
            value={values[section.name] ?? ""}
            error={errors[section.name]}
            rows={section.name === "summary" ? 4 : 8}
            readOnly={locked}
            helpId="skrivehjelp"
            {...(locked
              ? {
                  description:
                    "Saken er behandlet i et utvalg, så innstillingen står slik utvalget fikk den.",
                }
              : {})}
          />
        );
      })}
      <LengthNotice length={length} />
    </fieldset>
  );
}

/**
 * Saves the form, or shows it again with the preview. Saving comes first, so it stays the
 * form's default button when Enter is pressed in a field.
 */
export function SaveOrPreview({ save }: { save: string }) {
  return (
    <div class="fs-actions">
      <button type="submit" class="ds-button" data-variant="primary">
        {save}
      </button>
      <button
        type="submit"
        name="handling"
        value={PREVIEW_ACTION}
        class="ds-button"
        data-variant="secondary"
      >
        Forhåndsvis
      </button>
    </div>
  );
}
