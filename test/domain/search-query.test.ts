import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  parseSearchQuery,
  searchQueryProblem,
  searchQueryText,
  toTsqueryText,
} from "../../src/domain/search-query.ts";

const word = (value: string) => ({ kind: "word", word: value });
const phrase = (...words: string[]) => ({
  kind: "phrase",
  words: words.flatMap((w) => w.split("-")),
  joined: words.flatMap((w) => w.split("-").map((_, i) => i > 0)),
});

describe("parseSearchQuery: what people type", () => {
  it("reads several words as all required, lower-cased", () => {
    const parsed = parseSearchQuery("  Barnehage   Skole ");
    expect(parsed.include).toEqual([word("barnehage"), word("skole")]);
    expect(parsed.exclude).toEqual([]);
    expect(parsed.truncated).toBe(false);
  });

  it("reads a quoted phrase, with straight and Norwegian quotes", () => {
    expect(parseSearchQuery('"ny skole" vei').include).toEqual([
      phrase("ny", "skole"),
      word("vei"),
    ]);
    expect(parseSearchQuery("«ny skole»").include).toEqual([phrase("ny", "skole")]);
    expect(parseSearchQuery("“ny skole”").include).toEqual([phrase("ny", "skole")]);
  });

  it("reads a minus before a word or a phrase as exclusion", () => {
    const parsed = parseSearchQuery('barnehage -privat -"ny skole"');
    expect(parsed.include).toEqual([word("barnehage")]);
    expect(parsed.exclude).toEqual([word("privat"), phrase("ny", "skole")]);
  });

  it("keeps a hyphen inside a word as part of it, not an exclusion", () => {
    const parsed = parseSearchQuery("E6-utbygging");
    expect(parsed.include).toEqual([phrase("e6-utbygging")]);
    expect(parsed.exclude).toEqual([]);
  });

  it("keeps Norwegian letters and digits", () => {
    expect(parseSearchQuery("Ærlig øl på Å 2024").include).toEqual([
      word("ærlig"),
      word("øl"),
      word("på"),
      word("å"),
      word("2024"),
    ]);
  });

  it("keeps a case number such as 12/26 as one term, matched exactly", () => {
    const parsed = parseSearchQuery("PS 12/26");
    expect(parsed.include).toEqual([word("ps"), word("12/26")]);
    expect(toTsqueryText(parsed)).toBe("ps & 12/26");
    expect(parseSearchQuery("a/b 1/").include).toEqual([phrase("a", "b"), word("1")]);
  });

  it("treats an unbalanced quote as a phrase to the end", () => {
    expect(parseSearchQuery('vei "ny skole').include).toEqual([word("vei"), phrase("ny", "skole")]);
  });

  it("reads a one-word phrase as the word", () => {
    expect(parseSearchQuery('"skole"').include).toEqual([word("skole")]);
  });

  it("drops repeated terms", () => {
    expect(parseSearchQuery("skole Skole skole").include).toEqual([word("skole")]);
  });
});

describe("parseSearchQuery: hostile input", () => {
  it("finds nothing in empty or blank input", () => {
    for (const input of ["", "   ", "\n\t"]) {
      const parsed = parseSearchQuery(input);
      expect(parsed.include).toEqual([]);
      expect(searchQueryProblem(parsed)).toBe("empty");
    }
  });

  it("finds nothing in input of only operators and punctuation", () => {
    for (const input of ["-", '""', "- - -", "&|!():*<->", "'\\;--", '-"', "* * *"]) {
      const parsed = parseSearchQuery(input);
      expect(parsed.include, input).toEqual([]);
      expect(parsed.exclude, input).toEqual([]);
      expect(searchQueryProblem(parsed), input).toBe("empty");
    }
  });

  it("never lets tsquery syntax or SQL through into a lexeme", () => {
    const parsed = parseSearchQuery("skole' | !x:* & (y) <-> z'); drop table person; --");
    for (const term of [...parsed.include, ...parsed.exclude]) {
      const words = term.kind === "word" ? [term.word] : term.words;
      for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+(\/\p{N}+)*$/u);
    }
    expect(toTsqueryText(parsed)).toMatch(/^[\p{L}\p{N}:*&!<>()/ -]+$/u);
  });

  it("strips control characters, which then separate nothing", () => {
    const parsed = parseSearchQuery("bar\u0000ne\u0007hage\u202e sk\u200bole");
    expect(parsed.include).toEqual([word("barnehage"), word("skole")]);
  });

  it("cuts 10 000 characters to a bounded query and says so", () => {
    const long = "a".repeat(10_000);
    const parsed = parseSearchQuery(long);
    expect(parsed.truncated).toBe(true);
    expect(parsed.include.length).toBeLessThanOrEqual(1);
    const many = Array.from({ length: 5_000 }, (_, i) => `ord${i}`).join(" ");
    const parsedMany = parseSearchQuery(many);
    expect(parsedMany.truncated).toBe(true);
    expect(parsedMany.include.length + parsedMany.exclude.length).toBeLessThanOrEqual(
      MAX_QUERY_TERMS,
    );
    expect((toTsqueryText(parsedMany) ?? "").length).toBeLessThan(MAX_QUERY_LENGTH * 4);
  });

  it("is fast on pathological quoting", () => {
    const started = performance.now();
    parseSearchQuery('"-'.repeat(5_000));
    parseSearchQuery("-".repeat(10_000));
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("refuses a query of only exclusions, which would match nearly everything", () => {
    const parsed = parseSearchQuery("-skole -vei");
    expect(parsed.exclude).toHaveLength(2);
    expect(searchQueryProblem(parsed)).toBe("only-excluded");
  });

  it("accepts a normal query", () => {
    expect(searchQueryProblem(parseSearchQuery("skole"))).toBeNull();
  });
});

describe("toTsqueryText", () => {
  it("makes words prefixes so the start of a compound finds the compound", () => {
    expect(toTsqueryText(parseSearchQuery("barnehage"))).toBe("barnehage:*");
  });

  it("matches short words exactly, which as prefixes would match almost everything", () => {
    expect(toTsqueryText(parseSearchQuery("e6 vei"))).toBe("e6 & vei:*");
  });

  it("leaves room in a phrase for a hyphenated word's whole, which PostgreSQL indexes first", () => {
    expect(toTsqueryText(parseSearchQuery('"sigvald tronstad-ekre søknad"'))).toBe(
      "(sigvald <2> tronstad <-> ekre <-> søknad)",
    );
    expect(toTsqueryText(parseSearchQuery("e6-utbygging"))).toBe("(e6 <-> utbygging)");
  });

  it("joins words with AND, phrases with FOLLOWED BY, and negates exclusions", () => {
    expect(toTsqueryText(parseSearchQuery('barnehage "ny skole" -privat'))).toBe(
      "barnehage:* & (ny <-> skole) & !privat:*",
    );
  });

  it("gives null when there is nothing to search for", () => {
    expect(toTsqueryText(parseSearchQuery(""))).toBeNull();
    expect(toTsqueryText(parseSearchQuery("-skole"))).toBeNull();
  });
});

describe("searchQueryText", () => {
  it("writes the query back in a canonical form that parses to the same", () => {
    const parsed = parseSearchQuery('  Barnehage  «Ny skole» -privat -"x y" E6-veien');
    const text = searchQueryText(parsed);
    expect(text).toBe('barnehage "ny skole" "e6-veien" -privat -"x y"');
    expect(parseSearchQuery(text)).toEqual(parsed);
  });
});
