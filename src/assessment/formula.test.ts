import { describe, expect, it } from "vitest";
import { scoreFormula, thresholdText } from "./formula.js";
import type { Formula } from "./types.js";

const atLeast80: Formula = {
  indicator: "litigation.leaderAppearanceRate",
  comparison: "atLeast",
  threshold: 0.8,
  rule: "allOrNothing",
  whenNoValue: "full",
};

describe("scoreFormula", () => {
  it("gives full points when a rate reaches its threshold, none below it (all or nothing)", () => {
    expect(scoreFormula(atLeast80, 5, 0.8)).toEqual({ score: 5, isMet: true });
    expect(scoreFormula(atLeast80, 5, 1)).toEqual({ score: 5, isMet: true });
    expect(scoreFormula(atLeast80, 5, 0.79)).toEqual({ score: 0, isMet: false });
  });

  it("scores a missed atLeast threshold in proportion", () => {
    const rule: Formula = { ...atLeast80, rule: "proportional" };
    expect(scoreFormula(rule, 5, 0.4).score).toBe(2.5);
    expect(scoreFormula(rule, 4, 0.6).score).toBe(3);
    expect(scoreFormula(rule, 4, 0).score).toBe(0);
  });

  it("scores a missed atMost threshold as threshold ÷ value", () => {
    const rule: Formula = {
      ...atLeast80,
      comparison: "atMost",
      threshold: 0.15,
      rule: "proportional",
    };
    expect(scoreFormula(rule, 5, 0.1)).toEqual({ score: 5, isMet: true });
    expect(scoreFormula(rule, 5, 0.3)).toEqual({ score: 2.5, isMet: false });
    expect(scoreFormula({ ...rule, threshold: 0 }, 5, 0.3).score).toBe(0);
    expect(scoreFormula({ ...rule, rule: "allOrNothing" }, 5, 0.16).score).toBe(0);
  });

  it("follows whenNoValue when there is nothing to measure", () => {
    expect(scoreFormula(atLeast80, 5, null)).toEqual({ score: 5, isMet: null });
    expect(scoreFormula({ ...atLeast80, whenNoValue: "zero" }, 5, null)).toEqual({
      score: 0,
      isMet: null,
    });
  });

  it("rounds to two decimals and counts thresholds", () => {
    const count: Formula = {
      ...atLeast80,
      indicator: "publicity.activities",
      threshold: 3,
      rule: "proportional",
    };
    expect(scoreFormula(count, 5, 1).score).toBe(1.67);
    expect(thresholdText(count, false)).toBe("≥ 3");
    expect(thresholdText(atLeast80, true)).toBe("≥ 80%");
  });
});
