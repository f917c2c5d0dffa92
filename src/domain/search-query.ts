/**
 * What people type into a search box, read into terms that PostgreSQL full-text search can use
 * safely: several words (all required), "quoted phrases", a minus to exclude a word or a phrase.
 *
 * Every lexeme is letters and digits only (a slash may join digits), so the tsquery text built from them can hold no
 * operator, quote or backslash the user wrote; it still goes to the database as a parameter of
 * `to_tsquery`, never spliced into SQL (src/features/search/tsquery.ts). The parser never throws
 * and does a fixed amount of work per character of a bounded input.
 */

export type SearchTerm =
  | { kind: "word"; word: string }
  | {
      kind: "phrase";
      words: string[];
      /**
       * Per word, whether a hyphen joins it to the word before ("tronstad-ekre"). PostgreSQL
       * indexes a hyphenated word as the whole and then its parts, one position each, so the
       * phrase must leave room for the whole.
       */
      joined: boolean[];
    };

export interface ParsedQuery {
  /** Terms a hit must contain, all of them. */
  include: SearchTerm[];
  /** Terms a hit must not contain. */
  exclude: SearchTerm[];
  /** True when the input was longer than the search reads, so the end was left out. */
  truncated: boolean;
}

export type SearchQueryProblem = "empty" | "only-excluded";

/** Characters of input read; a longer query is cut here and marked truncated. */
export const MAX_QUERY_LENGTH = 500;
/** Lexemes read, over all terms; each one costs an index lookup. */
export const MAX_QUERY_TERMS = 16;
/** No real word is longer, and PostgreSQL ignores very long ones anyway. */
const MAX_WORD_LENGTH = 64;
/** Shorter words match exactly: as prefixes they would match a large part of everything. */
const MIN_PREFIX_LENGTH = 3;

const QUOTES = new Set(['"', "«", "»", "“", "”", "„", "‟"]);
const MINUSES = new Set(["-", "−", "–"]);
/** A word, or a number like a meeting case number's "12/26", which PostgreSQL reads as one. */
const LEXEME = /\p{N}+(?:\/\p{N}+)+|[\p{L}\p{N}]+/gu;

function normalise(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/\s+/gu, " ")
      // Invisible characters (control, zero-width, direction overrides) would otherwise split
      // or disguise a word; they are removed so that what is seen is what is searched.
      .replace(/[\p{Cc}\p{Cf}]/gu, "")
      .toLowerCase()
  );
}

function lexemes(content: string): { words: string[]; joined: boolean[] } {
  const words: string[] = [];
  const joined: boolean[] = [];
  let end = -1;
  for (const match of content.matchAll(LEXEME)) {
    words.push(match[0].slice(0, MAX_WORD_LENGTH));
    joined.push(end >= 0 && content.slice(end, match.index) === "-");
    end = match.index + match[0].length;
  }
  return { words, joined };
}

function phraseText(term: Extract<SearchTerm, { kind: "phrase" }>): string {
  return term.words
    .map((word, i) => (i === 0 ? word : `${term.joined[i] ? "-" : " "}${word}`))
    .join("");
}

function termKey(term: SearchTerm): string {
  return term.kind === "word" ? term.word : `"${phraseText(term)}`;
}

export function parseSearchQuery(text: string): ParsedQuery {
  const whole = normalise(text);
  const input = whole.slice(0, MAX_QUERY_LENGTH);
  let truncated = whole.length > MAX_QUERY_LENGTH;
  const include: SearchTerm[] = [];
  const exclude: SearchTerm[] = [];
  const seen = new Set<string>();
  let budget = MAX_QUERY_TERMS;

  let i = 0;
  while (i < input.length) {
    if (input[i] === " ") {
      i++;
      continue;
    }
    let negated = false;
    while (i < input.length && MINUSES.has(input[i] ?? "")) {
      negated = true;
      i++;
    }
    let content: string;
    let quoted = false;
    if (QUOTES.has(input[i] ?? "")) {
      quoted = true;
      const start = i + 1;
      let end = start;
      while (end < input.length && !QUOTES.has(input[end] ?? "")) end++;
      content = input.slice(start, end);
      i = end + 1;
    } else {
      const start = i;
      while (i < input.length && input[i] !== " " && !QUOTES.has(input[i] ?? "")) i++;
      content = input.slice(start, i);
    }
    // A lone minus between spaces, or one that ends the query, excludes nothing.
    if (negated && !quoted && content === "") continue;

    let { words, joined } = lexemes(content);
    if (words.length === 0) continue;
    if (words.length > budget) {
      words = words.slice(0, budget);
      joined = joined.slice(0, budget);
      truncated = true;
    }
    if (words.length === 0) break;
    const [first] = words;
    const term: SearchTerm =
      words.length === 1 && first !== undefined
        ? { kind: "word", word: first }
        : { kind: "phrase", words, joined };
    const key = `${negated ? "-" : "+"}${termKey(term)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    budget -= words.length;
    (negated ? exclude : include).push(term);
  }
  return { include, exclude, truncated };
}

/** Why a parsed query cannot be searched, or null when it can. */
export function searchQueryProblem(parsed: ParsedQuery): SearchQueryProblem | null {
  if (parsed.include.length > 0) return null;
  return parsed.exclude.length > 0 ? "only-excluded" : "empty";
}

function wordTsquery(word: string): string {
  // "12/26" as a prefix would also find "12/260".
  return word.length >= MIN_PREFIX_LENGTH && !word.includes("/") ? `${word}:*` : word;
}

/** Words in sequence; before a hyphenated word, one more position for the whole of it. */
function phraseTsquery(term: Extract<SearchTerm, { kind: "phrase" }>): string {
  const parts = term.words.map((word, i) => {
    if (i === 0) return word;
    const startsCompound = !term.joined[i] && term.joined[i + 1] === true;
    return `${startsCompound ? "<2>" : "<->"} ${word}`;
  });
  return `(${parts.join(" ")})`;
}

function termTsquery(term: SearchTerm): string {
  return term.kind === "word" ? wordTsquery(term.word) : phraseTsquery(term);
}

/**
 * The query as `to_tsquery` text: words as prefixes (so "barnehage" finds
 * "barnehageutbygging" once both are stemmed), phrases as words in sequence, exclusions
 * negated with the same matching, so "-x" removes exactly what "x" alone would find.
 * Null when there is nothing to search for.
 */
export function toTsqueryText(parsed: ParsedQuery): string | null {
  if (searchQueryProblem(parsed) !== null) return null;
  return [
    ...parsed.include.map(termTsquery),
    ...parsed.exclude.map((term) => `!${termTsquery(term)}`),
  ].join(" & ");
}

/** The query written back canonically, for the search box and for a saved search. */
export function searchQueryText(parsed: ParsedQuery): string {
  const write = (term: SearchTerm) => (term.kind === "word" ? term.word : `"${phraseText(term)}"`);
  return [...parsed.include.map(write), ...parsed.exclude.map((term) => `-${write(term)}`)].join(
    " ",
  );
}
