import { describe, expect, it } from "vitest";
import { estimatePresentationPages } from "../src/features/cases/presentation-length.ts";

const empty = { title: "Sak", summary: "", facts: "", assessment: "", recommendation: "" };
const paragraph = "Ord ".repeat(45).trim();

describe("the estimated length of a presentation", () => {
  it("counts the header alone as a third of a page", () => {
    expect(estimatePresentationPages(empty)).toBe(0.4);
  });

  it("grows with the text, a line per 90 characters and a line between paragraphs", () => {
    const short = estimatePresentationPages({ ...empty, facts: paragraph });
    const long = estimatePresentationPages({
      ...empty,
      facts: Array.from({ length: 40 }, () => paragraph).join("\n\n"),
    });
    expect(short).toBeGreaterThan(0.4);
    expect(long).toBeGreaterThan(2);
    expect(long).toBeLessThan(4);
  });

  it("counts each kept line break as a line of its own", () => {
    const list = Array.from({ length: 48 }, (_, index) => `${index + 1}. Punkt`).join("\n");
    expect(estimatePresentationPages({ ...empty, recommendation: list })).toBe(1.4);
  });
});
