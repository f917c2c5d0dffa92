import { describe, expect, it } from "vitest";
import { genitive, recommendationHeading } from "../../src/domain/genitive.ts";

describe("the genitive of a body's name", () => {
  it("adds -s to a one-word name", () => {
    expect(genitive("Formannskapet")).toBe("Formannskapets");
    expect(genitive("Kommunestyret")).toBe("Kommunestyrets");
    expect(genitive("Planutvalget")).toBe("Planutvalgets");
    expect(genitive("Eldrerådet")).toBe("Eldrerådets");
  });

  it("adds an apostrophe to a name that ends in s, x or z", () => {
    expect(genitive("Rådhus")).toBe("Rådhus'");
    expect(genitive("Felix")).toBe("Felix'");
  });
});

describe("the heading of a body's recommendation", () => {
  it("writes a one-word body's recommendation with the genitive", () => {
    expect(recommendationHeading("Formannskapet")).toBe("Formannskapets innstilling");
    expect(recommendationHeading(" Planutvalget ")).toBe("Planutvalgets innstilling");
  });

  it("writes a name of several words after «Innstilling fra»", () => {
    expect(recommendationHeading("Utvalg for teknikk og miljø")).toBe(
      "Innstilling fra Utvalg for teknikk og miljø",
    );
    expect(recommendationHeading("Hovedutvalg  for oppvekst og kultur")).toBe(
      "Innstilling fra Hovedutvalg for oppvekst og kultur",
    );
  });
});
