import { parseMarkup } from "../domain/markup.ts";
import { markupToTypst } from "./markup-typst.ts";

/**
 * The heading level a `#` in a section's text becomes: the template's own section headings
 * (Sammendrag, Vurdering ...) are level 2 under the case title at level 1.
 */
const SECTION_TEXT_HEADING_LEVEL = 3;

/**
 * A section of a presentation (summary, facts, assessment, recommendation) as Typst markup for
 * the template to evaluate: the light markup the case officer wrote, every typed character in
 * a Typst string literal, so numbered points, lists, bold and tables come out as written and
 * nothing typed becomes Typst code.
 */
export function sectionTypst(text: string): string {
  return markupToTypst(parseMarkup(text), { headingLevel: SECTION_TEXT_HEADING_LEVEL });
}
