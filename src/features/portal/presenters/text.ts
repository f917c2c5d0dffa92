/** Case texts are plain text; a blank line separates paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The first paragraph, cut at a word near `length` characters. */
export function excerpt(text: string, length: number): string {
  const first = paragraphs(text)[0] ?? "";
  if (first.length <= length) return first;
  const cut = first.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, "")} …`;
}
