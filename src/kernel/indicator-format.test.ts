// Figures print as the reference report prints them (houma-2023-figures.md, last paragraph).
import { describe, expect, it } from "vitest";
import { formatIndicator, NO_VALUE } from "./indicator-format.js";

describe("formatIndicator", () => {
  it("prints counts as integers and other numbers to two places at most", () => {
    expect(formatIndicator(68, undefined)).toBe("68");
    expect(formatIndicator(3558, { kind: "number" })).toBe("3558");
    expect(formatIndicator(2.5, { kind: "number" })).toBe("2.5");
  });

  it("prints 余 only when the count exceeds the round number", () => {
    expect(formatIndicator(63, { kind: "approx", step: 10 })).toBe("60余");
    expect(formatIndicator(60, { kind: "approx", step: 10 })).toBe("60");
    expect(formatIndicator(2231, { kind: "approx", step: 100 })).toBe("2200余");
    expect(formatIndicator(7, { kind: "approx", step: 10 })).toBe("7");
  });

  it("prints percentages to the declared precision, a whole one without decimals", () => {
    expect(formatIndicator(3558 / 2500, { kind: "percent", decimals: 1 })).toBe("142.3%");
    expect(formatIndicator(1, { kind: "percent", decimals: 1 })).toBe("100%");
    expect(formatIndicator(0.7659, { kind: "percent", decimals: 2 })).toBe("76.59%");
    expect(formatIndicator(0.765, { kind: "percent", decimals: 2 })).toBe("76.50%");
  });

  it("never rounds a rate to 100% when something failed, nor to 0% when something succeeded", () => {
    expect(formatIndicator(2999 / 3000, { kind: "percent", decimals: 1 })).toBe("99.9%");
    expect(formatIndicator(0.99996, { kind: "percent", decimals: 2 })).toBe("99.99%");
    expect(formatIndicator(0.996, { kind: "percent", decimals: 0 })).toBe("99%");
    expect(formatIndicator(1 / 5000, { kind: "percent", decimals: 1 })).toBe("0.1%");
    expect(formatIndicator(0, { kind: "percent", decimals: 1 })).toBe("0%");
  });

  it("prints ten-thousands and marks values that cannot be computed", () => {
    expect(formatIndicator(117_600, { kind: "tenThousand", decimals: 2 })).toBe("11.76万");
    expect(formatIndicator(null, { kind: "percent", decimals: 1 })).toBe(NO_VALUE);
    expect(formatIndicator(Number.NaN, undefined)).toBe(NO_VALUE);
  });
});
