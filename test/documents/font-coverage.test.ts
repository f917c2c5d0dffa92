import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fontCodePoints } from "../../src/documents/font-coverage.ts";

const require = createRequire(import.meta.url);
const face = (file: string) =>
  fs.readFileSync(require.resolve(`@expo-google-fonts/source-sans-3/${file}`));

describe("fontCodePoints", () => {
  it("reads the characters the shipped faces have glyphs for from their cmap", () => {
    const regular = fontCodePoints(face("400Regular/SourceSans3_400Regular.ttf"));
    const bold = fontCodePoints(face("700Bold/SourceSans3_700Bold.ttf"));
    for (const points of [regular, bold]) {
      for (const char of "AZaz09 æøåÆØÅ§–“”€ČčŊŋŦŧĐđŠšŽžÁá")
        expect(points.has(char.codePointAt(0) ?? 0), char).toBe(true);
      for (const char of ["👍", "中", "\u0000"])
        expect(points.has(char.codePointAt(0) ?? 0), char).toBe(false);
    }
    expect(regular.size).toBeGreaterThan(1000);
  });

  it("refuses a file without a cmap table", () => {
    const empty = Buffer.alloc(12);
    expect(() => fontCodePoints(empty)).toThrow("no cmap table");
  });
});
