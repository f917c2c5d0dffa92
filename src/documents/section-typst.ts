/**
 * A section of a presentation (summary, facts, assessment, recommendation) as Typst markup for
 * the templates to evaluate. Every piece of section text reaches a PDF through this function.
 *
 * For now the text is kept as written: paragraphs split at blank lines, line breaks kept, and
 * every ASCII punctuation mark escaped so that nothing the case officer types is read as
 * Typst (`#`, `*`, `=` or `1.` at the start of a line, `//`, `$` ...). Numbered points such as
 * "1." in a recommendation therefore stay as written. When the light markup lands this
 * becomes `markupToTypst(parseMarkup(text), { headingLevel: 3 })`.
 */
export function sectionTypst(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => escapeTypstText(line.trim()))
        .filter((line) => line !== "")
        .join(" \\\n"),
    )
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

// In Typst markup a backslash before any character other than a space or `u` stands for that
// character itself, so escaping every ASCII punctuation mark leaves nothing to interpret.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

function escapeTypstText(text: string): string {
  return text.replace(ASCII_PUNCTUATION, (mark) => `\\${mark}`);
}
