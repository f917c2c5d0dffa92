import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/domain/numbers.ts";

describe("numbers as Norwegians write them", () => {
  it("groups thousands with a no-break space, so a number never breaks over two lines", () => {
    expect(formatNumber(20_000)).toBe("20\u00a0000");
    expect(formatNumber(1_234_567)).toBe("1\u00a0234\u00a0567");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(0)).toBe("0");
  });

  it("prints counts as whole numbers", () => {
    expect(formatNumber(2.6)).toBe("3");
  });
});
