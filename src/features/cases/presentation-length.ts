import type { PresentationTexts } from "./case-record.ts";

/**
 * How long the printed presentation will be, estimated from its plain text: an A4 page of a
 * saksframlegg holds about 48 lines of about 90 characters, the header with the case officer,
 * the archive number and the route takes about a third of the first page, and each section
 * starts with its heading.
 */
const LINES_PER_PAGE = 48;
const CHARACTERS_PER_LINE = 90;
const HEADER_LINES = 16;
const HEADING_LINES = 2;

function linesOf(text: string): number {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  let lines = 0;
  for (const paragraph of paragraphs) {
    for (const line of paragraph.split("\n"))
      lines += Math.max(1, Math.ceil(line.length / CHARACTERS_PER_LINE));
    lines += 1;
  }
  return lines;
}

/** The estimated number of pages, to one decimal. */
export function estimatePresentationPages(texts: PresentationTexts): number {
  const sections = [texts.summary, texts.facts, texts.assessment, texts.recommendation];
  let lines = HEADER_LINES + linesOf(texts.title);
  for (const section of sections)
    if (section.trim() !== "") lines += HEADING_LINES + linesOf(section);
  return Math.round((lines / LINES_PER_PAGE) * 10) / 10;
}
