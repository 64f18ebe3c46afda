// Checking an item as a user sends it (label, points, method with its formula): every problem
// names its field, in Chinese, and nothing is written until there are none.
import type { FieldProblem } from "../engine/errors.js";
import type { DeclaredIndicator } from "../engine/indicators.js";
import type { Comparison, ItemMethod, ScoringRule } from "./types.js";

export interface ItemInput {
  readonly label?: unknown;
  readonly points?: unknown;
  readonly method?: unknown;
}

export interface CheckedItem {
  readonly label: string;
  /** null: a heading (no points or method of its own). */
  readonly points: number | null;
  readonly method: ItemMethod | null;
}

const COMPARISONS: readonly Comparison[] = ["atLeast", "atMost"];
const RULES: readonly ScoringRule[] = ["allOrNothing", "proportional"];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const problem = (field: string, code: string, message: string): FieldProblem => ({
  field,
  code,
  message,
});

export function checkItemInput(
  input: ItemInput,
  indicators: ReadonlyMap<string, DeclaredIndicator>,
  isHeading: boolean,
): { item: CheckedItem | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const label = typeof input.label === "string" ? input.label.trim() : "";
  if (label === "") problems.push(problem("label", "item.label", "请填写项目名称"));
  else if (label.length > 300)
    problems.push(problem("label", "item.label", "项目名称不能超过300字"));
  if (isHeading) {
    if (input.points !== undefined && input.points !== null)
      problems.push(
        problem("points", "item.headingPoints", "含下级项目的项目按下级分值合计，不能单独设分值"),
      );
    return problems.length > 0
      ? { item: null, problems }
      : { item: { label, points: null, method: null }, problems };
  }
  const points = input.points;
  if (typeof points !== "number" || !Number.isFinite(points) || points < 0 || points > 1000)
    problems.push(problem("points", "item.points", "分值须为0至1000之间的数字"));
  else if (Math.round(points * 100) !== points * 100)
    problems.push(problem("points", "item.points", "分值最多保留两位小数"));
  const method = checkMethod(input.method, indicators, problems);
  return problems.length > 0 || method === null || typeof points !== "number"
    ? { item: null, problems }
    : { item: { label, points, method }, problems };
}

function checkMethod(
  raw: unknown,
  indicators: ReadonlyMap<string, DeclaredIndicator>,
  problems: FieldProblem[],
): ItemMethod | null {
  if (!isRecord(raw) || (raw.kind !== "formula" && raw.kind !== "hand")) {
    problems.push(problem("method", "item.method", "请选择计分方式：公式计分或人工评分"));
    return null;
  }
  if (raw.kind === "hand") {
    const evidence = typeof raw.evidence === "string" ? raw.evidence.trim() : "";
    if (evidence === "") {
      problems.push(
        problem("method.evidence", "item.evidence", "人工评分项目须写明应提交的佐证材料"),
      );
      return null;
    }
    return { kind: "hand", evidence };
  }
  const formula = isRecord(raw.formula) ? raw.formula : {};
  const before = problems.length;
  const indicator = typeof formula.indicator === "string" ? formula.indicator : "";
  if (!indicators.has(indicator))
    problems.push(problem("method.formula.indicator", "item.indicator", "请选择平台已有的指标"));
  const comparison = formula.comparison as Comparison;
  if (!COMPARISONS.includes(comparison))
    problems.push(
      problem("method.formula.comparison", "item.comparison", "请选择“不低于”或“不高于”"),
    );
  const threshold = formula.threshold;
  if (typeof threshold !== "number" || !Number.isFinite(threshold) || threshold < 0)
    problems.push(problem("method.formula.threshold", "item.threshold", "达标值须为不小于0的数字"));
  const rule = formula.rule as ScoringRule;
  if (!RULES.includes(rule))
    problems.push(
      problem("method.formula.rule", "item.rule", "请选择计分规则：达标得满分或按比例得分"),
    );
  const whenNoValue = formula.whenNoValue;
  if (whenNoValue !== "full" && whenNoValue !== "zero")
    problems.push(
      problem("method.formula.whenNoValue", "item.whenNoValue", "请选择无数据时得满分或不得分"),
    );
  if (problems.length > before || typeof threshold !== "number") return null;
  const isRatio = indicators.get(indicator)?.indicator.measure.kind === "ratio";
  if (isRatio && threshold > 1) {
    problems.push(
      problem(
        "method.formula.threshold",
        "item.threshold",
        "比率指标的达标值为0至1之间的小数（80%填0.8）",
      ),
    );
    return null;
  }
  return {
    kind: "formula",
    formula: {
      indicator,
      comparison,
      threshold,
      rule,
      whenNoValue: whenNoValue as "full" | "zero",
    },
  };
}
