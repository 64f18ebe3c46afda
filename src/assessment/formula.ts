// Scoring one formula item from its indicator value: pure, so the rule a department is scored by
// can be read (and tested) apart from the queries that find the value.
import type { Formula } from "./types.js";

export interface FormulaScore {
  readonly score: number;
  /** Whether the value meets the threshold; null when there is no value. */
  readonly isMet: boolean | null;
}

/** Points to two decimals, as a scorecard prints them. */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;

export function scoreFormula(formula: Formula, points: number, value: number | null): FormulaScore {
  if (value === null) return { score: formula.whenNoValue === "full" ? points : 0, isMet: null };
  const { threshold } = formula;
  const isMet = formula.comparison === "atLeast" ? value >= threshold : value <= threshold;
  if (isMet) return { score: points, isMet };
  if (formula.rule === "allOrNothing") return { score: 0, isMet };
  // Missed: for atLeast value < threshold, so threshold > 0 whenever value ≥ 0; for atMost
  // value > threshold ≥ 0, so value > 0.
  const share =
    formula.comparison === "atLeast"
      ? threshold > 0
        ? Math.max(0, value) / threshold
        : 0
      : value > 0
        ? Math.max(0, threshold) / value
        : 0;
  return { score: roundPoints(points * Math.min(1, share)), isMet };
}

const percent = (value: number) => `${String(Math.round(value * 1000) / 10)}%`;

/** The threshold as people read it: a rate as a percentage, a count as a number. */
export function thresholdText(formula: Formula, isRatio: boolean): string {
  const value = isRatio ? percent(formula.threshold) : String(formula.threshold);
  return `${formula.comparison === "atLeast" ? "≥" : "≤"} ${value}`;
}

export function valueText(value: number | null, isRatio: boolean): string {
  if (value === null) return "无数据";
  return isRatio ? percent(value) : String(value);
}
