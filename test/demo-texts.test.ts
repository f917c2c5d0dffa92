import { describe, expect, it } from "vitest";
import {
  BODIES,
  CASE_TEMPLATES,
  type CaseTemplate,
  COUNCIL_SEATS,
  EXEMPT_CASES,
  EXEMPT_SECRETS,
  REFERENCE_ITEMS,
} from "../src/demo/demo-data.ts";

/**
 * The demo's written texts. The placeholders are the ones src/demo/seed-demo.ts fills (see the
 * comment at the top of demo-data.ts); anything else in braces would reach a page unfilled.
 */
const NAME_PLACEHOLDERS = new Set([
  "ordfører",
  "varaordfører",
  "fritak1",
  "fritak1.sub",
  "fritak2",
  "fritak2.new",
  ...COUNCIL_SEATS.map((seat) => `rep:${seat.list}`),
]);
const YEAR_PLACEHOLDER = /^Y([+-]\d+)?$/;

const templateTexts = (t: CaseTemplate): string[] => [
  t.title,
  ...t.summary,
  ...t.facts,
  ...t.assessment,
  t.recommendation,
  ...(t.amendments ?? []).map((a) => a.text),
  ...(t.decision ? [t.decision] : []),
  ...(t.exempt ? [t.exempt.publicTitle] : []),
];

/** The braces in a text that the seed would not fill. */
function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  const rest = text.replace(/\{([^{}]*)\}/g, (whole, key: string) => {
    if (!YEAR_PLACEHOLDER.test(key) && !NAME_PLACEHOLDERS.has(key)) unknown.push(whole);
    return "";
  });
  if (/[{}]/.test(rest)) unknown.push(rest);
  return unknown;
}

/** Runs of capitalised words with a space or hyphen between them: how people are named. */
const properNames = (text: string): string[] =>
  text.match(/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+/gu) ?? [];

const publicTexts = [
  ...CASE_TEMPLATES.flatMap(templateTexts),
  ...REFERENCE_ITEMS.flatMap((r) => [r.title, ...r.summary, ...r.facts, ...r.assessment]),
  ...BODIES.flatMap((b) => [b.name, b.description, b.location]),
];

describe("the demo's case texts", () => {
  it("give every case and letter a written summary, facts and assessment", () => {
    const written = (paragraphs: readonly string[]) =>
      paragraphs.length > 0 &&
      paragraphs.every((p) => p.length > 0 && p.trim() === p && !/\n\s*\n/.test(p));
    for (const t of [...CASE_TEMPLATES, ...EXEMPT_CASES])
      expect({
        key: t.key,
        summary: written(t.summary),
        facts: written(t.facts),
        assessment: written(t.assessment),
        recommendation: t.recommendation.trim().length > 0,
      }).toEqual({
        key: t.key,
        summary: true,
        facts: true,
        assessment: true,
        recommendation: true,
      });
    for (const r of REFERENCE_ITEMS)
      expect({
        title: r.title,
        facts: written(r.facts),
        assessment: written(r.assessment),
      }).toEqual({
        title: r.title,
        facts: true,
        assessment: true,
      });
  });

  it("write a recommendation with several points as a numbered list", () => {
    for (const t of [...CASE_TEMPLATES, ...EXEMPT_CASES]) {
      const lines = t.recommendation.split("\n");
      if (lines.length === 1) continue;
      expect({
        key: t.key,
        numbered: lines.map((line, i) => line.startsWith(`${i + 1}. `)),
      }).toEqual({ key: t.key, numbered: lines.map(() => true) });
    }
  });

  it("give exempt cases a neutral public title that leaves the exemption to the badge beside it", () => {
    for (const t of EXEMPT_CASES)
      expect(t.exempt?.publicTitle ?? "", t.key).not.toMatch(/unntatt|offentlighet/i);
  });

  it("use only placeholders the seed fills", () => {
    for (const t of [...CASE_TEMPLATES, ...EXEMPT_CASES])
      expect({ key: t.key, unknown: templateTexts(t).flatMap(unknownPlaceholders) }).toEqual({
        key: t.key,
        unknown: [],
      });
  });

  it("leave reference items without placeholders, since the seed does not fill theirs", () => {
    for (const r of REFERENCE_ITEMS)
      for (const text of [r.title, ...r.summary, ...r.facts, ...r.assessment])
        expect(text).not.toMatch(/[{}]/);
  });

  it("list every name in an exempt case among the secrets the leak tests look for", () => {
    const known = new Set(publicTexts.flatMap(properNames));
    for (const t of EXEMPT_CASES) {
      const names = templateTexts(t)
        .filter((text) => text !== t.exempt?.publicTitle)
        .flatMap(properNames)
        .filter((name) => !known.has(name));
      expect(names.length).toBeGreaterThan(0);
      // A capitalised word at the start of a sentence may come along with the name.
      for (const name of names)
        expect({ name, listed: EXEMPT_SECRETS.some((secret) => name.includes(secret)) }).toEqual({
          name,
          listed: true,
        });
    }
  });

  it("keep every secret out of the public texts and inside an exempt case", () => {
    const publicText = publicTexts.join("\n");
    const exemptText = EXEMPT_CASES.flatMap(templateTexts).join("\n");
    for (const secret of EXEMPT_SECRETS) {
      expect(publicText).not.toContain(secret);
      expect(exemptText).toContain(secret);
    }
  });
});
